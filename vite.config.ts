import { defineConfig, type UserConfig } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { directoryPlugin } from './scripts/vite-plugin-directory.ts';
import { localesPlugin } from './scripts/vite-plugin-locales.ts';
import { shellPlugin } from './scripts/vite-plugin-shell.ts';

/** Neutral on the outside (Safety rule 4, README): nothing here may say what the app is for. */
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

/** A UI language's strings, and its "Is this happening to me?" pages, are chunks of their own, named so the service worker can tell which. */
const LOCALE_SOURCE = /\/locales\/([a-z]{2,3})\.json$/;
const PAGES_SOURCE = /\/locales\/understanding\/([a-z]{2,3})\.json$/;

/** Where the service worker's source is; the bench's baseline swaps in another one. */
export interface ServiceWorkerSource {
  srcDir: string;
  filename: string;
}

/** The app's build configuration. */
export function appConfig(serviceWorker: ServiceWorkerSource = { srcDir: 'src/sw', filename: 'sw.ts' }): UserConfig {
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      target: 'es2022',
      // Sourcemaps would publish the source next to the app; not needed to run it.
      sourcemap: false,
      rolldownOptions: {
        output: {
          chunkFileNames: (chunk) => {
            const source = chunk.facadeModuleId ?? '';
            const locale = LOCALE_SOURCE.exec(source)?.[1];
            const pages = PAGES_SOURCE.exec(source)?.[1];
            if (locale) return `assets/locale-${locale}-[hash].js`;
            return pages ? `assets/pages-${pages}-[hash].js` : 'assets/[name]-[hash].js';
          },
        },
      },
    },
    plugins: [
      shellPlugin(),
      directoryPlugin(),
      localesPlugin(),
      VitePWA({
        strategies: 'injectManifest',
        ...serviceWorker,
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
  };
}

export default defineConfig(appConfig());
