// Numbers and times read right in right-to-left scripts, in real Chromium: on the screen, the
// digit groups of "0808 802 0300" must run left to right and "09:30–16:00" must open before it
// closes, on the service page, in "Help right now" and on the signposting slip, in Arabic,
// Farsi, Urdu and Sorani. Measured from where each group is drawn, not from the DOM order.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readLocaleList } from '../../scripts/vite-plugin-locales.ts';
import { stubDecoy } from './support/browser.ts';
import { useBrowserAndServer } from './support/suite.ts';

const suite = useBrowserAndServer();
const RTL = ['ar', 'fa', 'ur', 'ckb'];

/** The left edge of each part of `text` as drawn, inside the first element matching `selector` that shows all of it. */
async function drawnOrder(page: Page, selector: string, text: string, parts: string[]): Promise<number[]> {
  return page.evaluate(
    ({ selector, text, parts }) => {
      for (const element of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.textContent ?? '';
          const at = value.indexOf(text);
          if (at < 0) continue;
          let offset = at;
          return parts.map((part) => {
            const start = value.indexOf(part, offset);
            offset = start + part.length;
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + part.length);
            return range.getBoundingClientRect().left;
          });
        }
      }
      throw new Error(`"${text}" is not drawn inside ${selector}`);
    },
    { selector, text, parts },
  );
}

const increasing = (xs: number[]) => xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? Infinity));

describe.each(RTL)('numbers and times in %s', (code) => {
  it('draws phone numbers and time ranges left to right on every screen that shows them', async () => {
    expect(readLocaleList().find((locale) => locale.code === code)?.dir).toBe('rtl');
    const context = await suite.browser.newContext({ locale: code, serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
    await stubDecoy(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    try {
      await page.goto(`${suite.server.origin}/`);
      await page.locator('.tile-group').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

      // "Help right now": the national domestic abuse line.
      await page.locator('.button-large').click();
      await page.locator('a[href="tel:+448082000247"]').first().waitFor();
      const helpNow = await drawnOrder(page, 'a[href="tel:+448082000247"]', '0808 2000 247', ['0808', '2000', '247']);
      expect(increasing(helpNow), `Help right now: ${helpNow.join(', ')}`).toBe(true);

      // The service page: its number, and its hours.
      await page.locator('.back').click();
      await page.getByRole('searchbox').fill('stalking');
      await page.locator('.search-row button').click();
      await page.getByRole('button', { name: 'National Stalking Helpline', exact: true }).click();
      await page.locator('.provenance').waitFor();
      const number = await drawnOrder(page, '.contact-actions a[href="tel:+448088020300"]', '0808 802 0300', ['0808', '802', '0300']);
      expect(increasing(number), `service number: ${number.join(', ')}`).toBe(true);
      const hours = await drawnOrder(page, '.facts', '09:30–16:00', ['09:30', '16:00']);
      expect(increasing(hours), `opening hours: ${hours.join(', ')}`).toBe(true);

      // The signposting slip, and the text it copies.
      await page.locator('.card-actions .button-secondary, .card-actions button').first().click();
      await page.locator('.app-nav .button-link').first().click();
      await page.locator('.slip').waitFor();
      const slip = await drawnOrder(page, '.slip', '0808 802 0300', ['0808', '802', '0300']);
      expect(increasing(slip), `slip: ${slip.join(', ')}`).toBe(true);
      await page.locator('.no-print .card-actions .button-secondary').first().click();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('\u20660808 802 0300\u2069');
      expect(copied).toMatch(/\u206609:30–16:00\u2069/);
    } finally {
      await context.close();
    }
  });
});
