// Vite plugin for index.html: the early quick-exit script as its own classic script, the decoy
// URL from its one constant, and the Content-Security-Policy meta tag in builds.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { DECOY_URL } from '../src/exit/decoy.ts';
import { CSP_HEADER, CSP_META } from './content-security-policy.ts';

const EARLY_EXIT_TAG = '<script src="/src/exit/quick-exit.ts" data-early-exit></script>';
const EARLY_EXIT_SOURCE = fileURLToPath(new URL('../src/exit/quick-exit.ts', import.meta.url));
const EARLY_EXIT_NAME = 'exit';
const PLACEHOLDER = '<!--early-exit-->';

/** Builds the quick-exit script separately from the app bundle and wires index.html to it. */
export function shellPlugin(): Plugin {
  let isBuild = false;
  return {
    name: 'waymark-shell',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      // Its own entry chunk, so it still runs when the app bundle throws or fails to load.
      if (isBuild) this.emitFile({ type: 'chunk', id: EARLY_EXIT_SOURCE, name: EARLY_EXIT_NAME });
    },
    renderChunk(code, chunk) {
      // A classic script shares the global scope: keep the minified names inside a function.
      if (chunk.isEntry && chunk.name === EARLY_EXIT_NAME) return { code: `(()=>{${code}})();`, map: null };
      return null;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(EARLY_EXIT_TAG)) throw new Error('index.html: the early exit <script> tag is missing');
        const withDecoy = html.replaceAll('__DECOY_URL__', DECOY_URL);
        // Dev serves TypeScript as modules; the build swaps in the classic script below.
        return withDecoy.replace(EARLY_EXIT_TAG, isBuild ? PLACEHOLDER : '<script type="module" src="/src/exit/quick-exit.ts"></script>');
      },
    },
    generateBundle: {
      // After Vite has written index.html into the bundle.
      order: 'post',
      handler(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n  Content-Security-Policy: ${CSP_HEADER}\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  Permissions-Policy: interest-cohort=()\n` });
      const exitChunk = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry && item.name === EARLY_EXIT_NAME);
      const html = bundle['index.html'];
      if (!exitChunk || !html || html.type !== 'asset') return;
      html.source = String(html.source)
        .replace(PLACEHOLDER, `<script src="/${exitChunk.fileName}"></script>`)
        .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP_META}" />`);
      },
    },
  };
}
