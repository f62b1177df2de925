// Forget this device (DESIGN.md §2): remove everything the app can remove, then leave for the
// decoy. Never reloads the app afterwards: that would create storage again.

/** Closes the app's own IndexedDB connections so their databases can be deleted. */
export type CloseConnections = () => Promise<void> | void;

/** Removes every trace the origin can remove, then leaves through quick exit. */
export async function forgetThisDevice(closeConnections: CloseConnections): Promise<void> {
  window.waymarkBlank?.();
  // Each step runs even if an earlier one fails: a partial clean is better than none.
  await settle(closeConnections);
  await settle(() => localStorage.clear());
  await settle(() => sessionStorage.clear());
  await settle(clearCookies);
  await settle(deleteDatabases);
  await settle(deleteCaches);
  await settle(unregisterServiceWorkers);
  window.waymarkExit?.();
}

async function settle(step: () => unknown): Promise<void> {
  try {
    await step();
  } catch {
    // Nothing to report to: the next step still runs.
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
          request.onsuccess = request.onerror = request.onblocked = () => resolve();
        }),
    ),
  );
}

async function deleteCaches(): Promise<void> {
  if (!('caches' in window)) return;
  const keys = await caches.keys();
  await Promise.all(keys.map((key) => caches.delete(key)));
}

async function unregisterServiceWorkers(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
}
