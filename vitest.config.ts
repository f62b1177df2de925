import { defineConfig } from 'vitest/config';
import { directoryPlugin } from './scripts/vite-plugin-directory.ts';
import { localesPlugin } from './scripts/vite-plugin-locales.ts';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [directoryPlugin(), localesPlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/**/*.node.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'jsdom', environment: 'jsdom', include: ['test/**/*.jsdom.test.tsx'] },
      },
      {
        extends: true,
        test: {
          name: 'chromium',
          environment: 'node',
          include: ['test/**/*.chromium.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          // One Chromium at a time: the machine has two cores and each file starts its own server.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
