// Real Chromium (Debian's) driven by playwright-core, with the decoy page stubbed.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Route } from 'playwright-core';
import { inject } from 'vitest';
import { DECOY_URL } from '../../../src/exit/decoy.ts';
import { CHROMIUM_ARGS } from './chromium-args.ts';


/** Launches headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS, headless: true });
}

/** Launches Chromium with a profile on disk, for cold starts that reuse a service worker. */
export function launchPersistent(userDataDir: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_ARGS,
    headless: true,
    ...options,
  });
}

/** Taps a need tile on the home screen, first opening the calm choice it sits behind. */
export async function chooseNeed(page: Page, name: string): Promise<void> {
  // The tiles arrive with the directory; the choices that hold them are there from the first paint.
  const tile = page.locator('.need-tile').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  await tile.waitFor({ state: 'attached' });
  if (!(await tile.isVisible())) await page.locator('.tile-group', { has: tile }).locator('summary').click();
  await tile.click();
}

/** The stub the decoy URL answers with in tests. */
export const DECOY_TITLE = 'Decoy weather page';

/** Answers the decoy URL with a stub page; `hold` lets a test keep the navigation pending. */
export async function stubDecoy(context: BrowserContext, hold?: Promise<void>): Promise<void> {
  const decoy = new URL(DECOY_URL);
  await context.route(`${decoy.origin}/**`, async (route: Route) => {
    await hold;
    await route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>${DECOY_TITLE}</title><h1>Weather</h1>` });
  });
}

/** Resolves when the page is on the decoy. */
export async function waitForDecoy(page: Page): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(DECOY_URL), { timeout: 10_000 });
}

export { DECOY_URL };
