// Forget this device in real Chromium: after one neutral confirmation, everything the origin
// can hold is gone (checked through the DevTools protocol), the page is the decoy, and the app
// no longer starts offline. Then the hard cases: Forget with "Remember" on after shortlisting,
// ten times over; and Forget while the service worker is still installing on a slow first visit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DECOY_URL, launchPersistent, waitForDecoy } from './support/browser.ts';
import { serveDist, type StaticServer, type Throttle } from './support/static-server.ts';

/** What the origin holds, as DevTools sees it. */
async function originState(cdp: CDPSession, context: BrowserContext, origin: string) {
  const { caches } = await cdp.send('CacheStorage.requestCacheNames', { securityOrigin: origin });
  const { databaseNames } = await cdp.send('IndexedDB.requestDatabaseNames', { securityOrigin: origin });
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  const registrations = new Map<string, boolean>();
  const listener = (event: { registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }> }) => {
    for (const registration of event.registrations) {
      if (registration.scopeURL.startsWith(origin)) registrations.set(registration.registrationId, !registration.isDeleted);
    }
  };
  cdp.on('ServiceWorker.workerRegistrationUpdated', listener);
  await cdp.send('ServiceWorker.enable');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await cdp.send('ServiceWorker.disable');
  cdp.off('ServiceWorker.workerRegistrationUpdated', listener);
  const cookies = (await context.cookies()).filter((cookie) => origin.includes(cookie.domain));
  return { caches: caches.length, databases: databaseNames.length, serviceWorkers: [...registrations.values()].filter(Boolean).length, cookies: cookies.length, usage };
}

/** A persistent profile (so the worker, caches and databases are real), a watcher page and a decoy that notes when it was asked for. */
async function setUp(throttle?: Throttle) {
  const server = await serveDist(inject('distDir'), throttle ? { throttle } : {});
  const profile = mkdtempSync(join(tmpdir(), 'waymark-forget-'));
  const context = await launchPersistent(profile);
  const decoyRequests: number[] = [];
  await context.route(`${new URL(DECOY_URL).origin}/**`, (route) => {
    decoyRequests.push(Date.now());
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Decoy weather page</title><h1>Weather</h1>' });
  });
  // DevTools reads an origin's storage through a frame of it: a blank page of the origin, not
  // the app, kept open while the app page leaves for the decoy.
  await context.route(`${server.origin}/blank`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>blank</title>' }));
  const watcher = await context.newPage();
  await watcher.goto(`${server.origin}/blank`);
  const cdp = await context.newCDPSession(watcher);
  const close = async () => {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { server, context, watcher, cdp, decoyRequests, close };
}

async function waitForActiveWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (worker && worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', resolve));
  });
}

async function forget(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Using this safely' }).click();
  await page.getByRole('button', { name: 'Forget this device' }).click();
  const yes = page.getByRole('button', { name: 'Yes, remove it' });
  await yes.waitFor();
  const clicked = Date.now();
  await yes.click();
  return clicked;
}

/** Polls until nothing of the origin is left (a worker told to stop unregisters a moment later), or the time is up. */
async function settledState(cdp: CDPSession, context: BrowserContext, server: StaticServer, withinMs: number) {
  const until = Date.now() + withinMs;
  for (;;) {
    const state = await originState(cdp, context, server.origin);
    if ((state.caches === 0 && state.databases === 0 && state.serviceWorkers === 0) || Date.now() > until) return state;
  }
}

describe('forget this device in Chromium', () => {
  it('removes caches, databases, service workers, cookies and storage, then leaves', async () => {
    const { server, context, watcher, cdp, close } = await setUp();
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await waitForActiveWorker(page);
      await page.evaluate(async () => {
        // Things a browser can end up holding for the origin, so the test has something to remove.
        localStorage.setItem('seeded', '1');
        document.cookie = 'seeded=1; path=/';
        await new Promise((resolve) => {
          const request = indexedDB.open('seeded-db');
          request.onsuccess = () => {
            request.result.close();
            resolve(undefined);
          };
        });
      });
      const before = await originState(cdp, context, server.origin);
      expect(before).toMatchObject({ caches: 1, databases: 1, serviceWorkers: 1, cookies: 1 });

      await forget(page);
      await waitForDecoy(page);

      const after = await originState(cdp, context, server.origin);
      expect(after).toMatchObject({ caches: 0, databases: 0, serviceWorkers: 0, cookies: 0 });
      expect(await watcher.evaluate(() => localStorage.length)).toBe(0);
      await watcher.close();

      // With the server gone, the app no longer starts: nothing of it was left to run offline.
      await server.close();
      const offline = await context.newPage();
      const response = await offline.goto(`${server.origin}/`).catch((error: Error) => error);
      expect(response).toBeInstanceOf(Error);
    } finally {
      await close();
    }
  });

  it('with "Remember" on after shortlisting, leaves nothing behind, ten times in a row, and the next visit is not remembered', async () => {
    const { server, context, cdp, decoyRequests, close } = await setUp();
    const runs: string[] = [];
    try {
      for (let run = 1; run <= 10; run += 1) {
        const page = await context.newPage();
        await page.goto(`${server.origin}/`);
        await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
        // The visit before was forgotten: nothing may say "remember me".
        expect(await page.evaluate(() => indexedDB.databases().then((list) => list.length)), `run ${run}: databases at start`).toBe(0);
        await page.getByRole('button', { name: 'Using this safely' }).click();
        const toggle = page.getByRole('checkbox', { name: 'Remember my language, area and shortlist on this device' });
        expect(await toggle.isChecked(), `run ${run}: remembered at start`).toBe(false);
        await toggle.check();
        await page.getByRole('button', { name: 'Back' }).click();
        await page.getByRole('button', { name: 'See all services' }).click();
        await page.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
        const adds = page.getByRole('button', { name: /^Add to shortlist: / });
        await adds.nth(0).click();
        await adds.nth(1).click();
        await expect.poll(() => page.evaluate(() => indexedDB.databases().then((list) => list.map((database) => database.name)))).toEqual(['waymark']);
        const clicked = await forget(page);
        await waitForDecoy(page);
        const left = (decoyRequests.at(-1) ?? Number.NaN) - clicked;
        const state = await settledState(cdp, context, server, 3000);
        runs.push(`run ${run}: ${state.databases} databases, ${state.caches} caches, ${state.serviceWorkers} workers, left ${left} ms after Yes`);
        expect(state, `run ${run}`).toMatchObject({ databases: 0, caches: 0, serviceWorkers: 0 });
        await page.close();
      }
    } finally {
      console.log(`Forget with Remember on after shortlisting:\n  ${runs.join('\n  ')}`);
      await close();
    }
  });

  it.each([
    ['while the service worker is installing', 'installing'],
    ['before the service worker has even arrived', 'registering'],
  ] as const)('on a slow first visit, %s: leaves within a second of "Yes" and leaves nothing', async (_when, moment) => {
    // A slow mobile connection for the page and the worker alike: 400 ms to first byte, 150 KB/s.
    const { server, context, cdp, decoyRequests, close } = await setUp({ latencyMs: 400, bytesPerSecond: 150 * 1024 });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor({ timeout: 30_000 });
      const stateNow = () => page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => (registration ? (registration.installing ? 'installing' : registration.active ? 'active' : 'registering') : 'none')));
      await expect.poll(stateNow, { timeout: 30_000, interval: 20 }).toBe(moment);
      const clicked = await forget(page);
      await waitForDecoy(page);
      const left = (decoyRequests.at(-1) ?? Number.NaN) - clicked;
      const state = await settledState(cdp, context, server, 15_000);
      console.log(`Forget ${moment === 'installing' ? 'during' : 'before'} a throttled first install: left ${left} ms after Yes; then ${state.databases} databases, ${state.caches} caches, ${state.serviceWorkers} workers`);
      expect(left).toBeLessThanOrEqual(1000);
      expect(state).toMatchObject({ databases: 0, caches: 0, serviceWorkers: 0 });
    } finally {
      await close();
    }
  });
});
