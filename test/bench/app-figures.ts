// Figures of the built app for `npm run bench`, each beside the same figure for a baseline built
// in the same run (test/bench/baseline/vite.config.ts: no code splitting, search index built on
// the phone): sizes, Lighthouse, offline cold start, quick-exit latency and JS heap.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { DECOY_URL } from '../../src/exit/decoy.ts';
import { CHROMIUM_ARGS } from '../e2e/support/chromium-args.ts';
import { runLighthouse, type LighthouseFigures } from '../e2e/support/lighthouse.ts';
import { serveDist, type Throttle } from '../e2e/support/static-server.ts';
import { percentile } from './keystrokes.ts';
import { CPU_THROTTLING, PHONE_VIEWPORT, slowCpuLikeAPhone } from './phone.ts';

/** One line of the app table: a figure, its baseline and how they compare. */
export interface AppFigure {
  name: string;
  value: string;
  baseline: string;
  ratio: string;
}

/** The two builds measured side by side. */
export interface Builds {
  app: string;
  baseline: string;
}

/** Lighthouse runs per build; the median run is reported, as its scores vary from run to run. */
const LIGHTHOUSE_RUNS = 3;
/** Quick exits timed per build (a fresh page each). */
const EXIT_RUNS = 5;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const gz = (path: string) => gzipSync(readFileSync(path)).length;
/** "4.2× smaller" or "1.3× larger": Waymark's figure against the baseline's, lower being better. */
function timesLower(value: number, baseline: number, better: string, worse: string): string {
  if (!(value > 0 && baseline > 0)) return '';
  if (value === baseline) return 'same';
  const factor = (Math.max(value, baseline) / Math.min(value, baseline)).toFixed(1);
  // Within 5 %, "1.0× sooner" would claim a difference the next run may reverse.
  if (factor === '1.0') return 'about the same';
  return `${factor}× ${value < baseline ? better : worse}`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

function buildSizes(dist: string) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstJsFiles = [...html.matchAll(/<script[^>]*src="\/([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)];
  const firstCssFiles = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)];
  // What the service worker lists: everything but the Open Referral export and host config.
  const precached = filesUnder(dist).filter((path) => !path.includes(join(dist, 'openreferral')) && !path.endsWith('_headers'));
  return {
    firstJs: firstJsFiles.reduce((sum, match) => sum + gz(join(dist, match[1] ?? '')), 0),
    firstCss: firstCssFiles.reduce((sum, match) => sum + gz(join(dist, match[1] ?? '')), 0),
    precacheRaw: precached.reduce((sum, path) => sum + statSync(path).size, 0),
    precacheGz: precached.reduce((sum, path) => sum + gz(path), 0),
  };
}

/** Sizes from the two builds: what the first screen must download, and what is kept for offline. */
export function sizeFigures({ app, baseline }: Builds): AppFigure[] {
  const ours = buildSizes(app);
  const theirs = buildSizes(baseline);
  return [
    { name: 'first-screen JS (gzip)', value: kb(ours.firstJs), baseline: kb(theirs.firstJs), ratio: timesLower(ours.firstJs, theirs.firstJs, 'smaller', 'larger') },
    { name: 'first-screen CSS (gzip)', value: kb(ours.firstCss), baseline: kb(theirs.firstCss), ratio: timesLower(ours.firstCss, theirs.firstCss, 'smaller', 'larger') },
    {
      name: 'precache, every file of the app (raw / gzip)',
      value: `${kb(ours.precacheRaw)} / ${kb(ours.precacheGz)}`,
      baseline: `${kb(theirs.precacheRaw)} / ${kb(theirs.precacheGz)}`,
      ratio: timesLower(ours.precacheGz, theirs.precacheGz, 'smaller', 'larger'),
    },
  ];
}

async function medianLighthouse(dist: string, executablePath: string): Promise<LighthouseFigures> {
  const server = await serveDist(dist);
  try {
    const runs: LighthouseFigures[] = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) runs.push(await runLighthouse(`${server.origin}/`, executablePath));
    runs.sort((a, b) => a.performance - b.performance || b.tbt - a.tbt);
    return runs[Math.floor(runs.length / 2)] as LighthouseFigures;
  } finally {
    await server.close();
  }
}

/** Lighthouse 12 on the home screen (mobile emulation, simulated throttling), median of three runs. */
export async function lighthouseFigures(builds: Builds, executablePath: string): Promise<AppFigure[]> {
  const ours = await medianLighthouse(builds.app, executablePath);
  const theirs = await medianLighthouse(builds.baseline, executablePath);
  const scores = (figures: LighthouseFigures) => `${figures.performance} / ${figures.accessibility} / ${figures.bestPractices}`;
  return [
    { name: `Lighthouse performance / accessibility / best practices (median of ${LIGHTHOUSE_RUNS})`, value: scores(ours), baseline: scores(theirs), ratio: '' },
    { name: 'Lighthouse largest contentful paint', value: ms(ours.lcp), baseline: ms(theirs.lcp), ratio: timesLower(ours.lcp, theirs.lcp, 'sooner', 'later') },
    { name: 'Lighthouse total blocking time', value: ms(ours.tbt), baseline: ms(theirs.tbt), ratio: timesLower(ours.tbt, theirs.tbt, 'less', 'more') },
    { name: 'Lighthouse cumulative layout shift', value: ours.cls.toFixed(3), baseline: theirs.cls.toFixed(3), ratio: '' },
  ];
}

/** Cold starts timed per build (a fresh browser process each); the median is reported. */
const COLD_STARTS = 5;

// Marks, in the page's own clock (from navigation start), the frames in which the home screen's
// heading, its "Help right now" button and its need tiles (there once the directory and its search
// are loaded) are first painted. Once all three are, it taps "Help right now" itself and marks the
// frame in which the first line's call button is painted: a cold open to a call in two taps.
// Timed in the page because Playwright's polling adds its own round trips. A string, not a
// function: tsx would wrap a function's inner helpers in a `__name` the page does not have.
const MARK_COLD_START = `
  const marks = {};
  window.__coldStart = marks;
  const seen = new Set();
  const paintedOnce = (key, present, then) => {
    if (seen.has(key) || !present) return;
    seen.add(key);
    requestAnimationFrame(() => { marks[key] = performance.now(); if (then) then(); });
  };
  const helpNowButton = () => [...document.querySelectorAll('#app button')].find((b) => b.textContent.trim() === 'Help right now');
  // Tapped once the home and the search are both painted, so the tap times only the screen change.
  const tapWhenReady = () => {
    if (marks.searchReady === undefined || marks.helpNow === undefined || seen.has('tapped')) return;
    seen.add('tapped');
    marks.tapped = performance.now();
    helpNowButton().click();
  };
  const observer = new MutationObserver(() => {
    paintedOnce('home', document.querySelector('h1'));
    paintedOnce('helpNow', helpNowButton(), tapWhenReady);
    paintedOnce('searchReady', document.querySelector('.need-tile'), tapWhenReady);
    paintedOnce('callButton', seen.has('tapped') && document.querySelector('#app .card a[href^="tel:"]'), () => observer.disconnect());
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
`;

/** Milliseconds from navigation start: home painted, "Help right now" ready, search ready; and from the tap on "Help right now" to a call button painted. */
async function timeToHome(page: Page, origin: string): Promise<{ home: number; helpNow: number; searchReady: number; toCall: number }> {
  await page.goto(`${origin}/`);
  const marks = await page.waitForFunction(() => {
    const marked = (window as unknown as { __coldStart?: Record<string, number | undefined> }).__coldStart;
    return marked?.callButton !== undefined && marked;
  });
  const { home = 0, helpNow = 0, searchReady = 0, tapped = 0, callButton = 0 } = (await marks.jsonValue()) as Record<string, number | undefined>;
  // A person taps as soon as the button is there; the directory loading meanwhile does not delay it.
  return { home, helpNow, searchReady, toCall: helpNow + (callButton - tapped) };
}

/**
 * After one online visit, the median of cold starts with the server gone, each in a new browser
 * process with the CPU slowed as on a phone, for one build.
 */
async function coldStart(dist: string, executablePath: string) {
  const server = await serveDist(dist);
  const profile = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true, viewport: PHONE_VIEWPORT });
    await context.addInitScript(MARK_COLD_START);
    return context;
  };
  try {
    const online = await launch();
    const page = online.pages()[0] ?? (await online.newPage());
    await timeToHome(page, server.origin);
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (worker && worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', resolve));
    });
    await online.close();
    await server.close();
    const runs: Array<{ home: number; helpNow: number; searchReady: number; toCall: number }> = [];
    for (let run = 0; run < COLD_STARTS; run += 1) {
      const offline = await launch();
      const coldPage = offline.pages()[0] ?? (await offline.newPage());
      await slowCpuLikeAPhone(coldPage);
      runs.push(await timeToHome(coldPage, server.origin));
      await offline.close();
    }
    const median = (key: keyof (typeof runs)[number]) => percentile(runs.map((r) => r[key]), 50);
    return { home: median('home'), helpNow: median('helpNow'), searchReady: median('searchReady'), toCall: median('toCall') };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Time to the home screen and to a working search: a cold start with the network off. */
export async function coldStartFigures(builds: Builds, executablePath: string): Promise<AppFigure[]> {
  const ours = await coldStart(builds.app, executablePath);
  const theirs = await coldStart(builds.baseline, executablePath);
  return [
    { name: `cold start offline, CPU ${CPU_THROTTLING}× slower (median of ${COLD_STARTS}): home screen`, value: ms(ours.home), baseline: ms(theirs.home), ratio: timesLower(ours.home, theirs.home, 'sooner', 'later') },
    { name: `cold start offline, CPU ${CPU_THROTTLING}× slower (median of ${COLD_STARTS}): home with "Help right now" ready (target 300 ms)`, value: ms(ours.helpNow), baseline: ms(theirs.helpNow), ratio: timesLower(ours.helpNow, theirs.helpNow, 'sooner', 'later') },
    { name: `cold start offline, CPU ${CPU_THROTTLING}× slower (median of ${COLD_STARTS}): a 24/7 line's call button, two taps from a cold open`, value: ms(ours.toCall), baseline: ms(theirs.toCall), ratio: timesLower(ours.toCall, theirs.toCall, 'sooner', 'later') },
    { name: `cold start offline, CPU ${CPU_THROTTLING}× slower (median of ${COLD_STARTS}): search ready`, value: ms(ours.searchReady), baseline: ms(theirs.searchReady), ratio: timesLower(ours.searchReady, theirs.searchReady, 'sooner', 'later') },
  ];
}

/** A slow mobile link for the first-visit figures: 400 ms to first byte, 150 KB/s, page and worker alike. */
export const SLOW_LINK: Throttle = { latencyMs: 400, bytesPerSecond: 150 * 1024 };
/** First visits timed per build (a new profile each); the median is reported. */
const FIRST_VISITS = 3;

/** Milliseconds from navigation start to a working search, and to the service worker activated (offline-ready). */
async function firstVisit(dist: string, executablePath: string): Promise<{ usable: number; offlineReady: number }> {
  const server = await serveDist(dist, { throttle: SLOW_LINK });
  const runs: Array<{ usable: number; offlineReady: number }> = [];
  try {
    for (let run = 0; run < FIRST_VISITS; run += 1) {
      const profile = mkdtempSync(join(tmpdir(), 'waymark-bench-first-'));
      const context = await chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true, viewport: PHONE_VIEWPORT });
      try {
        await context.addInitScript(MARK_COLD_START);
        const page = context.pages()[0] ?? (await context.newPage());
        const { searchReady } = await timeToHome(page, server.origin);
        const offlineReady = await page.evaluate(
          async () => {
            const worker = (await navigator.serviceWorker.ready).active;
            if (worker && worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(undefined)));
            return performance.now();
          },
          undefined,
        );
        runs.push({ usable: searchReady, offlineReady });
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  return { usable: percentile(runs.map((r) => r.usable), 50), offlineReady: percentile(runs.map((r) => r.offlineReady), 50) };
}

/** A first visit on a slow link: when search works, and when the app would start with no signal. */
export async function firstVisitFigures(builds: Builds & { sequentialPrecache: string }, executablePath: string): Promise<AppFigure[]> {
  const ours = await firstVisit(builds.app, executablePath);
  const before = await firstVisit(builds.sequentialPrecache, executablePath);
  const slow = `first visit, ${SLOW_LINK.latencyMs} ms / ${SLOW_LINK.bytesPerSecond / 1024} KB/s (median of ${FIRST_VISITS})`;
  const label = 'Waymark with its earlier precache (Workbox, one file at a time)';
  return [
    { name: `${slow}: search ready`, value: ms(ours.usable), baseline: `${ms(before.usable)} (${label})`, ratio: timesLower(ours.usable, before.usable, 'sooner', 'later') },
    { name: `${slow}: offline-ready (service worker activated)`, value: ms(ours.offlineReady), baseline: `${ms(before.offlineReady)} (${label})`, ratio: timesLower(ours.offlineReady, before.offlineReady, 'sooner', 'later') },
  ];
}

/**
 * Quick exit in Waymark: from the third Shift to the second animation frame after the overlay
 * appeared (that frame starts only once the one showing the overlay was painted).
 */
function overlayLatency(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new MutationObserver(() => {
          if (document.getElementById('exit-overlay')) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - pressedAt)));
        }).observe(document.body, { childList: true });
        for (let i = 0; i < 2; i += 1) {
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
          window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
        }
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
        const pressedAt = performance.now();
        window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
      }),
  );
}

/**
 * The usual exit button instead: `location.replace` to another site, the page hidden only when
 * that site paints. The decoy is answered at once from this machine, so this is a lower bound.
 */
async function redirectLatency(page: Page): Promise<number> {
  const leftAt = await page.evaluate((decoy) => {
    const now = performance.timeOrigin + performance.now();
    location.replace(decoy);
    return now;
  }, DECOY_URL);
  await page.waitForURL(DECOY_URL);
  // No named functions inside: the page runs this as source text, without tsx's helpers.
  const paintedAt = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') resolve(performance.timeOrigin + entry.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
  return paintedAt - leftAt;
}

/** A realistic session: search in plain words, open three services and come back from each. */
async function realisticSession(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByRole('searchbox').fill('he hits me');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  for (let i = 0; i < 3; i += 1) {
    await page.locator('.card').nth(i).getByRole('heading', { level: 2 }).getByRole('button').click();
    await page.getByRole('heading', { level: 2, name: 'How to contact' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
  }
}

/** How each exit is timed, and whether the decoy answers (the redirect needs it to paint). */
interface ExitTiming {
  time: (page: Page) => Promise<number>;
  decoyAnswers: boolean;
}

async function sessionOf(dist: string, executablePath: string, exit: ExitTiming) {
  const server = await serveDist(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.route(`${new URL(DECOY_URL).origin}/**`, (route) =>
      // Held, the page under the overlay stays to be measured; answered, a redirect can finish.
      exit.decoyAnswers ? route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' }) : new Promise(() => undefined),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await realisticSession(page, server.origin);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const exits: number[] = [];
    for (let run = 0; run < EXIT_RUNS; run += 1) {
      const fresh = await context.newPage();
      await fresh.goto(`${server.origin}/`);
      await fresh.getByRole('heading', { level: 1 }).waitFor();
      exits.push(await exit.time(fresh));
      await fresh.close();
    }
    return { heap: usedSize, exit: percentile(exits, 50) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Quick exit latency against a plain redirect, and JS heap after the same session in both builds. */
export async function sessionFigures(builds: Builds, executablePath: string): Promise<AppFigure[]> {
  const ours = await sessionOf(builds.app, executablePath, { time: overlayLatency, decoyAnswers: false });
  const theirs = await sessionOf(builds.baseline, executablePath, { time: redirectLatency, decoyAnswers: true });
  return [
    {
      name: `quick exit: trigger to page covered (median of ${EXIT_RUNS})`,
      value: `${ours.exit.toFixed(1)} ms (overlay painted)`,
      baseline: `${theirs.exit.toFixed(1)} ms (plain redirect, decoy painted)`,
      ratio: timesLower(ours.exit, theirs.exit, 'sooner', 'later'),
    },
    { name: 'JS heap after a realistic session', value: kb(ours.heap), baseline: kb(theirs.heap), ratio: timesLower(ours.heap, theirs.heap, 'smaller', 'larger') },
  ];
}
