// Offline and updates in real Chromium: after one online visit the app cold-starts with the
// server gone; a new version waits politely for the person to choose it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { loadValidatedServices } from '../../scripts/directory-source.ts';
import { launchPersistent } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/static-server.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(): Promise<{ server: StaticServer; profile: string }> {
  const server = await serveDist(inject('distDir'));
  const profile = mkdtempSync(join(tmpdir(), 'waymark-profile-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  cleanups.push(() => server.close());
  return { server, profile };
}

async function open(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await launchPersistent(profile);
  cleanups.push(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

async function waitForActiveWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active;
    if (!worker || worker.state === 'activated') return;
    await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
  });
}

describe('offline in Chromium', () => {
  it('after one online visit, a cold start with the server gone shows home, the list and a service', async () => {
    const { server, profile } = await start();
    const online = await open(profile);
    await online.page.goto(`${server.origin}/`);
    await online.page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    await waitForActiveWorker(online.page);
    await online.context.close();

    await server.close();
    await expect(fetch(`${server.origin}/`)).rejects.toThrow();

    const offline = await open(profile);
    await offline.page.goto(`${server.origin}/`);
    await offline.page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    await offline.page.getByRole('button', { name: 'See all services' }).click();
    await offline.page.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    await offline.page.getByRole('button', { name: 'National Domestic Abuse Helpline', exact: true }).click();
    await offline.page.getByRole('heading', { level: 1, name: 'National Domestic Abuse Helpline', exact: true }).waitFor();
    const call = offline.page.getByRole('link', { name: 'Call 0808 2000 247' });
    expect(await call.getAttribute('href')).toBe('tel:+448082000247');

    // A borough never chosen while online: its pack was precached, so its services arrive offline too.
    await offline.page.goto(`${server.origin}/`);
    await offline.page.getByRole('combobox', { name: 'Where are you?' }).selectOption('wandsworth');
    await offline.page.getByRole('button', { name: 'See all services' }).click();
    await offline.page.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    const wandsworth = loadValidatedServices().filter((service) => service.areas.some((area) => ['wandsworth', 'london', 'uk'].includes(area)));
    await offline.page.getByText(`${wandsworth.length} services`, { exact: true }).waitFor();
  });

  it('a new version waits for "Update now" and never reloads the page by itself', async () => {
    const { server, profile } = await start();
    const { page } = await open(profile);
    await page.goto(`${server.origin}/`);
    await waitForActiveWorker(page);
    // Controlled from the second load on; a new worker then has to wait.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    await page.getByRole('button', { name: 'See all services' }).click();
    await page.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    const currentWorker = readFileSync(join(inject('distDir'), 'sw.js'), 'utf8');
    server.override('/sw.js', `${currentWorker}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Waymark is ready.' });
    await prompt.waitFor();
    // Still the same document, on the same screen: nothing reloaded under the person's feet.
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('All services');

    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForFunction(() => !('sameDocument' in window));
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    expect(await page.getByText('A new version of Waymark is ready.').count()).toBe(0);
  });
});
