// the safety rules (README) in real Chromium, across a realistic session: one history entry, the root URL,
// a neutral title, nothing stored, no request off the origin (page or service worker), and no
// Content-Security-Policy violation. Then the app under failure: still the emergency line, the
// helplines and a working quick exit.
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { serveDist } from './support/static-server.ts';
import { useBrowserAndServer } from './support/suite.ts';
import { chooseNeed, stubDecoy, waitForDecoy } from './support/browser.ts';

const suite = useBrowserAndServer();

async function recordingContext(options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<{ context: BrowserContext; page: Page; requests: Request[] }> {
  const context = await suite.browser.newContext({ serviceWorkers: options.serviceWorkers ?? 'allow' });
  await stubDecoy(context);
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const page = await context.newPage();
  return { context, page, requests };
}

describe('privacy across a realistic session', () => {
  it('keeps one history entry, the root URL, a neutral title, no storage, no other origin and no CSP violation', async () => {
    const { context, page, requests } = await recordingContext();
    const root = `${suite.server.origin}/`;
    await page.goto(root);
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    const length = await page.evaluate(() => history.length);
    const titles = new Set<string>();
    const step = async () => {
      expect(page.url()).toBe(root);
      expect(await page.evaluate(() => history.length)).toBe(length);
      titles.add(await page.title());
    };

    await page.getByRole('searchbox', { name: 'Search in your own words' }).fill('he hits me');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Services for you' }).waitFor();
    await step();
    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'I can contact them myself' }).check();
    await step();
    for (let i = 0; i < 3; i += 1) {
      await page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) }).nth(i).getByRole('heading', { level: 2 }).getByRole('button').click();
      await page.getByRole('heading', { level: 2, name: 'How to contact' }).waitFor();
      await step();
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('heading', { level: 1, name: 'Services for you' }).waitFor();
      await step();
    }
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await page.getByRole('button', { name: 'Using this safely' }).click();
    await page.getByRole('heading', { level: 1, name: 'Using this safely' }).waitFor();
    await step();
    expect([...titles]).toEqual(['Waymark']);

    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).map((database) => database.name),
      caches: (await caches.keys()).length,
      violations: (window as unknown as { cspViolations: string[] }).cspViolations,
    }));
    // The service worker's precache is the one thing kept, and only the app's own files.
    expect(stored).toMatchObject({ local: 0, session: 0, cookie: '', databases: [], violations: [] });
    expect(stored.caches).toBeGreaterThan(0);
    expect(await context.cookies()).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    const elsewhere = requests.map((request) => request.url()).filter((url) => new URL(url).origin !== suite.server.origin);
    expect(elsewhere).toEqual([]);
    await context.close();
  });
});

describe('when things fail', () => {
  it('a missing directory still shows the emergency line, the 24/7 helplines, and quick exit works', async () => {
    const { context, page } = await recordingContext({ serviceWorkers: 'block' });
    await page.route(/\/assets\/[^/]*directory[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    expect(await page.getByText("If you can't speak, stay on the line and press 55 when asked.", { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Help right now', exact: true }).click();
    expect(await page.getByRole('link', { name: 'Call 0808 2000 247' }).getAttribute('href')).toBe('tel:+448082000247');
    expect(await page.locator('.emergency').getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await waitForDecoy(page);
    await context.close();
  });

  it('a corrupt directory is reported plainly, never as a blank page', async () => {
    const { context, page } = await recordingContext({ serviceWorkers: 'block' });
    await page.route(/\/assets\/[^/]*directory[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: 'export default JSON.parse("{broken' }));
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('alert').filter({ hasText: 'could not be loaded' }).waitFor();
    expect(await page.getByRole('link', { name: 'Exit', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Help right now', exact: true }).click();
    expect(await page.getByRole('link', { name: 'Call 0808 2000 247' }).count()).toBe(1);
    await context.close();
  });

  it('a service worker that fails to install leaves the app working online', async () => {
    // Its own server: the worker script is fetched by the browser, not the page, so page routes
    // cannot break it; the server can.
    const server = await serveDist(inject('distDir'));
    server.override('/sw.js', "throw new Error('broken worker');");
    const { context, page } = await recordingContext();
    await page.goto(`${server.origin}/`);
    await chooseNeed(page, 'Domestic abuse');
    await page.getByRole('heading', { level: 1, name: 'Services for you' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(0);
    await expect.poll(() => server.requests.includes('/sw.js')).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.filter((registration) => registration.active).length))).toBe(0);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await waitForDecoy(page);
    await context.close();
    await server.close();
  });
});
