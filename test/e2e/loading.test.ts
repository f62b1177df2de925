// Help while the directory loads, in real Chromium: the page's own 24/7 helplines stay in view
// until the directory has rendered, are joined by a plain "taking longer" note after a few
// seconds, and never go away if the directory never arrives.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/suite.ts';

const suite = useBrowserAndServer();
const DIRECTORY = /\/assets\/directory-[\w-]+\.json$/;

/** Whether the built-in helplines can be seen (and called) now, with the time since the page opened. */
async function helplinesAt(page: Page, opened: number): Promise<string> {
  const visible = await page.locator('#helplines').getByRole('link', { name: '0808 2000 247' }).isVisible();
  const slowNote = await page.getByRole('status').filter({ hasText: 'taking longer than usual' }).count();
  return `${((Date.now() - opened) / 1000).toFixed(1)} s: helplines ${visible ? 'shown' : 'hidden'}${slowNote ? ', "taking longer" note' : ''}`;
}

describe('help while the directory loads', () => {
  it('keeps the 24/7 helplines in view while a slow directory loads, and hands over when it arrives', async () => {
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
    timeline.push(await helplinesAt(page, opened));
    expect(await page.locator('#helplines').getByRole('link', { name: '0808 2000 247' }).isVisible()).toBe(true);
    expect(await page.locator('#helplines').getByRole('link', { name: '0808 2000 247' }).getAttribute('href')).toBe('tel:+448082000247');

    await page.getByRole('status').filter({ hasText: 'taking longer than usual' }).waitFor({ timeout: 6000 });
    timeline.push(await helplinesAt(page, opened));
    expect(await page.locator('#helplines').isVisible()).toBe(true);

    await arrived;
    await page.locator('#helplines').waitFor({ state: 'hidden' });
    timeline.push(await helplinesAt(page, opened));
    expect(await page.getByRole('status').filter({ hasText: 'taking longer than usual' }).count()).toBe(0);
    console.log(`Built-in helplines, directory delayed 10 s:\n  ${timeline.join('\n  ')}`);
    await context.close();
  });

  it('never takes them away when the directory never answers, on any screen', async () => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route(DIRECTORY, () => new Promise(() => undefined));
    const opened = Date.now();
    const timeline: string[] = [];
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    timeline.push(await helplinesAt(page, opened));
    await page.getByRole('searchbox', { name: 'Search in your own words' }).fill('he hits me');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Loading services.' }).waitFor();
    timeline.push(await helplinesAt(page, opened));
    await page.waitForTimeout(12_000);
    timeline.push(await helplinesAt(page, opened));
    console.log(`Built-in helplines, directory never answers:\n  ${timeline.join('\n  ')}`);
    expect(await page.locator('#helplines').getByRole('link', { name: '0808 2000 247' }).isVisible()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'taking longer than usual' }).count()).toBe(1);
    await context.close();
  });
});
