// Vite plugin: validates data/ at build time and serves the result through `virtual:directory`.
// Builds write it as a content-hashed JSON file that the service worker precaches and the app
// fetches after the first screen: parsing JSON costs a phone a fraction of compiling the same
// data as a script (a 640 KB script took 114 ms in Chromium with a 4x slower CPU, one long task).
// Builds also get the Open Referral export under openreferral/, served as an Open Referral UK API would.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { phoneHref } from '../src/directory/format.ts';
import type { HelpNowLine, ServiceRecord } from '../src/directory/types.ts';
import { DirectoryValidationError, dialString } from './directory/validate.ts';
import {
  DATA_DIR,
  buildDirectoryPacks,
  loadValidatedServices,
  readAreas,
  readRequiredServices,
  readTaxonomyLabels,
} from './directory-source.ts';
import { openReferralFiles } from './hsds-export.ts';

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
    return phone ? [`<li>${escapeHtml(name)}: <a href="${phoneHref(phone)}" dir="ltr">${escapeHtml(phone.number)}</a></li>`] : [];
  });
  return `<details id="helplines" class="helplines"><summary data-i18n="home.helpNow">Help right now</summary><p data-i18n="fallback.title">Free helplines, open day and night</p><ul class="plain-list">${items.join('')}</ul></details>`;
}

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
        return `export default ${JSON.stringify(readAreas(dataDir))};`;
      }
      if (id === RESOLVED_HELP_NOW_ID) {
        this.addWatchFile(join(dataDir, 'help-right-now.json'));
        return `export default ${JSON.stringify(pageLines())};`;
      }
      if (id !== RESOLVED_ID) return undefined;
      // Files, not the folder: in a browser environment Vite would take a watched folder for an import.
      for (const file of readdirSync(dataDir, { recursive: true, withFileTypes: true })) if (file.isFile()) this.addWatchFile(join(file.parentPath, file.name));
      try {
        const { core, packs } = buildDirectoryPacks(validated(), dataDir);
        const areas = JSON.stringify(packs.map((pack) => pack.area));
        if (!isBuild) {
          const byArea = Object.fromEntries(packs.map((pack) => [pack.area, JSON.stringify(pack)]));
          return [
            `export const REGION_PACKS = ${areas};`,
            `export const loadDirectoryCore = () => Promise.resolve(JSON.parse(${JSON.stringify(JSON.stringify(core))}));`,
            `const packs = ${JSON.stringify(byArea)};`,
            'export const loadRegionPack = (area) => Promise.resolve(JSON.parse(packs[area]));',
          ].join('\n');
        }
        // Each its own content-hashed file: the service worker precaches them all, the phone reads only those it needs.
        const coreFile = this.emitFile({ type: 'asset', name: 'directory.json', source: JSON.stringify(core) });
        const packFiles = packs.map((pack) => `${JSON.stringify(pack.area)}: import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `region-${pack.area}.json`, source: JSON.stringify(pack) })}`);
        return [
          'async function fetchJson(url) {',
          '  const response = await fetch(url);',
          "  if (!response.ok) throw new Error(`directory: HTTP ${response.status}`);",
          '  return response.json();',
          '}',
          `export const REGION_PACKS = ${areas};`,
          `export const loadDirectoryCore = () => fetchJson(import.meta.ROLLUP_FILE_URL_${coreFile});`,
          `const packs = { ${packFiles.join(', ')} };`,
          'export const loadRegionPack = (area) => fetchJson(packs[area]);',
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
      for (const file of openReferralFiles(validated(), readTaxonomyLabels(dataDir))) this.emitFile({ type: 'asset', ...file });
    },
  };
}
