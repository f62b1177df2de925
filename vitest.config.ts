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
        test: { name: 'unit', environment: 'node', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] },
      },
      {
        extends: true,
        test: { name: 'components', environment: 'jsdom', include: ['test/**/*.test.tsx'], exclude: ['test/e2e/**'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
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
