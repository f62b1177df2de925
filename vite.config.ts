import { defineConfig } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { directoryPlugin } from './scripts/vite-plugin-directory.ts';
import { localesPlugin } from './scripts/vite-plugin-locales.ts';
import { shellPlugin } from './scripts/vite-plugin-shell.ts';

/** Neutral on the outside (DESIGN.md §2 rule 4): nothing here may say what the app is for. */
const NEUTRAL_MANIFEST: Partial<ManifestOptions> = {
  name: 'Waymark',
  short_name: 'Waymark',
  description: 'Waymark',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  background_color: '#f4f1ea',
  theme_color: '#f4f1ea',
  // A plain marker shape: no words, no symbol that hints at the app's purpose.
  icons: [
    { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    { src: '/icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
    { src: '/icon-monochrome.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'monochrome' },
  ],
};

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    // Sourcemaps would publish the source next to the app; not needed to run it.
    sourcemap: false,
  },
  plugins: [
    shellPlugin(),
    directoryPlugin(),
    localesPlugin(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest: NEUTRAL_MANIFEST,
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        // The Open Referral export is for other directories, not for the app on the phone.
        globIgnores: ['openreferral/**'],
      },
      devOptions: { enabled: false },
    }),
  ],
});
