import { createHandlerBoundToURL } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** Answers every navigation with the precached shell, so a cold start works offline. */
export function routeNavigationsToShell(): void {
  registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));
}
