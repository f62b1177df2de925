// Forget this device, the worker's part: the page tells every worker of the origin (installing,
// waiting and active), which stops its downloads, deletes the caches and unregisters. An install
// in progress then fails, so the unregistration the page asked for is not left waiting on it.
import { deleteAllCaches, stopPrecaching } from './precache';

declare const self: ServiceWorkerGlobalScope;

/** Listens for the page's "forget" message. */
export function listenForForget(): void {
  self.addEventListener('message', (event) => {
    if ((event.data as { type?: unknown } | null)?.type !== 'waymark:forget') return;
    stopPrecaching();
    event.waitUntil(
      Promise.allSettled([deleteAllCaches(), self.registration.unregister()]),
    );
  });
}
