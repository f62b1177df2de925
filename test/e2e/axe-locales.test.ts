// axe on every main screen in every language (LTR and RTL): zero violations.
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { readLocaleList } from '../../scripts/vite-plugin-locales.ts';
import { stubDecoy } from './support/browser.ts';
import { useBrowserAndServer } from './support/suite.ts';

const suite = useBrowserAndServer();

describe.each(readLocaleList().map((locale) => [locale.code] as const))('axe in %s', (code) => {
  it('finds no violations on home, results and a service', async () => {
    const context = await suite.browser.newContext({ locale: code, serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    await stubDecoy(context);
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/`);
    await page.locator('.need-tile').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
    const violations: string[] = [];
    const scan = async (screen: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      violations.push(...results.violations.map((violation) => `${screen}: ${violation.id} (${violation.nodes.length})`));
    };
    await scan('home');
    await page.locator('.need-tile').first().click();
    await page.locator('.card').first().waitFor();
    await scan('results');
    await page.locator('.card').first().getByRole('heading', { level: 2 }).getByRole('button').click();
    await page.locator('.provenance').waitFor();
    await scan('service');
    expect(violations).toEqual([]);
    await context.close();
  });
});
