// `npm run bench`: search relevance and per-keystroke speed, this search beside naive Fuse over
// every field, on the real directory and a synthetic one of 5,000 services, in Node and in
// Chromium with 4× CPU throttling. Prints figures; asserts nothing (budgets live in tests).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildDirectoryBundle, loadValidatedServices, readLabelsByLanguage, readNeedVocabulary, readStopwords } from '../../scripts/directory-source.ts';
import { ensureChromium } from '../../scripts/ensure-chromium.ts';
import { localesPlugin } from '../../scripts/vite-plugin-locales.ts';
import { evaluateRelevance, meanPrecision, readRelevanceSet } from '../../scripts/relevance.ts';
import { syntheticServices } from '../../scripts/synthetic-directory.ts';
import type { DirectoryBundle } from '../../src/directory/types.ts';
import { BANK_HOLIDAYS } from '../../src/hours/bank-holidays.ts';
import { DirectorySearch } from '../../src/search/search.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { CHROMIUM_ARGS } from '../e2e/support/chromium-args.ts';
import { serveDist } from '../e2e/support/static-server.ts';
import { coldStartFigures, lighthouseFigures, sessionFigures, sizeFigures, type AppFigure } from './app-figures.ts';
import { keystrokes, percentile } from './keystrokes.ts';
import { naiveSearch } from './naive-search.ts';

const SYNTHETIC_SIZE = 5000;
const CPU_THROTTLING = 4;
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
const syntheticList = syntheticServices(SYNTHETIC_SIZE, vocabulary, Object.keys(labels['en']?.audiences ?? {}));
const synthetic: DirectoryBundle = { services: syntheticList, labels, search: buildSearchIndex(vocabulary, syntheticList, readStopwords()) };
const directories: Array<[string, DirectoryBundle]> = [
  [`real (${real.services.length})`, real],
  [`synthetic (${SYNTHETIC_SIZE})`, synthetic],
];
const sequences = keystrokes();
const rows: Row[] = [];

function timeNode(bundle: DirectoryBundle, mode: 'indexed' | 'naive'): number[] {
  const times: number[] = [];
  const context = { language: 'en', now: new Date('2026-11-24T11:00:00Z'), bankHolidays: BANK_HOLIDAYS };
  const naive = mode === 'naive' ? naiveSearch(bundle.services) : undefined;
  // Built once, as the app builds it once when the directory loads.
  const engine = new DirectorySearch(bundle.search, bundle.services);
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

// The app itself, built once (production) for every figure below.
const appDist = mkdtempSync(join(tmpdir(), 'waymark-bench-app-'));
execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn', '--outDir', appDist, '--emptyOutDir'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
const chromiumPath = ensureChromium();
const appFigures: AppFigure[] = [
  ...sizeFigures(appDist),
  ...(await lighthouseFigures(appDist, chromiumPath)),
  ...(await coldStartFigures(appDist, chromiumPath)),
  ...(await sessionFigures(appDist, chromiumPath)),
];
rmSync(appDist, { recursive: true, force: true });

const work = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
try {
  await build({
    root: join(import.meta.dirname, 'page'),
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [localesPlugin()],
    build: { outDir: work, emptyOutDir: true },
  });
  writeFileSync(join(work, 'real.json'), JSON.stringify(real));
  writeFileSync(join(work, 'synthetic.json'), JSON.stringify(synthetic));
  const server = await serveDist(work);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.goto(`${server.origin}/index.html`);
    await page.waitForFunction(() => 'runBench' in window);
    type BenchWindow = Record<'runBench' | 'runSearchOnly', (file: string, mode: string, typed: string[][]) => Promise<number[]>>;
    for (const [name, file] of [[directories[0]?.[0] ?? '', 'real.json'], [directories[1]?.[0] ?? '', 'synthetic.json']] as const) {
      for (const [runner, label] of [
        ['runSearchOnly', 'search only'],
        ['runBench', 'search + render + layout'],
      ] as const) {
        for (const mode of ['indexed', 'naive'] as const) {
          const times = await page.evaluate(
            ([fn, url, engine, typed]) => (window as unknown as BenchWindow)[fn](url, engine, typed),
            [runner, `/${file}`, mode, sequences] as const,
          );
          rows.push({ directory: name, environment: `Chromium ${CPU_THROTTLING}× slower CPU, ${label}`, engine: mode, times });
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log('\nThe app (one production build):\n');
console.log('| figure | Waymark | baseline, same run | ratio |');
console.log('| --- | --- | --- | --- |');
for (const figure of appFigures) console.log(`| ${figure.name} | ${figure.value} | ${figure.baseline ?? ''} | ${figure.ratio ?? ''} |`);

const relevance = evaluateRelevance(real, readRelevanceSet());
console.log(`\nSearch relevance: precision@3 = ${meanPrecision(relevance).toFixed(3)} over ${relevance.length} queries in ${new Set(relevance.map((q) => q.lang)).size} languages`);
console.log(`Per keystroke (ms), ${sequences.flat().length} keystrokes per run:\n`);
console.log('| directory | where | engine | p50 | p95 | p95 naive ÷ p95 indexed |');
console.log('| --- | --- | --- | ---: | ---: | ---: |');
for (const row of rows) {
  const naive = rows.find((other) => other.directory === row.directory && other.environment === row.environment && other.engine === 'naive');
  const ratio = row.engine === 'indexed' && naive ? `${(percentile(naive.times, 95) / percentile(row.times, 95)).toFixed(1)}×` : '';
  console.log(`| ${row.directory} | ${row.environment} | ${row.engine === 'indexed' ? 'Waymark (build-time index)' : 'naive Fuse, every field'} | ${percentile(row.times, 50).toFixed(2)} | ${percentile(row.times, 95).toFixed(2)} | ${ratio} |`);
}
