import { precacheRest } from './precache';

declare const self: ServiceWorkerGlobalScope;

/** The page's requests: activate a waiting version (only on "Update now"), or fetch the rest of the precache. */
export function listenForPageRequests(): void {
  self.addEventListener('message', (event) => {
    const type = (event.data as { type?: unknown } | null)?.type;
    if (type === 'SKIP_WAITING') void self.skipWaiting();
    else if (type === 'waymark:precache-rest') event.waitUntil(precacheRest());
  });
}
