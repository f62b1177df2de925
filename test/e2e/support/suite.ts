// One Chromium and one server over the built app for a test file, closed after it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveDist, type StaticServer } from './static-server.ts';

/** What a test file uses: read them inside tests (they are set in beforeAll). */
export interface Suite {
  browser: Browser;
  server: StaticServer;
}

/** Starts Chromium and a server before the file's tests and stops both after them. */
export function useBrowserAndServer(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.browser = await launchChromium();
    suite.server = await serveDist(inject('distDir'));
  });
  afterAll(async () => {
    await suite.browser.close();
    await suite.server.close();
  });
  return suite;
}
