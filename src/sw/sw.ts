// The service worker. Each concern is in its own file; nothing here logs, reports or sends.
import { routeNavigationsToShell } from './navigation';
import { installPrecache } from './precache';
import { listenForSkipWaiting } from './update';

installPrecache();
routeNavigationsToShell();
listenForSkipWaiting();
