// Waymark exactly as built, but with the service worker it had before issue 17: Workbox's default
// precache, one file at a time, installed only when all have arrived. `npm run bench` times a slow
// first visit against it, so "offline-ready sooner" is measured on the same files.
import { defineConfig } from 'vite';
import { appConfig } from '../../../vite.config.ts';

export default defineConfig(appConfig({ srcDir: 'test/bench/baseline', filename: 'sw.ts' }));
