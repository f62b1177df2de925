// Lighthouse 12 against a page, in Debian Chromium (mobile emulation, simulated throttling).
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './chromium-args.ts';

/** The scores and timings reported from one Lighthouse run. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that failed in the accessibility and best-practices categories. */
  failures: string[];
}

const PORT_BASE = 9300;

/** Runs Lighthouse once on `url` with a fresh Chromium profile. */
export async function runLighthouse(url: string, executablePath: string): Promise<LighthouseFigures> {
  const port = PORT_BASE + Math.floor(Math.random() * 500);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits } = result.lhr;
    const score = (id: string) => categories[id]?.score ?? 0;
    const failures = ['accessibility', 'best-practices'].flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${id}: ${ref.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      failures,
    };
  } finally {
    await browser.close();
  }
}
