// Forget this device (Safety rule 6, README): stop every writer, remove everything the app can remove,
// then leave for the decoy. Never reloads the app afterwards: that would create storage again.
// Leaves within FORGET_DEADLINE_MS whatever the network: a service worker still installing on a
// slow first visit is told to stop and unregister, and is never waited for.
import { stopWriting } from '../storage/forgetting';

/** Closes the app's own IndexedDB connections so their databases can be deleted. */
export type CloseConnections = () => Promise<void> | void;

/** From "Yes" to leaving, at most (the person may have seconds before someone walks in). */
export const FORGET_DEADLINE_MS = 900;
/** The most the remember code may take to finish a write in flight and close. */
const CLOSE_DEADLINE_MS = 200;

/** Removes every trace the origin can remove, then leaves through quick exit. */
export async function forgetThisDevice(closeConnections: CloseConnections): Promise<void> {
  const deadline = delay(FORGET_DEADLINE_MS);
  // First, before the page is blanked: the app's reset on exit must not write anything.
  stopWriting();
  const workers = tellServiceWorkersToForget();
  window.waymarkBlank?.();
  await Promise.race([
    (async () => {
      await Promise.race([settle(closeConnections), delay(CLOSE_DEADLINE_MS)]);
      settleNow(() => localStorage.clear());
      settleNow(() => sessionStorage.clear());
      settleNow(clearCookies);
      await Promise.allSettled([deleteDatabases(), deleteCaches(), workers.then(unregister)]);
    })(),
    deadline,
  ]);
  window.waymarkExit?.();
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function settle(step: () => unknown): Promise<void> {
  try {
    await step();
  } catch {
    // Nothing to report to: the next step still runs.
  }
}

function settleNow(step: () => void): void {
  try {
    step();
  } catch {
    // As above: a partial clean is better than none.
  }
}

function clearCookies(): void {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

async function deleteDatabases(): Promise<void> {
  const databases = await indexedDB.databases();
  await Promise.all(
    databases.map(
      ({ name }) =>
        new Promise<void>((resolve) => {
          if (!name) return resolve();
          const request = indexedDB.deleteDatabase(name);
          // "blocked" is not the end: the deletion still happens once the last connection closes.
          request.onsuccess = request.onerror = () => resolve();
        }),
    ),
  );
}

async function deleteCaches(): Promise<void> {
  if (!('caches' in window)) return;
  const keys = await caches.keys();
  await Promise.all(keys.map((key) => caches.delete(key)));
}

/**
 * Tells every worker of the origin to stop downloading, delete its caches and unregister, including
 * one that arrives while this page is still here (a worker that arrives after it has gone finds no
 * page open and does not install: src/sw/precache.ts).
 */
async function tellServiceWorkersToForget(): Promise<readonly ServiceWorkerRegistration[]> {
  if (!('serviceWorker' in navigator)) return [];
  const forget = (worker: ServiceWorker | null) => worker?.postMessage({ type: 'waymark:forget' });
  const registrations = await navigator.serviceWorker.getRegistrations();
  for (const registration of registrations) {
    [registration.installing, registration.waiting, registration.active].forEach(forget);
    registration.addEventListener('updatefound', () => forget(registration.installing));
  }
  return registrations;
}

/** Unregisters; an install in progress holds this up until the worker drops it, so it is not awaited past the deadline. */
async function unregister(registrations: readonly ServiceWorkerRegistration[]): Promise<void> {
  await Promise.all(registrations.map((registration) => registration.unregister()));
}
