// Help while the directory loads, in real Chromium: "Help right now" is part of the first screen's
// own code, so the lines open day and night are one tap away, and one more to call, however slow
// the directory is, or if it never arrives; a plain "taking longer" note joins after a few seconds.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/suite.ts';

const suite = useBrowserAndServer();
const DIRECTORY = /\/assets\/directory-[\w-]+\.json$/;

/** Opens "Help right now" and returns the href of the domestic abuse line's call button, with the time since the page opened. */
async function helpNowAt(page: Page, opened: number): Promise<{ href: string | null; line: string }> {
  await page.getByRole('button', { name: 'Help right now', exact: true }).click();
  const call = page.getByRole('link', { name: 'Call 0808 2000 247' });
  await call.waitFor();
  const href = await call.getAttribute('href');
  const slowNote = await page.getByRole('status').filter({ hasText: 'taking longer than usual' }).count();
  await page.getByRole('button', { name: 'Back' }).click();
  return { href, line: `${((Date.now() - opened) / 1000).toFixed(1)} s: Help right now ${href ? 'calls' : 'missing'}${slowNote ? ', "taking longer" note' : ''}` };
}

describe('help while the directory loads', () => {
  it('gives the 24/7 lines at once while a slow directory loads, and the services when it arrives', async () => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(DIRECTORY, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 10_000));
      await route.continue();
      release();
    });
    const opened = Date.now();
    const timeline: string[] = [];
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    // The page's own list is for when the app cannot run: no second "Help right now" below the app.
    expect(await page.locator('#helplines').isVisible()).toBe(false);
    const early = await helpNowAt(page, opened);
    timeline.push(early.line);
    expect(early.href).toBe('tel:+448082000247');

    await page.getByRole('status').filter({ hasText: 'taking longer than usual' }).waitFor({ timeout: 6000 });
    timeline.push((await helpNowAt(page, opened)).line);

    await arrived;
    await page.getByText('Tell us what is happening').click();
    await page.locator('.need-tile').first().waitFor();
    timeline.push(`${((Date.now() - opened) / 1000).toFixed(1)} s: directory arrived, tiles shown`);
    expect(await page.getByRole('status').filter({ hasText: 'taking longer than usual' }).count()).toBe(0);
    console.log(`Help right now, directory delayed 10 s:\n  ${timeline.join('\n  ')}`);
    await context.close();
  });

  it('keeps them one tap away when the directory never answers, on any screen', async () => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route(DIRECTORY, () => new Promise(() => undefined));
    const opened = Date.now();
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search in your own words' }).fill('he hits me');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Loading services.' }).waitFor();
    await page.waitForTimeout(12_000);
    expect(await page.getByRole('status').filter({ hasText: 'taking longer than usual' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Back' }).click();
    const late = await helpNowAt(page, opened);
    console.log(`Help right now, directory never answers:\n  ${late.line}`);
    expect(late.href).toBe('tel:+448082000247');
    await context.close();
  });
});
