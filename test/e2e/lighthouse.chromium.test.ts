// The quality bars (README): Lighthouse accessibility and best practices are 1.0 on the built app. The
// performance score and timings vary run to run, so `npm run bench` reports them instead.
import { describe, expect, inject, it } from 'vitest';
import { runLighthouse } from './support/lighthouse.ts';
import { serveDist } from './support/static-server.ts';

describe('Lighthouse', () => {
  it('scores 1.0 for accessibility and best practices on the home screen', { timeout: 180_000 }, async () => {
    const server = await serveDist(inject('distDir'));
    try {
      const figures = await runLighthouse(`${server.origin}/`, inject('chromiumPath'));
      console.log(`Lighthouse: performance ${figures.performance}, accessibility ${figures.accessibility}, best practices ${figures.bestPractices}, LCP ${Math.round(figures.lcp)} ms, TBT ${Math.round(figures.tbt)} ms, CLS ${figures.cls.toFixed(3)}`);
      expect(figures.failures).toEqual([]);
      expect(figures.accessibility).toBe(1);
      expect(figures.bestPractices).toBe(1);
    } finally {
      await server.close();
    }
  });
});
