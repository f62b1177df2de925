// Once per e2e run: make sure Chromium is there and build the app the tests will serve.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { ensureChromium } from '../../../scripts/ensure-chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    chromiumPath: string;
  }
}

/** Builds into a temporary folder so the tests never serve a stale dist/. */
export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const distDir = mkdtempSync(join(tmpdir(), 'waymark-e2e-'));
  await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  project.provide('distDir', distDir);
  project.provide('chromiumPath', chromiumPath);
  return () => rmSync(distDir, { recursive: true, force: true });
}
