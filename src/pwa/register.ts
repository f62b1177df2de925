// Service worker registration (page side). workbox-window is loaded after first paint so it
// stays out of the first screen's JavaScript.

/** The performance mark set when the service worker says the app now works offline (memory only). */
export const OFFLINE_READY_MARK = 'waymark:offline-ready';
/** The mark set when every language and file is kept for offline use too. */
export const PRECACHE_COMPLETE_MARK = 'waymark:precache-complete';

/** Registers the service worker; calls `onUpdateReady` with an apply function when a new version waits. */
export async function registerServiceWorker(onUpdateReady: (apply: () => void) => void): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const container = navigator.serviceWorker;
  // Once the app works offline, fetch the other languages too (the worker skips what it has).
  const askForTheRest = () => container.ready.then((registration) => registration.active?.postMessage({ type: 'waymark:precache-rest' }));
  container.addEventListener('message', (event: MessageEvent<{ type?: unknown } | null>) => {
    const type = event.data?.type;
    if (type === PRECACHE_COMPLETE_MARK) performance.mark(PRECACHE_COMPLETE_MARK);
    if (type !== OFFLINE_READY_MARK) return;
    performance.mark(OFFLINE_READY_MARK);
    void askForTheRest();
  });
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    onUpdateReady(() => {
      // Reload only once the new worker controls the page, and only because the person asked.
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
  if (container.controller) void askForTheRest();
}
