// axe on every screen in every language (LTR and RTL), on a 320 px phone: zero violations and no
// sideways scrolling. Each language is walked through by its own words (role and accessible name
// from its locale file), so a screen reader user of that language could follow the same path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import i18next from 'i18next';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, readLocaleList } from '../../scripts/vite-plugin-locales.ts';
import { stubDecoy } from './support/browser.ts';
import { useBrowserAndServer } from './support/suite.ts';

const suite = useBrowserAndServer();
const readLocale = (code: string) => JSON.parse(readFileSync(join(LOCALES_DIR, `${code}.json`), 'utf8')) as Record<string, unknown>;
const english = readLocale('en');

/** The app's own words in one language, English where a string is missing (as in the app). */
function wordsOf(code: string) {
  const instance = i18next.createInstance();
  void instance.init({
    lng: code,
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    resources: { en: { translation: english }, [code]: { translation: readLocale(code) } },
  });
  return instance.t.bind(instance);
}

/** Every screen and state a person can reach, scanned in order, each after reaching it. */
async function scanEveryScreen(page: Page, t: ReturnType<typeof wordsOf>): Promise<string[]> {
  const violations: string[] = [];
  const scan = async (screen: string) => {
    // Open every disclosure (QR codes, referral routes) so what is inside is checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const results = await new AxeBuilder({ page }).analyze();
    violations.push(...results.violations.map((violation) => `${screen}: ${violation.id} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`));
    // Long words wrap: nothing pushes the page sideways on a 320 px phone.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > 320) violations.push(`${screen}: ${wide} px wide at 320 px`);
  };
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const backToHome = async () => {
    for (let title = await page.locator('h1').textContent(); title !== t('home.title'); ) {
      await button(t('nav.back')).click();
      // The next screen renders after the click returns: wait for its heading, not the old one.
      await page.waitForFunction((old) => document.querySelector('h1')?.textContent !== old, title);
      title = await page.locator('h1').textContent();
    }
  };

  await heading(t('home.title'));
  await page.locator('.need-tile').first().waitFor({ state: 'attached' });
  await scan('home');

  await button(t('home.helpNow')).click();
  await heading(t('helpNow.title'));
  await scan('help right now');
  await backToHome();

  await page.locator('.tile-group summary').first().click();
  await page.locator('.need-tile').first().click();
  await heading(t('results.title'));
  await scan('results');

  await page.locator('.card').first().getByRole('heading', { level: 2 }).getByRole('button').click();
  await page.locator('.provenance').waitFor();
  await scan('service');

  await page.getByRole('button', { name: new RegExp(`^${t('shortlist.add')}: `) }).first().click();
  await button(t('shortlist.open', { count: 1 })).click();
  await heading(t('shortlist.title'));
  await scan('shortlist');

  await button(t('present.open')).click();
  await page.getByText(t('present.position', { current: 1, total: 1 })).waitFor();
  await scan('present mode');
  await button(t('present.close')).click();

  await button(t('nav.safety')).click();
  await heading(t('nav.safety'));
  await scan('using this safely');
  await button(t('safety.forgetButton')).click();
  await button(t('safety.forgetYes')).waitFor();
  await scan('forget this device, asking to confirm');

  await backToHome();
  await button(t('professionals.link')).click();
  await heading(t('professionals.title'));
  await scan('for professionals');
  await page.locator('.borough-buttons .button').first().click();
  await page.locator('.card-list-compact .card').first().waitFor();
  await scan('compact list for professionals');

  await backToHome();
  await button(t('understand.link')).click();
  await heading(t('understand.title'));
  await page.locator('.topic-link').first().waitFor();
  await scan('is this happening to me?');
  await page.locator('.topic-link').first().click();
  await page.locator('.signs').waitFor();
  await scan('a form of abuse explained');

  await backToHome();
  await button(t('about.link')).click();
  await heading(t('about.title'));
  await scan('about this information');
  await button(t('report.open')).click();
  await heading(t('report.title'));
  await scan('report a problem');

  await backToHome();
  await page.getByRole('searchbox', { name: t('search.label') }).fill('qqqxxzv');
  await button(t('search.submit')).click();
  await page.getByText(t('results.notUnderstood')).waitFor();
  await scan('query not understood (needs and helplines instead)');
  return violations;
}

describe.each(readLocaleList().map((locale) => [locale.code, locale.dir] as const))('axe in %s (%s)', (code, dir) => {
  it('finds no violations on any screen', { timeout: 120_000 }, async () => {
    const context = await suite.browser.newContext({ locale: code, serviceWorkers: 'block', viewport: { width: 320, height: 640 } });
    await stubDecoy(context);
    const page = await context.newPage();
    try {
      await page.goto(`${suite.server.origin}/`);
      await page.locator('.need-tile').first().waitFor({ state: 'attached' });
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([code, dir]);
      expect(await scanEveryScreen(page, wordsOf(code))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
