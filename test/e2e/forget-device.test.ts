// Forget this device in real Chromium: after one neutral confirmation, everything the origin
// can hold is gone (checked through the DevTools protocol), the page is the decoy, and the app
// no longer starts offline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { launchPersistent, stubDecoy, waitForDecoy } from './support/browser.ts';
import { serveDist } from './support/static-server.ts';

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

describe('forget this device in Chromium', () => {
  it('removes caches, databases, service workers, cookies and storage, then leaves', async () => {
    const server = await serveDist(inject('distDir'));
    const profile = mkdtempSync(join(tmpdir(), 'waymark-forget-'));
    const context = await launchPersistent(profile);
    try {
      await stubDecoy(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.origin}/`);
      await page.evaluate(async () => {
        const worker = (await navigator.serviceWorker.ready).active;
        if (worker && worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', resolve));
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
      // DevTools reads an origin's storage through a frame of it: a blank page of the origin,
      // not the app, kept open while the app page leaves for the decoy.
      const watcher = await context.newPage();
      await watcher.route(`${server.origin}/blank`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>blank</title>' }));
      await watcher.goto(`${server.origin}/blank`);
      const cdp = await context.newCDPSession(watcher);
      const before = await originState(cdp, context, server.origin);
      expect(before).toMatchObject({ caches: 1, databases: 1, serviceWorkers: 1, cookies: 1 });

      await page.getByRole('button', { name: 'Using this safely' }).click();
      await page.getByRole('button', { name: 'Forget this device' }).click();
      await page.getByRole('button', { name: 'Yes, remove it' }).click();
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
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
