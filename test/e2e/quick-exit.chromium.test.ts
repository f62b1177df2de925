// Quick exit in real Chromium (Safety rule 5, README): the link, Shift×3 with its
// announcements, without JavaScript, with the app bundle blocked, and the history it leaves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { DECOY_TITLE, DECOY_URL, stubDecoy, waitForDecoy } from './support/browser.ts';
import { useBrowserAndServer } from './support/suite.ts';

const suite = useBrowserAndServer();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  context = await suite.browser.newContext({ serviceWorkers: 'block' });
  await stubDecoy(context);
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

async function openApp(target: Page = page) {
  await target.goto(`${suite.server.origin}/`);
  await target.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
}

describe('quick exit in Chromium', () => {
  it('the Exit link leaves for the decoy page', async () => {
    await openApp();
    await page.getByRole('link', { name: 'Exit', exact: true }).click();
    await waitForDecoy(page);
    expect(await page.title()).toBe(DECOY_TITLE);
  });

  it('the first Tab reaches the "Leave this site now" link, and Enter leaves', async () => {
    await openApp();
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect.poll(() => focused.textContent()).toBe('Leave this site now');
    await page.keyboard.press('Enter');
    await waitForDecoy(page);
  });

  it('pressing Shift three times leaves, announcing the count for screen readers', async () => {
    await openApp();
    const status = page.locator('#exit-status');
    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toBe('Press Shift 2 more times to exit.');
    await page.keyboard.press('Shift');
    await expect.poll(() => status.textContent()).toBe('Press Shift 1 more time to exit.');
    await page.keyboard.press('Shift');
    await waitForDecoy(page);
  });

  it('Shift+A does not count: Shift+A then Shift, Shift stays; a third Shift then leaves', async () => {
    await openApp();
    await page.keyboard.down('Shift');
    await page.keyboard.press('A');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    // Give a wrongly counted exit time to happen before checking it did not.
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${suite.server.origin}/`);
    await expect.poll(() => page.locator('#exit-status').textContent()).toBe('Press Shift 1 more time to exit.');
    await page.keyboard.press('Shift');
    await waitForDecoy(page);
  });

  it('a run of Shift presses expires after 5 seconds and says so', async () => {
    await page.clock.install();
    await openApp();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.clock.fastForward(5_100);
    await expect.poll(() => page.locator('#exit-status').textContent()).toBe('Quick exit cancelled.');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${suite.server.origin}/`);
  });

  it('blanks the page with a neutral overlay and title by the next frame, before the decoy loads', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const heldContext = await suite.browser.newContext({ serviceWorkers: 'block' });
    await stubDecoy(heldContext, held);
    const heldPage = await heldContext.newPage();
    // Playwright's own calls wait for the pending navigation, so the page reports what it shows
    // in the first animation frame after the overlay appears, through an exposed function.
    const reported = new Promise<unknown>((resolve) => void heldPage.exposeFunction('reportExitFrame', resolve));
    await heldPage.addInitScript(() => {
      new MutationObserver((_changes, observer) => {
        const overlay = document.getElementById('exit-overlay');
        if (!overlay) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const { innerWidth: w, innerHeight: h } = window;
          const points = [
            [1, 1],
            [w / 2, h / 2],
            [w - 2, h - 2],
          ];
          (window as unknown as { reportExitFrame: (state: unknown) => void }).reportExitFrame({
            role: overlay.getAttribute('role'),
            text: overlay.textContent,
            title: document.title,
            covers: points.every(([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.id === 'exit-overlay'),
            // In-memory state was cleared: the app behind the overlay is back on its first screen.
            screenBehind: document.querySelector('main h1')?.textContent,
          });
        });
      }).observe(document, { childList: true, subtree: true });
    });
    await openApp(heldPage);
    await heldPage.getByRole('button', { name: 'See all services' }).click();
    await heldPage.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    await heldPage.keyboard.press('Shift');
    await heldPage.keyboard.press('Shift');
    await heldPage.keyboard.press('Shift');
    expect(await reported).toEqual({ role: 'alert', text: 'Loading.', title: 'Waymark', covers: true, screenBehind: 'Find support' });
    release();
    await waitForDecoy(heldPage);
    await heldContext.close();
  });

  it('works without JavaScript: the Exit link is a plain link to the decoy', async () => {
    const noJs = await suite.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    await stubDecoy(noJs);
    const noJsPage = await noJs.newPage();
    await noJsPage.goto(`${suite.server.origin}/`);
    await noJsPage.getByRole('link', { name: 'Exit', exact: true }).click();
    await waitForDecoy(noJsPage);
    await noJs.close();
  });

  it('when the exit script is blocked, the app still makes Exit replace this page, so Back skips it', async () => {
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    const exitScript = /<script src="([^"]+)"><\/script>/.exec(html)?.[1];
    expect(exitScript).toMatch(/^\/assets\/exit-.+\.js$/);
    await page.route(`${suite.server.origin}${exitScript}`, (route) => route.abort());
    const before = 'https://example.org/before';
    await context.route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Before</title>' }));
    await page.goto(before);
    await openApp();
    expect(await page.evaluate(() => 'waymarkExit' in window)).toBe(false);
    const startLength = await page.evaluate(() => history.length);
    await page.getByRole('link', { name: 'Exit', exact: true }).click();
    await waitForDecoy(page);
    expect(await page.evaluate(() => history.length)).toBe(startLength);
    await page.goBack();
    expect(page.url()).toBe(before);
  });

  it('without JavaScript, the page still offers the helplines to call, behind a neutral "Help right now"', async () => {
    const noJs = await suite.browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    const noJsPage = await noJs.newPage();
    await noJsPage.goto(`${suite.server.origin}/`);
    const call = noJsPage.locator('#helplines').getByRole('link', { name: '0808 2000 247' });
    // No service is named in view until the person opens it.
    expect(await call.isVisible()).toBe(false);
    await noJsPage.getByText('Help right now', { exact: true }).click();
    expect(await call.isVisible()).toBe(true);
    expect(await call.getAttribute('href')).toBe('tel:+448082000247');
    await noJs.close();
  });

  it('still works when the app bundle is blocked', async () => {
    const html = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    const appBundle = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
    expect(appBundle).toMatch(/^\/assets\/.+\.js$/);
    let blocked = 0;
    await page.route(`${suite.server.origin}${appBundle}`, (route) => {
      blocked += 1;
      return route.abort();
    });
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('link', { name: 'Exit', exact: true }).waitFor();
    // The app never rendered: no heading from it.
    expect(await page.getByRole('heading', { name: 'Find support' }).count()).toBe(0);
    expect(blocked).toBe(1);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await waitForDecoy(page);
  });

  it('moving through three screens adds no history entry, the URL stays the root, and Back from the decoy skips the app', async () => {
    const before = 'https://example.org/before';
    await context.route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Before</title>' }));
    await page.goto(before);
    await openApp();
    const startLength = await page.evaluate(() => history.length);
    const root = `${suite.server.origin}/`;

    await page.getByRole('button', { name: 'See all services' }).click();
    await page.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    expect(page.url()).toBe(root);
    await page.getByRole('button', { name: 'National Domestic Abuse Helpline', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'National Domestic Abuse Helpline', exact: true }).waitFor();
    expect(page.url()).toBe(root);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    expect(page.url()).toBe(root);
    expect(await page.evaluate(() => history.length)).toBe(startLength);
    expect(await page.title()).toBe('Waymark');

    await page.getByRole('link', { name: 'Exit', exact: true }).click();
    await waitForDecoy(page);
    expect(await page.evaluate(() => history.length)).toBe(startLength);
    await page.goBack();
    expect(page.url()).toBe(before);
    expect(DECOY_URL).not.toContain(suite.server.origin);
  });
});
