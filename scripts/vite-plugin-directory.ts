// Vite plugin: validates data/ at build time and serves the result through `virtual:directory`.
// Builds write it as a content-hashed JSON file that the service worker precaches and the app
// fetches after the first screen: parsing JSON costs a phone a fraction of compiling the same
// data as a script (a 640 KB script took 114 ms in Chromium with a 4x slower CPU, one long task).
// Builds also get the Open Referral export at openreferral/services.json.
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { HelpNowLine, ServiceRecord } from '../src/directory/types.ts';
import { DirectoryValidationError, dialString } from './directory/validate.ts';
import {
  DATA_DIR,
  buildDirectoryBundle,
  loadValidatedServices,
  readAreas,
  readRequiredServices,
  readTaxonomyLabels,
} from './directory-source.ts';
import { toHsdsServices } from './hsds-export.ts';

const HELPLINES_PLACEHOLDER = '<!--helplines-->';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * "Help right now": the emergency route, then the page helplines (data/help-right-now.json, all
 * checked to be open day and night), with every number they publish for the UK, ready to dial.
 */
export function helpNowLines(services: ServiceRecord[], emergency: string, helplines: readonly string[]): HelpNowLine[] {
  return [emergency, ...helplines].flatMap((id) => {
    const service = services.find((entry) => entry.id === id);
    if (!service) return [];
    const phones = service.phones.flatMap((phone) => {
      const dial = phone.role === 'from-abroad' ? undefined : dialString(phone.number, phone.extension);
      return dial ? [{ ...phone, dial }] : [];
    });
    return [{ id: service.id, name: service.name, description: service.description, phones }];
  });
}

/**
 * The same lines as static HTML in the page itself, for when the app cannot run: behind a
 * neutral "Help right now" so no service is named in view before it is opened.
 */
export function helplinesHtml(lines: readonly HelpNowLine[]): string {
  const items = lines.flatMap(({ name, phones }) => {
    const phone = phones.find((entry) => entry.type === 'voice');
    // Numbers read left to right in every script, also before the app has set the page's direction.
    return phone ? [`<li>${escapeHtml(name)}: <a href="tel:${phone.dial}" dir="ltr">${escapeHtml(phone.number)}</a></li>`] : [];
  });
  return `<details id="helplines" class="helplines"><summary data-i18n="home.helpNow">Help right now</summary><p data-i18n="fallback.title">Free helplines, open day and night</p><ul class="plain-list">${items.join('')}</ul></details>`;
}

/** Where the Open Referral export goes in the build output. */
export const HSDS_EXPORT_PATH = 'openreferral/services.json';

const PUBLIC_ID = 'virtual:directory';
const RESOLVED_ID = '\0virtual:directory';
const HELP_NOW_ID = 'virtual:help-now';
const RESOLVED_HELP_NOW_ID = '\0virtual:help-now';
const AREAS_ID = 'virtual:areas';
const RESOLVED_AREAS_ID = '\0virtual:areas';

/** Serves the validated directory bundle; stops the build with file, path and reason on bad data. */
export function directoryPlugin(dataDir = DATA_DIR): Plugin {
  // Validated once per build, then shared by the directory file, the page's helplines and the export.
  let services: ServiceRecord[] | undefined;
  const validated = () => (services ??= loadValidatedServices(dataDir));
  const pageLines = () => {
    const required = readRequiredServices(dataDir);
    return helpNowLines(validated(), required.emergency, required.helplines);
  };
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
      if (id === HELP_NOW_ID) return RESOLVED_HELP_NOW_ID;
      if (id === AREAS_ID) return RESOLVED_AREAS_ID;
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id === RESOLVED_AREAS_ID) {
        this.addWatchFile(join(dataDir, 'taxonomy', 'areas.json'));
        return `export default ${JSON.stringify(readAreas(dataDir).map(({ code, kind }) => ({ code, kind })))};`;
      }
      if (id === RESOLVED_HELP_NOW_ID) {
        this.addWatchFile(join(dataDir, 'help-right-now.json'));
        return `export default ${JSON.stringify(pageLines())};`;
      }
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
      return html.replace(HELPLINES_PLACEHOLDER, helplinesHtml(pageLines()));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HSDS_EXPORT_PATH, source: `${JSON.stringify(toHsdsServices(validated(), readTaxonomyLabels(dataDir)), null, 1)}\n` });
    },
  };
}
