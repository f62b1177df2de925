// What the production build ships: the early exit script wiring, the security policy, a
// neutral manifest, what the service worker precaches, and the first screen's JS budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { localeOf, planPrecache, type PrecacheEntry } from '../../src/sw/precache-plan.ts';

const dist = inject('distDir');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const html = read('index.html');
const scriptSources = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"/g)].map((match) => ({ attributes: match[1] ?? '', src: match[2] ?? '' }));

/** The quality bars (README): the first screen's JavaScript, gzipped. */
const FIRST_SCREEN_JS_BUDGET = 40 * 1024;

describe('production build', () => {
  it('loads the early exit script as a classic script before the app module, with no imports of its own', () => {
    expect(scriptSources.map((script) => script.attributes.includes('type="module"'))).toEqual([false, true]);
    const exitScript = read(scriptSources[0]?.src ?? '');
    expect(exitScript).not.toMatch(/\bimport\b|\bexport\b/);
    expect(exitScript).toContain('https://www.bbc.co.uk/weather');
  });

  it('says in its no-JavaScript text what Exit does then: the weather page, but Back can return', () => {
    const noScript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noScript).toContain('Without JavaScript, Exit still opens a weather page, but the Back button can bring you back here.');
  });

  it('points every exit link at the decoy, with no placeholder left', () => {
    expect(html).not.toContain('__DECOY_URL__');
    const exitLinks = [...html.matchAll(/<a\b[^>]*\bdata-exit\b[^>]*>/g)].map((match) => match[0]);
    expect(exitLinks).toHaveLength(2);
    for (const link of exitLinks) expect(link).toContain('href="https://www.bbc.co.uk/weather" rel="nofollow noreferrer"');
  });

  it('carries a strict Content-Security-Policy, in the page and for static hosts', () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(read('_headers')).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b|\sstyle="/);
  });

  it('has a neutral title and manifest that say nothing about abuse', () => {
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe('Waymark');
    const manifest = JSON.parse(read('manifest.webmanifest')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: 'Waymark', short_name: 'Waymark', description: 'Waymark' });
    expect(manifest).not.toHaveProperty('shortcuts');
    expect(manifest).not.toHaveProperty('screenshots');
    expect(JSON.stringify(manifest)).not.toMatch(/abuse|violence|domestic|help|support|safe/i);
    const icons = manifest['icons'] as Array<{ src: string; purpose: string }>;
    expect(icons.map((icon) => icon.purpose).sort()).toEqual(['any', 'maskable', 'monochrome']);
    for (const icon of icons) expect(read(icon.src.slice(1)), icon.src).not.toMatch(/<text|<title/);
  });

  it('precaches the shell, the exit script, the app and the directory', () => {
    const worker = read('sw.js');
    const assets = readdirSync(join(dist, 'assets'));
    expect(worker).toContain('"url":"index.html"');
    for (const asset of assets) expect(worker, asset).toContain(`"url":"assets/${asset}"`);
    // Content-hashed, so a new directory is a new file and the service worker fetches it.
    expect(assets.filter((asset) => /^directory-[\w-]{8}\.json$/.test(asset))).toHaveLength(1);
  });

  it('precaches what works offline in the device language first, the other languages after', () => {
    const manifest = JSON.parse(/\[\{"revision"[^\]]*\]/.exec(read('sw.js'))?.[0] ?? '[]') as PrecacheEntry[];
    expect(manifest.length).toBeGreaterThan(20);
    const arabic = planPrecache(manifest, ['ar-EG', 'en']);
    const english = planPrecache(manifest, ['en-GB']);
    for (const plan of [arabic, english]) {
      expect(plan.first).toContain('index.html');
      expect(plan.first.some((url) => /^assets\/exit-/.test(url))).toBe(true);
      expect(plan.first.some((url) => /^assets\/directory-[\w-]+\.json$/.test(url))).toBe(true);
      expect(plan.first.some((url) => /^assets\/later-screens-/.test(url))).toBe(true);
      expect([...plan.first, ...plan.rest].sort()).toEqual(manifest.map((entry) => entry.url).sort());
    }
    // Each language's strings and its "Is this happening to me?" pages go together.
    expect(arabic.first.filter((url) => localeOf(url) !== undefined).map(localeOf)).toEqual(['ar', 'ar']);
    expect(english.first.filter((url) => /^assets\/locale-/.test(url))).toEqual([]);
    expect(english.first.filter((url) => localeOf(url) !== undefined).map(localeOf)).toEqual(['en']);
    expect(english.rest.filter((url) => localeOf(url) !== undefined)).toHaveLength(38);
  });

  it('writes the Open Referral export beside the app, without precaching it', () => {
    const exported = JSON.parse(read('openreferral/services.json')) as Array<{ id: string; name: string }>;
    expect(exported.length).toBeGreaterThanOrEqual(45);
    expect(exported.map((service) => service.name)).toContain('National Domestic Abuse Helpline');
    // The list endpoint as static pages, and each service at its own address, as the API serves them.
    const first = JSON.parse(read('openreferral/services/index.json')) as { total_items: number; total_pages: number; contents: Array<{ id: string }> };
    expect(first.total_items).toBe(exported.length);
    const pages = Array.from({ length: first.total_pages }, (_, i) => JSON.parse(read(`openreferral/services/page/${i + 1}.json`)) as { contents: Array<{ id: string }> });
    expect(pages.flatMap((page) => page.contents.map((service) => service.id))).toEqual(exported.map((service) => service.id));
    const one = exported[0];
    expect((JSON.parse(read(`openreferral/services/${one?.id}.json`)) as { name: string }).name).toBe(one?.name);
    expect(read('sw.js')).not.toContain('openreferral/');
  });

  it(`keeps the first screen's JavaScript within ${FIRST_SCREEN_JS_BUDGET / 1024} KB gzipped`, () => {
    const firstScreen = scriptSources.map((script) => script.src);
    const modulePreloads = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((match) => match[1] ?? '');
    const total = [...firstScreen, ...modulePreloads].reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0);
    console.log(`first-screen JS: ${(total / 1024).toFixed(1)} KB gzipped (${firstScreen.length + modulePreloads.length} files)`);
    expect(total).toBeLessThanOrEqual(FIRST_SCREEN_JS_BUDGET);
  });
});
