// Where code runs, and which way it depends: the app's modules in src/ import only from their own
// layer or the layers below (data before search, search before screens), never build-only code,
// and every test file says by its name where it runs.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/**
 * The app's layers, lowest first: a module may import from its own layer and any lower one.
 * Words and storage know nothing of the directory; the directory nothing of search; screens sit
 * on components; the shell (app.tsx) on screens; main.tsx starts it all.
 */
const LAYERS: readonly string[][] = [
  ['i18n', 'storage', 'pwa', 'understanding'],
  ['directory', 'exit'],
  ['hours'],
  ['search'],
  ['bundle'],
  ['ui-context.ts', 'navigation.ts', 'search-state.ts'],
  ['state'],
  ['components'],
  ['screens'],
  ['app.tsx'],
  ['main.tsx'],
];

/** Packages only the build uses: none of them may reach the phone. */
const BUILD_ONLY_PACKAGES = ['ajv', 'ajv-formats', 'libphonenumber-js', 'vite', 'node:'];

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

/** The layer of a path under src/: its first folder, or the file's own name at the top. */
function layerOf(path: string): number {
  const top = relative(SRC, path).split(sep)[0] ?? '';
  // An import may leave out the extension ("../ui-context").
  return LAYERS.findIndex((layer) => layer.some((entry) => entry === top || entry === `${top}.ts` || entry === `${top}.tsx`));
}

const appFiles = filesUnder(SRC, (name) => /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')).filter((path) => !relative(SRC, path).startsWith(`sw${sep}`));

function importsOf(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((match) => match[1] ?? match[2] ?? '');
}

describe('layout', () => {
  it('places every app module in a layer', () => {
    expect(appFiles.filter((path) => layerOf(path) < 0).map((path) => relative(ROOT, path))).toEqual([]);
  });

  it('imports only sideways or downward in src/', () => {
    const upward: string[] = [];
    for (const path of appFiles) {
      for (const specifier of importsOf(path)) {
        if (!specifier.startsWith('.')) continue;
        const target = normalize(join(dirname(path), specifier));
        if (!target.startsWith(SRC + sep)) continue;
        if (layerOf(target) > layerOf(path)) upward.push(`${relative(ROOT, path)} imports ${specifier}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps build-only code and packages out of the app', () => {
    const reaching: string[] = [];
    for (const path of appFiles) {
      for (const specifier of importsOf(path)) {
        const target = specifier.startsWith('.') ? relative(ROOT, normalize(join(dirname(path), specifier))) : '';
        if (target.startsWith(`scripts${sep}`) || BUILD_ONLY_PACKAGES.some((name) => specifier === name || specifier.startsWith(name.endsWith(':') ? name : `${name}/`))) {
          reaching.push(`${relative(ROOT, path)} imports ${specifier}`);
        }
      }
    }
    expect(reaching).toEqual([]);
  });

  it('names every test by where it runs', () => {
    const tests = filesUnder(join(ROOT, 'test'), (name) => /\.test\.tsx?$/.test(name)).map((path) => relative(ROOT, path));
    expect(tests.length).toBeGreaterThan(30);
    expect(tests.filter((path) => !/\.(node\.test\.ts|jsdom\.test\.tsx|chromium\.test\.ts)$/.test(path))).toEqual([]);
  });
});
