// Once per e2e run: make sure Chromium is there and build the app the tests will serve.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../../scripts/ensure-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    chromiumPath: string;
  }
}

/** Builds into a temporary folder so the tests never serve a stale dist/. */
export default function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const distDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  // The real production build, in its own process: inside Vitest NODE_ENV is "test", which
  // would turn on development-only code paths.
  execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn', '--outDir', distDir, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  project.provide('distDir', distDir);
  project.provide('chromiumPath', chromiumPath);
  return () => rmSync(distDir, { recursive: true, force: true });
}
