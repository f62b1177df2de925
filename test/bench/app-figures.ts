// Figures of the built app for `npm run bench`: sizes, Lighthouse, offline cold start, quick
// exit latency and JS heap after a realistic session, each beside a baseline where one exists.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/support/chromium-args.ts';
import { runLighthouse } from '../e2e/support/lighthouse.ts';
import { serveDist } from '../e2e/support/static-server.ts';

/** One line of the app table: a figure, and its baseline when there is one. */
export interface AppFigure {
  name: string;
  value: string;
  baseline?: string;
  ratio?: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (path: string) => gzipSync(readFileSync(path)).length;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

/** Sizes from the build: first screen against everything loaded at once (no code splitting). */
export function sizeFigures(dist: string): AppFigure[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const firstJsFiles = [...html.matchAll(/<script[^>]*src="\/([^"]+)"/g), ...html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)];
  const firstJs = firstJsFiles.reduce((sum, match) => sum + gz(join(dist, match[1] ?? '')), 0);
  const firstCss = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].reduce((sum, match) => sum + gz(join(dist, match[1] ?? '')), 0);
  const allJs = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gz(join(dist, 'assets', name)), 0);
  const precached = filesUnder(dist).filter((path) => !path.includes(`${join(dist, 'openreferral')}`) && !path.endsWith('_headers'));
  const precacheRaw = precached.reduce((sum, path) => sum + statSync(path).size, 0);
  const precacheGz = precached.reduce((sum, path) => sum + gz(path), 0);
  return [
    { name: 'first-screen JS (gzip)', value: kb(firstJs), baseline: `${kb(allJs)} (all JS in one bundle)`, ratio: `${(allJs / firstJs).toFixed(1)}× smaller` },
    { name: 'first-screen CSS (gzip)', value: kb(firstCss) },
    { name: 'precache, every file of the app (raw / gzip)', value: `${kb(precacheRaw)} / ${kb(precacheGz)}` },
  ];
}

/** Lighthouse on the home screen (mobile emulation). */
export async function lighthouseFigures(dist: string, executablePath: string): Promise<AppFigure[]> {
  const server = await serveDist(dist);
  try {
    const figures = await runLighthouse(`${server.origin}/`, executablePath);
    return [
      { name: 'Lighthouse performance / accessibility / best practices', value: `${figures.performance} / ${figures.accessibility} / ${figures.bestPractices}` },
      { name: 'Lighthouse LCP / TBT / CLS', value: `${Math.round(figures.lcp)} ms / ${Math.round(figures.tbt)} ms / ${figures.cls.toFixed(3)}` },
    ];
  } finally {
    await server.close();
  }
}

/** Time to the home screen: a cold start with the server gone, against the first online visit. */
export async function coldStartFigures(dist: string, executablePath: string): Promise<AppFigure[]> {
  const server = await serveDist(dist);
  const profile = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  const launch = () => chromium.launchPersistentContext(profile, { executablePath, args: CHROMIUM_ARGS, headless: true });
  const timeToHome = async (context: Awaited<ReturnType<typeof launch>>) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.origin}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Milliseconds from the start of navigation to just after the heading was on screen.
    return page.evaluate(() => performance.now());
  };
  try {
    const online = await launch();
    const first = await timeToHome(online);
    const page = online.pages()[0];
    await page?.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active;
      if (worker && worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', resolve));
    });
    await online.close();
    await server.close();
    const offline = await launch();
    const cold = await timeToHome(offline);
    await offline.close();
    return [{ name: 'time to home screen: cold start offline', value: `${Math.round(cold)} ms`, baseline: `${Math.round(first)} ms (first online visit)`, ratio: `${(first / cold).toFixed(1)}×` }];
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Quick exit (Shift×3 to overlay painted), and JS heap after a realistic session. */
export async function sessionFigures(dist: string, executablePath: string): Promise<AppFigure[]> {
  const server = await serveDist(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.route('https://www.bbc.co.uk/**', () => new Promise(() => undefined));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.origin}/`);
    await page.getByRole('searchbox').fill('he hits me');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    for (let i = 0; i < 3; i += 1) {
      await page.locator('.card').nth(i).getByRole('heading', { level: 2 }).getByRole('button').click();
      await page.getByRole('heading', { level: 2, name: 'How to contact' }).waitFor();
      await page.getByRole('button', { name: 'Back' }).click();
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const latency = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          // From just before the third Shift is released to the second animation frame after the
          // overlay appeared: that frame starts only once the one showing the overlay was painted.
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
    return [
      { name: 'quick exit: third Shift to overlay painted (within two frames)', value: `${latency.toFixed(1)} ms` },
      { name: 'JS heap after a realistic session', value: kb(usedSize) },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
