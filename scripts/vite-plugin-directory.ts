// Vite plugin: validates data/ at build time and serves the result through `virtual:directory`.
// Builds write it as a content-hashed JSON file that the service worker precaches and the app
// fetches after the first screen: parsing JSON costs a phone a fraction of compiling the same
// data as a script (a 640 KB script took 114 ms in Chromium with a 4x slower CPU, one long task).
// Builds also get the Open Referral export at openreferral/services.json.
import type { Plugin } from 'vite';
import type { ServiceRecord } from '../src/directory/types.ts';
import { DirectoryValidationError, dialString } from '../src/directory/validate.ts';
import {
  DATA_DIR,
  buildDirectoryBundle,
  loadValidatedServices,
  readRequiredServices,
  readTaxonomyLabels,
} from './directory-source.ts';
import { toHsdsServices } from './hsds-export.ts';

const HELPLINES_PLACEHOLDER = '<!--helplines-->';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The page's helplines (data/help-right-now.json, all checked to be open day and night), as static HTML. */
export function helplinesHtml(services: ServiceRecord[], helplines: readonly string[]): string {
  const items = helplines.flatMap((id) => {
    const service = services.find((entry) => entry.id === id);
    const phone = service?.phones.find((entry) => entry.type === 'voice');
    const dial = phone ? dialString(phone.number, phone.extension) : undefined;
    // Numbers read left to right in every script, also before the app has set the page's direction.
    return service && phone && dial ? [`<li>${escapeHtml(service.name)}: <a href="tel:${dial}" dir="ltr">${escapeHtml(phone.number)}</a></li>`] : [];
  });
  return `<section id="helplines" class="helplines" aria-labelledby="helplines-title"><h2 id="helplines-title" data-i18n="fallback.title">Free helplines, open day and night</h2><ul class="plain-list">${items.join('')}</ul></section>`;
}

/** Where the Open Referral export goes in the build output. */
export const HSDS_EXPORT_PATH = 'openreferral/services.json';

const PUBLIC_ID = 'virtual:directory';
const RESOLVED_ID = '\0virtual:directory';

/** Serves the validated directory bundle; stops the build with file, path and reason on bad data. */
export function directoryPlugin(dataDir = DATA_DIR): Plugin {
  // Validated once per build, then shared by the directory file, the page's helplines and the export.
  let services: ServiceRecord[] | undefined;
  const validated = () => (services ??= loadValidatedServices(dataDir));
  let isBuild = false;
  return {
    name: 'waymark-directory',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      services = undefined;
    },
    watchChange() {
      services = undefined;
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(dataDir);
      try {
        const bundle = JSON.stringify(buildDirectoryBundle(validated(), dataDir));
        if (!isBuild) return `export const loadDirectoryBundle = () => Promise.resolve(JSON.parse(${JSON.stringify(bundle)}));`;
        const file = this.emitFile({ type: 'asset', name: 'directory.json', source: bundle });
        return [
          'export async function loadDirectoryBundle() {',
          `  const response = await fetch(import.meta.ROLLUP_FILE_URL_${file});`,
          "  if (!response.ok) throw new Error(`directory: HTTP ${response.status}`);",
          '  return response.json();',
          '}',
        ].join('\n');
      } catch (error) {
        if (error instanceof DirectoryValidationError) this.error(error.message);
        throw error;
      }
    },
    transformIndexHtml(html) {
      // The 24/7 national helplines, written into the page itself: they show even when the
      // app or the directory fails to load.
      return html.replace(HELPLINES_PLACEHOLDER, helplinesHtml(validated(), readRequiredServices(dataDir).helplines));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HSDS_EXPORT_PATH, source: `${JSON.stringify(toHsdsServices(validated(), readTaxonomyLabels(dataDir)), null, 1)}\n` });
    },
  };
}
