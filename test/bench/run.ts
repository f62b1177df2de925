// `npm run bench`: one table of the built app's figures (sizes, Lighthouse, offline cold start,
// quick exit, heap, search per keystroke), each beside a baseline built and measured in the same
// run; then search relevance and per-keystroke speed in detail, this search beside naive Fuse
// over every field, on the real directory and a synthetic one of 5,000 services, in Node and in
// Chromium with 4× CPU throttling. Prints figures; asserts nothing (budgets live in tests).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildDirectoryBundle, buildDirectoryPacks, loadValidatedServices, readAreas, readHelpNowLines, readLabelsByLanguage, readNeedVocabulary, readSearchVocabulary } from '../../scripts/directory-source.ts';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';
import { directoryPlugin } from '../../scripts/vite-plugin-directory.ts';
import { localesPlugin } from '../../scripts/vite-plugin-locales.ts';
import { evaluateRelevance, meanPrecision, precisionBy, readRelevanceSet } from '../../scripts/relevance.ts';
import { syntheticServices } from '../../scripts/synthetic-directory.ts';
import type { DirectoryBundle, RegionPack } from '../../src/bundle/directory-bundle.ts';
import { mergeRegions } from '../../src/bundle/merge-regions.ts';
import { BANK_HOLIDAYS } from '../../src/hours/bank-holidays.ts';
import { DirectorySearch } from '../../src/search/search.ts';
import { buildSearchIndex, nameWordsOf } from '../../src/search/search-index.ts';
import { CHROMIUM_ARGS } from '../e2e/support/chromium-args.ts';
import { serveDist } from '../e2e/support/static-server.ts';
import { coldStartFigures, firstVisitFigures, lighthouseFigures, sessionFigures, sizeFigures, type AppFigure } from './app-figures.ts';
import { keystrokes, percentile } from './keystrokes.ts';
import { naiveSearch } from './naive-search.ts';
import { CPU_THROTTLING, PHONE_VIEWPORT, slowCpuLikeAPhone } from './phone.ts';

const SYNTHETIC_SIZE = 5000;
const ROUNDS = 3;
// Naive Fuse over 5,000 services takes most of a second a keystroke: one round is enough to see it.
const NAIVE_ROUNDS = 1;

interface Row {
  directory: string;
  environment: string;
  engine: string;
  times: number[];
}

const real = buildDirectoryBundle(loadValidatedServices());
const labels = readLabelsByLanguage();
const vocabulary = readNeedVocabulary();
const syntheticList = syntheticServices(SYNTHETIC_SIZE, vocabulary, Object.keys(labels['en']?.audiences ?? {}), readAreas().map((area) => area.code));
const synthetic: DirectoryBundle = { services: syntheticList, labels, topics: real.topics, publisher: real.publisher, search: buildSearchIndex(readSearchVocabulary(), syntheticList), helpNow: readHelpNowLines(), regions: [] };

// A London-wide directory as the phone would hold it: the real core (vocabulary, London-wide and
// national services) and 33 borough packs of 150 synthetic services each; a person has one loaded.
const LONDON_BOROUGHS = 33;
const PER_BOROUGH = 150;
const realPacks = buildDirectoryPacks(loadValidatedServices());
const londonPacks: RegionPack[] = Array.from({ length: LONDON_BOROUGHS }, (_, index) => {
  const area = `borough-${String(index + 1).padStart(2, '0')}`;
  const services = syntheticServices(PER_BOROUGH, vocabulary, Object.keys(labels['en']?.audiences ?? {}), [area], 1000 + index).map((service) => ({ ...service, id: `${area}-${service.id}` }));
  return { area, services, nameWords: services.map(nameWordsOf) };
});
const oneBorough = mergeRegions(realPacks.core, londonPacks.slice(0, 1));
const packBytes = londonPacks.map((pack) => gzipSync(JSON.stringify(pack)).length).sort((a, b) => a - b);
const londonName = `London-wide synthetic (${LONDON_BOROUGHS}×${PER_BOROUGH}), one borough loaded (${oneBorough.services.length})`;
const directories: Array<[string, DirectoryBundle]> = [
  [`real (${real.services.length})`, real],
  [`synthetic (${SYNTHETIC_SIZE})`, synthetic],
  [londonName, oneBorough],
];
const sequences = keystrokes();
const rows: Row[] = [];

function timeNode(bundle: DirectoryBundle, mode: 'indexed' | 'naive'): number[] {
  const times: number[] = [];
  const context = { language: 'en', now: new Date('2026-11-24T11:00:00Z'), bankHolidays: BANK_HOLIDAYS };
  const naive = mode === 'naive' ? naiveSearch(bundle.services) : undefined;
  // Built once, as the app builds it once when the directory loads.
  const engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
  for (let round = 0; round < (naive ? NAIVE_ROUNDS : ROUNDS); round += 1) {
    for (const prefixes of sequences) {
      for (const query of prefixes) {
        const start = performance.now();
        if (naive) naive(query);
        else engine.search({ query, needs: [], filters: {}, limit: 20 }, context);
        times.push(performance.now() - start);
      }
    }
  }
  return times;
}

for (const [name, bundle] of directories) {
  for (const mode of ['indexed', 'naive'] as const) rows.push({ directory: name, environment: 'Node', engine: mode, times: timeNode(bundle, mode) });
}

/** A production build into a new temporary folder, in its own process as `npm run build` does it. */
function productionBuild(configFile?: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'waymark-bench-app-'));
  execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir', ...(configFile ? ['--config', configFile] : [])], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}

// The app and the baseline, each built once for every figure of the app table.
const builds = {
  app: productionBuild(),
  baseline: productionBuild(join(import.meta.dirname, 'baseline', 'vite.config.ts')),
  sequentialPrecache: productionBuild(join(import.meta.dirname, 'baseline', 'sequential-precache.config.ts')),
};
const chromiumPath = ensureChromium();
const appFigures: AppFigure[] = [];
try {
  appFigures.push(
    ...sizeFigures(builds),
    ...(await lighthouseFigures(builds, chromiumPath)),
    ...(await coldStartFigures(builds, chromiumPath)),
    ...(await firstVisitFigures(builds, chromiumPath)),
    ...(await sessionFigures(builds, chromiumPath)),
  );
} finally {
  rmSync(builds.app, { recursive: true, force: true });
  rmSync(builds.baseline, { recursive: true, force: true });
  rmSync(builds.sequentialPrecache, { recursive: true, force: true });
}

let switchTimes: number[] = [];
const work = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
try {
  await build({
    root: join(import.meta.dirname, 'page'),
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [directoryPlugin(), localesPlugin()],
    build: { outDir: work, emptyOutDir: true },
  });
  writeFileSync(join(work, 'real.json'), JSON.stringify(real));
  writeFileSync(join(work, 'synthetic.json'), JSON.stringify(synthetic));
  writeFileSync(join(work, 'london-one.json'), JSON.stringify(oneBorough));
  writeFileSync(join(work, 'london-core.json'), JSON.stringify(realPacks.core));
  for (const pack of londonPacks) writeFileSync(join(work, `london-${pack.area}.json`), JSON.stringify(pack));
  const server = await serveDist(work);
  // --expose-gc: each timed round starts from a collected heap, so no round pays for the garbage
  // an earlier one left (naive Fuse leaves a lot), which moved p95 by several milliseconds.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
  try {
    // A phone's screen: cards below the fold are not laid out until scrolled near, as on a phone.
    const page = await browser.newPage({ viewport: PHONE_VIEWPORT });
    await slowCpuLikeAPhone(page);
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => 'runBench' in window);
    type BenchWindow = Record<'runBench' | 'runSearchOnly', (file: string, mode: string, typed: string[][]) => Promise<number[]>>;
    const run = (runner: keyof BenchWindow, file: string, mode: 'indexed' | 'naive') =>
      page.evaluate(([fn, url, engine, typed]) => (window as unknown as BenchWindow)[fn](url, engine, typed), [runner, `/${file}`, mode, sequences] as const);
    for (const [name, file] of [[directories[0]?.[0] ?? '', 'real.json'], [directories[1]?.[0] ?? '', 'synthetic.json'], [londonName, 'london-one.json']] as const) {
      for (const [runner, label] of [
        ['runSearchOnly', 'search only'],
        ['runBench', 'search + render + layout'],
      ] as const) {
        for (const mode of ['indexed', 'naive'] as const) {
          const rounds = mode === 'naive' ? NAIVE_ROUNDS : ROUNDS;
          // The first pass compiles the code and creates the cards: a person typing meets that once.
          if (mode === 'indexed') await run(runner, file, mode);
          const times: number[] = [];
          for (let round = 0; round < rounds; round += 1) {
            await page.evaluate(() => (window as unknown as { gc: () => void }).gc());
            times.push(...(await run(runner, file, mode)));
          }
          rows.push({ directory: name, environment: `Chromium ${CPU_THROTTLING}× slower CPU, ${label}`, engine: mode, times });
        }
      }
    }
    // Switching borough: one warm-up, then every other borough in turn.
    type SwitchWindow = { runSwitch: (core: string, packs: string[], query: string) => Promise<number[]> };
    const packUrls = londonPacks.map((pack) => `/london-${pack.area}.json`);
    await page.evaluate(([core, packs]) => (window as unknown as SwitchWindow).runSwitch(core, packs, 'refuge'), ['/london-core.json', packUrls.slice(0, 3)] as const);
    switchTimes = await page.evaluate(([core, packs]) => (window as unknown as SwitchWindow).runSwitch(core, packs, 'refuge'), ['/london-core.json', packUrls] as const);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const keystrokeRow = (directory: string, engine: 'indexed' | 'naive') =>
  rows.find((row) => row.directory === directory && row.environment.endsWith('search + render + layout') && row.engine === engine)?.times ?? [];
for (const [name] of directories) {
  const ours = percentile(keystrokeRow(name, 'indexed'), 95);
  const naive = percentile(keystrokeRow(name, 'naive'), 95);
  appFigures.push({
    name: `search per keystroke, ${name} services, p95 (Chromium ${CPU_THROTTLING}× slower CPU, search + render + layout)`,
    value: `${ours.toFixed(1)} ms`,
    baseline: `${naive.toFixed(1)} ms (naive Fuse, every field)`,
    ratio: `${(naive / ours).toFixed(1)}× faster`,
  });
}

appFigures.push(
  {
    name: `one borough's region pack, gzip (${LONDON_BOROUGHS} synthetic packs of ${PER_BOROUGH} services: median, largest; target ≤ 150 KB)`,
    value: `${(percentile(packBytes, 50) / 1024).toFixed(1)} KB, ${((packBytes.at(-1) ?? 0) / 1024).toFixed(1)} KB`,
    baseline: `${(gzipSync(JSON.stringify(mergeRegions(realPacks.core, londonPacks))).length / 1024).toFixed(0)} KB (all ${LONDON_BOROUGHS} boroughs in one file)`,
    ratio: '',
  },
  {
    name: `switch borough: fetch its pack, merge, index, search and render (Chromium ${CPU_THROTTLING}× slower CPU, ${switchTimes.length} switches; target ≤ 300 ms)`,
    value: `p50 ${percentile(switchTimes, 50).toFixed(0)} ms, p95 ${percentile(switchTimes, 95).toFixed(0)} ms`,
    baseline: '',
    ratio: '',
  },
);

console.log('\nWaymark beside the baseline, both built and measured in this run (baseline: the same app with no');
console.log('code splitting and the search index built on the phone; for quick exit, a plain redirect):\n');
console.log('| figure | Waymark | baseline | ratio |');
console.log('| --- | --- | --- | --- |');
for (const figure of appFigures) console.log(`| ${figure.name} | ${figure.value} | ${figure.baseline} | ${figure.ratio} |`);

console.log('\nSearch relevance, precision@3, in two halves (tuning: looked at while tuning; held-out: written first, never tuned on):\n');
const halves = (['tuning', 'held-out'] as const).map((half) => ({ half, outcomes: evaluateRelevance(buildDirectoryPacks(loadValidatedServices()), readRelevanceSet(half)) }));
for (const { half, outcomes } of halves) console.log(`- ${half}: ${meanPrecision(outcomes).toFixed(3)} over ${outcomes.length} queries in ${new Set(outcomes.map((q) => q.lang)).size} languages`);
for (const key of ['category', 'lang'] as const) {
  const groups = [...new Set(halves.flatMap(({ outcomes }) => precisionBy(outcomes, key).map((row) => row.group)))].sort();
  console.log(`\n| ${key === 'category' ? 'category' : 'language'} | tuning | held-out |\n| --- | ---: | ---: |`);
  for (const group of groups) {
    const cells = halves.map(({ outcomes }) => precisionBy(outcomes, key).find((row) => row.group === group)).map((row) => (row ? `${row.precision.toFixed(2)} (${row.queries})` : '–'));
    console.log(`| ${group} | ${cells.join(' | ')} |`);
  }
}
console.log('');
console.log(`Per keystroke (ms), ${sequences.flat().length} keystrokes a round; Waymark ${ROUNDS} rounds after one warm-up, naive ${NAIVE_ROUNDS}; Chromium at ${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height}:\n`);
console.log('| directory | where | engine | p50 | p95 | p95 naive ÷ p95 indexed |');
console.log('| --- | --- | --- | ---: | ---: | ---: |');
for (const row of rows) {
  const naive = rows.find((other) => other.directory === row.directory && other.environment === row.environment && other.engine === 'naive');
  const ratio = row.engine === 'indexed' && naive ? `${(percentile(naive.times, 95) / percentile(row.times, 95)).toFixed(1)}×` : '';
  console.log(`| ${row.directory} | ${row.environment} | ${row.engine === 'indexed' ? 'Waymark (build-time index)' : 'naive Fuse, every field'} | ${percentile(row.times, 50).toFixed(2)} | ${percentile(row.times, 95).toFixed(2)} | ${ratio} |`);
}
