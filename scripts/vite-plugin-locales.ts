// Vite plugin for the locales: `virtual:locales`, the list of UI languages read from
// locales/*.json at build time (code, own name, direction, reviewed or not), so the picker needs
// no locale file loaded; and the area names added to each locale as it is imported.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { DATA_DIR } from './directory-source.ts';

const PUBLIC_ID = 'virtual:locales';
const RESOLVED_ID = '\0virtual:locales';

/** The repository's locales folder. */
export const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');

/** What the language picker shows for one locale. */
export interface LocaleInfo {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  reviewed: boolean;
}

/** Reads the meta block of every locale file, English first, then by code. */
export function readLocaleList(dir = LOCALES_DIR): LocaleInfo[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const code = file.replace(/\.json$/, '');
      const meta = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { meta?: Partial<LocaleInfo> }).meta;
      if (!meta?.name || (meta.dir !== 'ltr' && meta.dir !== 'rtl') || typeof meta.reviewed !== 'boolean') {
        throw new Error(`locales/${file}: $.meta: needs name, dir ("ltr" or "rtl") and reviewed (true or false)`);
      }
      return { code, name: meta.name, dir: meta.dir, reviewed: meta.reviewed };
    })
    .sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code.localeCompare(b.code)));
}

const LOCALE_FILE = /[\\/]locales[\\/]([a-z]{2,3})\.json$/;

interface AreaTaxonomy {
  areas: Array<{ code: string; label: Record<string, string> }>;
}

/**
 * The area names in one language, from data/taxonomy/areas.json: added to the locale's strings
 * at build time so the borough choice on the first screen needs no directory (the names live
 * only in the taxonomy).
 */
export function areaLabels(code: string, dataDir = DATA_DIR): Record<string, string> {
  const { areas } = JSON.parse(readFileSync(join(dataDir, 'taxonomy', 'areas.json'), 'utf8')) as AreaTaxonomy;
  return Object.fromEntries(areas.map((area) => [area.code, area.label[code] ?? area.label['en'] ?? area.code]));
}

/** Serves `virtual:locales`, and adds the area names to each locale file as it is imported. */
export function localesPlugin(dataDir = DATA_DIR): Plugin {
  return {
    name: 'waymark-locales',
    // Before Vite's JSON plugin turns the file into a module.
    enforce: 'pre',
    transform(code, id) {
      const locale = LOCALE_FILE.exec(id)?.[1];
      if (!locale) return undefined;
      this.addWatchFile(join(dataDir, 'taxonomy', 'areas.json'));
      const strings = JSON.parse(code) as Record<string, unknown>;
      return { code: JSON.stringify({ ...strings, areas: areaLabels(locale, dataDir) }), map: null };
    },
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(readLocaleList())};`;
    },
  };
}
