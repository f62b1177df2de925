// The build itself refuses bad data: a broken file stops `vite build` with the file and reason.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { DATA_DIR, loadValidatedServices } from '../../scripts/directory-source.ts';
import type { DirectoryCore, RegionPack } from '../../src/bundle/directory-bundle.ts';
import { directoryPlugin } from '../../scripts/vite-plugin-directory.ts';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of data/ plus a throwaway entry module that imports the directory. */
function fixture(): { dataDir: string; root: string } {
  const root = mkdtempSync(join(tmpdir(), 'waymark-build-'));
  made.push(root);
  const dataDir = join(root, 'data');
  cpSync(DATA_DIR, dataDir, { recursive: true });
  writeFileSync(join(root, 'entry.js'), "import { loadDirectoryCore } from 'virtual:directory';\nloadDirectoryCore().then((core) => console.log(core.services.length));\n");
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
  it('builds the real data into a core file and one pack per borough, every service kept', async () => {
    const paths = fixture();
    const output = [(await buildWith(paths)) as Rollup.RollupOutput | Rollup.RollupOutput[]].flat();
    const assets = output.flatMap((result) => result.output).filter((file): file is Rollup.OutputAsset => file.type === 'asset');
    const cores = assets.filter((file) => /(^|\/)directory(-[\w-]+)?\.json$/.test(file.fileName));
    expect(cores).toHaveLength(1);
    const core = JSON.parse(String(cores[0]?.source)) as DirectoryCore;
    const packs = assets.filter((file) => /(^|\/)region-[\w-]+\.json$/.test(file.fileName)).map((file) => JSON.parse(String(file.source)) as RegionPack);
    const records = loadValidatedServices(paths.dataDir);
    expect(packs.map((pack) => pack.area).sort()).toEqual(['hammersmith-fulham', 'kensington-chelsea', 'wandsworth', 'westminster']);
    // Everyone gets London-wide and national services; a borough pack holds only that borough's own.
    expect(core.services.every((service) => service.areas.includes('london') || service.areas.includes('uk'))).toBe(true);
    for (const pack of packs) expect(pack.services.every((service) => service.areas.includes(pack.area) && !service.areas.includes('london') && !service.areas.includes('uk')), pack.area).toBe(true);
    const kept = new Set([...core.services, ...packs.flatMap((pack) => pack.services)].map((service) => service.id));
    expect([...kept].sort()).toEqual(records.map((service) => service.id).sort());
    expect(core.vocabulary.needs.length).toBeGreaterThan(0);
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
