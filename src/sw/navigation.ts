// Answers the app's own requests from the precache, so a cold start works offline.
import { precachedResponse } from './precache';

declare const self: ServiceWorkerGlobalScope;

/** A navigation to a file (the Open Referral export, say) is not a visit to the app. */
const FILE_PATH = /\.[a-z0-9]+$/i;

/** Navigations get the precached shell; the build's files come from the precache, else the network. */
export function servePrecached(): void {
  self.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) return;
    const isAppVisit = request.mode === 'navigate' && !FILE_PATH.test(url.pathname.replace(/\/index\.html$/, '/'));
    const key = isAppVisit ? new URL('index.html', self.registration.scope).href : url.origin + url.pathname;
    event.respondWith(precachedResponse(key).then((cached) => cached ?? fetch(request)));
  });
}
