declare const self: ServiceWorkerGlobalScope;

/** Lets the page activate a waiting version, only when the person chose "Update now". */
export function listenForSkipWaiting(): void {
  self.addEventListener('message', (event) => {
    if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
  });
}
