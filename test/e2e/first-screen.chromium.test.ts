// The first screen on a 360×740 phone, in every language: what must be in view without scrolling
// (Exit, the emergency line, "Help right now", the search box, the borough), nothing in view that
// names a form of abuse or a service, a home no longer than one and a half screens, and after a
// search the first result with its call button in the first screen. Then a GP's slip in six taps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDirectoryBundle, loadValidatedServices } from '../../scripts/directory-source.ts';
import { LOCALES_DIR, readLocaleList } from '../../scripts/vite-plugin-locales.ts';
import { stubDecoy } from './support/browser.ts';
import { useBrowserAndServer } from './support/suite.ts';

const suite = useBrowserAndServer();
const VIEW = { width: 360, height: 740 };
const bundle = buildDirectoryBundle(loadValidatedServices());
const readLocale = (code: string) => JSON.parse(readFileSync(join(LOCALES_DIR, `${code}.json`), 'utf8')) as { home: Record<string, string> };

/** Every piece of text drawn inside the viewport, as the eye would see it. */
async function textInView(page: Page): Promise<string> {
  return page.evaluate(() => {
    const seen: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const parent = node.parentElement;
      // A closed disclosure keeps its contents laid out but not drawn: checkVisibility says so.
      const drawn = parent !== null && parent.closest('option, optgroup') === null && parent.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true });
      const inView = [...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight);
      if (drawn && inView) seen.push(node.textContent ?? '');
    }
    return seen.join(' ');
  });
}

/** The box of an element, in the first screen's coordinates (the page is not scrolled). */
const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not drawn`);
  return found;
};

describe.each(readLocaleList().map((locale) => locale.code))('the first screen in %s at 360×740', (code) => {
  it('has Exit, the emergency line, "Help right now", the search box and the borough in view, and names no abuse or service', async () => {
    const context = await suite.browser.newContext({ locale: code, viewport: VIEW, serviceWorkers: 'block' });
    await stubDecoy(context);
    const page = await context.newPage();
    try {
      await page.goto(`${suite.server.origin}/`);
      await page.locator('.tile-group').first().waitFor();
      const figures: string[] = [];
      for (const [name, selector] of [
        ['Exit', '.exit-link'],
        ['emergency call', '.emergency-call'],
        ['Help right now', '.button-large'],
        ['search box', 'input[type="search"]'],
        ['borough', '.borough-choice select'],
      ] as const) {
        const { y, height } = await box(page, selector);
        figures.push(`${name} ${Math.round(y)}–${Math.round(y + height)}`);
        expect(y, name).toBeGreaterThanOrEqual(0);
        expect(y + height, name).toBeLessThanOrEqual(VIEW.height);
      }
      const length = await page.evaluate(() => document.documentElement.scrollHeight);
      console.log(`${code}: ${figures.join(', ')}; home ${length} px`);
      expect(length).toBeLessThanOrEqual(VIEW.height * 1.5);

      const seen = (await textInView(page)).toLowerCase();
      const labels = bundle.labels[code] ?? bundle.labels['en']!;
      const named = [
        ...Object.values(labels.needs).filter((need) => need.family === 'happening').map((need) => need.label),
        ...bundle.services.map((service) => service.name),
      ].filter((words) => seen.includes(words.toLowerCase()));
      expect(named).toEqual([]);
      expect(seen).toContain(String(readLocale(code).home['helpNow']).toLowerCase());

      // After a search, the first result and its call button are in the first screen.
      await page.locator('input[type="search"]').fill('he hits me');
      await page.locator('input[type="search"]').press('Enter');
      const card = await box(page, '.card');
      const call = await box(page, '.card .card-actions .button');
      console.log(`${code}: first result at ${Math.round(card.y)}, its call button ends at ${Math.round(call.y + call.height)}`);
      expect(card.y).toBeLessThan(VIEW.height);
      expect(call.y + call.height).toBeLessThanOrEqual(VIEW.height);
    } finally {
      await context.close();
    }
  });
});

describe('ten minutes for a GP', () => {
  it('builds a slip of three services a Westminster patient can contact themselves in six taps from home', async () => {
    const context = await suite.browser.newContext({ viewport: VIEW, serviceWorkers: 'block' });
    await stubDecoy(context);
    const page = await context.newPage();
    try {
      await page.goto(`${suite.server.origin}/`);
      await page.locator('.tile-group').first().waitFor();
      let taps = 0;
      const tap = async (name: string | RegExp, nth = 0) => {
        taps += 1;
        await page.getByRole('button', { name, exact: typeof name === 'string' }).nth(nth).click();
      };
      await tap('For professionals');
      await tap('Westminster');
      await page.locator('.card-list-compact .card').first().waitFor();
      for (let i = 0; i < 3; i += 1) await tap(/^Add to shortlist: /, 0);
      await tap('Shortlist (3)');
      await page.locator('.slip').waitFor();
      expect(taps).toBeLessThanOrEqual(6);
      const chosen = await page.locator('.slip-entry h3').allTextContents();
      expect(chosen).toHaveLength(3);
      for (const name of chosen) {
        const service = bundle.services.find((entry) => entry.name === name);
        expect(service?.access === 'self-referral' || service?.access === 'both', name).toBe(true);
        expect(service?.areas.some((area) => ['westminster', 'london', 'uk'].includes(area)), name).toBe(true);
      }
    } finally {
      await context.close();
    }
  });
});
