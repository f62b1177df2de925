// Takes the README's screenshot of the home screen: production build, Debian Chromium, a
// 360 px wide phone viewport. Run with `npm run screenshot`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from '../test/e2e/support/static-server.ts';
import { CHROMIUM_ARGS } from '../test/e2e/support/chromium-args.ts';
import { ensureChromium } from './ensure-chromium.ts';

const OUTPUT = join('test', 'e2e', 'screenshots', 'home-mobile.png');

const distDir = mkdtempSync(join(tmpdir(), 'waymark-shot-'));
execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], { stdio: 'inherit' });
const server = await serveDist(distDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  await page.goto(`${server.origin}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: OUTPUT });
  console.log(`wrote ${OUTPUT}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(distDir, { recursive: true, force: true });
}
