// The service worker's precache. A first visit may be the only one with signal, so what the app
// needs offline in the device's language is fetched first, several files at a time; the worker
// installs (and the app is offline-ready) as soon as those arrive. Other languages follow when a
// page asks. Forget this device stops every download and deletes what was written (forget.ts).
import { planPrecache, precacheVersion, type PrecacheEntry } from './precache-plan';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

const ENTRIES = self.__WB_MANIFEST;
/** This build's cache; every other cache of the origin is an older build's and is deleted. */
export const CACHE_NAME = `waymark-${precacheVersion(ENTRIES)}`;
/** Downloads at once: enough to fill a slow link's latency, few enough not to starve the page. */
const PARALLEL_DOWNLOADS = 6;

/** Thrown into an install when Forget this device was chosen: the worker must not finish. */
class Forgotten extends Error {
  constructor() {
    super('forgotten');
    this.name = 'Forgotten';
  }
}

let forgotten = false;
const downloads = new Set<AbortController>();

const absolute = (url: string) => new URL(url, self.registration.scope).href;
const PRECACHED = new Set(ENTRIES.map((entry) => absolute(entry.url)));
const plan = planPrecache(ENTRIES, self.navigator.languages);

/** Deletes every cache of the origin. */
export async function deleteAllCaches(): Promise<void> {
  await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
}

/** Stops every download for good; the install in progress, if any, then fails. */
export function stopPrecaching(): void {
  forgotten = true;
  for (const download of downloads) download.abort();
  downloads.clear();
}

async function download(cache: Cache, url: string): Promise<void> {
  if (forgotten) throw new Forgotten();
  const controller = new AbortController();
  downloads.add(controller);
  try {
    const response = await fetch(absolute(url), { cache: 'no-cache', credentials: 'same-origin', signal: controller.signal });
    if (!response.ok) throw new Error(`precache: ${url}: HTTP ${response.status}`);
    // The page may have deleted the caches (Forget) while this file was on its way.
    if (forgotten || !(await caches.has(CACHE_NAME))) throw new Forgotten();
    await cache.put(absolute(url), response);
  } finally {
    downloads.delete(controller);
  }
}

/** Downloads `urls` a few at a time; rejects on the first failure when `required`. */
async function downloadAll(urls: readonly string[], required: boolean): Promise<void> {
  if (forgotten) throw new Forgotten();
  const cache = await caches.open(CACHE_NAME);
  const cached = new Set((await cache.keys()).map((request) => request.url));
  const queue = urls.filter((url) => !cached.has(absolute(url)));
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        await download(cache, url);
      } catch (error) {
        if (required || error instanceof Forgotten) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_DOWNLOADS, queue.length) }, worker));
}

/** Installs with everything a cold start offline needs; drops older builds' caches on activation. */
export function installPrecache(): void {
  self.addEventListener('install', (event) =>
    event.waitUntil(
      installForOpenPage().catch(async (error: unknown) => {
        // Forgotten mid-install: whatever this install opened goes too, then the install fails.
        if (forgotten) await deleteAllCaches();
        throw error;
      }),
    ),
  );
  self.addEventListener('activate', (event) =>
    event.waitUntil(
      caches
        .keys()
        .then((names) => Promise.all(names.filter((name) => name !== CACHE_NAME).map((name) => caches.delete(name))))
        .then(announceOfflineReady),
    ),
  );
}

/**
 * Installs only while a page of the app is open. A first visit that already left (Forget, or quick
 * exit, before this worker had even arrived) must not have its files written afterwards: that page
 * asked for this registration to be removed, and could not tell a worker that did not exist yet.
 */
async function installForOpenPage(): Promise<void> {
  const pages = await self.clients.matchAll({ includeUncontrolled: true, type: 'window' });
  if (pages.length === 0) throw new Forgotten();
  await downloadAll(plan.first, true);
}

/** Tells open pages the app now works offline (they note the moment; nothing is stored). */
async function announceOfflineReady(): Promise<void> {
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage({ type: 'waymark:offline-ready' });
}

/** Fetches what the first round left out (other languages, icons); safe to ask again. Tells pages when all is there. */
export async function precacheRest(): Promise<void> {
  if (forgotten) return;
  await downloadAll(plan.rest, false).catch(() => undefined);
  const cached = new Set((await (await caches.open(CACHE_NAME)).keys()).map((request) => request.url));
  if (forgotten || !ENTRIES.every((entry) => cached.has(absolute(entry.url)))) return;
  for (const client of await self.clients.matchAll({ includeUncontrolled: true, type: 'window' })) client.postMessage({ type: 'waymark:precache-complete' });
}

/** The precached answer for a request of one of the build's files, if there is one. */
export async function precachedResponse(url: string): Promise<Response | undefined> {
  if (!PRECACHED.has(url) || forgotten) return undefined;
  return (await caches.open(CACHE_NAME)).match(url);
}
