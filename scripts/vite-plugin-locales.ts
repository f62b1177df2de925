// Vite plugin: `virtual:locales`, the list of UI languages read from locales/*.json at build
// time (code, own name, direction, reviewed or not), so the picker needs no locale file loaded.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

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

/** Serves `virtual:locales`. */
export function localesPlugin(): Plugin {
  return {
    name: 'waymark-locales',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(readLocaleList())};`;
    },
  };
}
