// Service worker registration (page side). workbox-window is loaded after first paint so it
// stays out of the first screen's JavaScript.

/** Registers the service worker; calls `onUpdateReady` with an apply function when a new version waits. */
export async function registerServiceWorker(onUpdateReady: (apply: () => void) => void): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
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
}
