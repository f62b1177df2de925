// The build itself refuses bad data: a broken file stops `vite build` with the file and reason.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { DATA_DIR, loadValidatedServices } from '../../scripts/directory-source.ts';
import type { DirectoryBundle } from '../../src/bundle/directory-bundle.ts';
import { directoryPlugin } from '../../scripts/vite-plugin-directory.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ plus a throwaway entry module that imports the directory. */
function fixture(): { dataDir: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'waymark-build-'));
  made.push(root);
  const dataDir = join(root, 'data');
  cpSync(DATA_DIR, dataDir, { recursive: true });
  writeFileSync(join(root, 'entry.js'), "import { loadDirectoryBundle } from 'virtual:directory';\nloadDirectoryBundle().then((directory) => console.log(directory.services.length));\n");
  return { dataDir, root };
}

function buildWith({ dataDir, root }: { dataDir: string; root: string }) {
  return build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [directoryPlugin(dataDir)],
    build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'entry' } },
  });
}

describe('directory build plugin', () => {
  it('builds the real data into one JSON file, every service kept', async () => {
    const paths = fixture();
    const output = [(await buildWith(paths)) as Rollup.RollupOutput | Rollup.RollupOutput[]].flat();
    const files = output.flatMap((result) => result.output).filter((file) => /(^|\/)directory(-[\w-]+)?\.json$/.test(file.fileName));
    expect(files).toHaveLength(1);
    const file = files[0];
    const bundle = JSON.parse(file?.type === 'asset' ? String(file.source) : '') as DirectoryBundle;
    expect(bundle.services.map((service) => service.id)).toEqual(loadValidatedServices(paths.dataDir).map((service) => service.id));
    expect(bundle.search.needs.length).toBeGreaterThan(0);
  });

  it('stops the build when a data file does not parse, naming the file and the reason', async () => {
    const paths = fixture();
    writeFileSync(join(paths.dataDir, 'services', 'broken-line.json'), '{ "id": "broken-line",\n  "name": }');
    await expect(buildWith(paths)).rejects.toThrow(/services\/broken-line\.json: \$: not valid JSON: .*\(line 2, column \d+\)/);
  });

  it('stops the build on a rule broken inside a valid JSON file', async () => {
    const paths = fixture();
    writeFileSync(join(paths.dataDir, 'services', 'wrong-number.json'), JSON.stringify({ id: 'wrong-number' }));
    await expect(buildWith(paths)).rejects.toThrow(/services\/wrong-number\.json: \$: missing required field "name"/);
  });
});
