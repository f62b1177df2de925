// Present mode and QR hand-over in real Chromium: one service per screen moved through by the
// keyboard, shown in another language without changing the worker's, and QR codes that decode
// to what they promise (the neutral front page, or a number to call).
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import es from '../../locales/es.json';
import { useBrowserAndServer } from './support/suite.ts';
import { chooseNeed, stubDecoy } from './support/browser.ts';

const suite = useBrowserAndServer();

async function shortlistTwo(): Promise<Page> {
  const context = await suite.browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  await stubDecoy(context);
  const page = await context.newPage();
  await page.goto(`${suite.server.origin}/`);
  await chooseNeed(page, 'Stalking and harassment');
  await page.getByRole('button', { name: 'Add to shortlist: National Stalking Helpline' }).click();
  await page.getByRole('button', { name: 'Add to shortlist: Paladin National Stalking Advocacy Service' }).click();
  await page.getByRole('button', { name: 'Shortlist (2)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Shortlist' }).waitFor();
  return page;
}

/** Decodes the QR code drawn in an element. */
async function decode(page: Page, label: string): Promise<string | undefined> {
  const png = PNG.sync.read(await page.getByRole('img', { name: label }).screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('present mode', () => {
  it('moves one service at a time with the arrow keys, and shows it in another language', async () => {
    const page = await shortlistTwo();
    await page.getByRole('button', { name: 'Show one at a time' }).click();
    await page.getByRole('heading', { level: 1, name: 'National Stalking Helpline' }).waitFor();
    expect(await page.getByText('1 of 2').count()).toBe(1);
    // On a phone, the number to call is in view without scrolling.
    const number = await page.locator('.present-phone a').first().boundingBox();
    expect((number?.y ?? Infinity) + (number?.height ?? 0)).toBeLessThanOrEqual(740);
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 1, name: 'Paladin National Stalking Advocacy Service' }).waitFor();
    expect(await page.getByText('2 of 2').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await page.getByText('2 of 2').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 1, name: 'National Stalking Helpline' }).waitFor();

    await page.getByRole('combobox', { name: 'Show this in' }).selectOption('es');
    await page.getByText(es.service.selfReferral).waitFor();
    // The worker's own screen stays in English.
    expect(await page.getByRole('button', { name: 'Next' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.context().close();
  });
});

describe('QR hand-over', () => {
  it('draws codes on the device that decode to the front page and to a number to call', async () => {
    const page = await shortlistTwo();
    const requestsBefore = await page.evaluate(() => performance.getEntriesByType('resource').length);
    await page.getByText('Code to open Waymark on their phone').click();
    expect(await decode(page, 'Code to open Waymark on their phone')).toBe(`${suite.server.origin}/`);
    const label = 'Code to call National Stalking Helpline on \u20660808 802 0300\u2069';
    await page.getByText(label).click();
    expect(await decode(page, label)).toBe('tel:+448088020300');
    // Drawing the codes fetched nothing.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').length)).toBe(requestsBefore);
    await page.context().close();
  });
});
