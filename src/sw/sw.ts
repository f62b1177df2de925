// The service worker. Each concern is in its own file; nothing here logs, reports or sends.
import { listenForForget } from './forget';
import { servePrecached } from './navigation';
import { installPrecache } from './precache';
import { listenForPageRequests } from './update';

listenForForget();
installPrecache();
servePrecached();
listenForPageRequests();
