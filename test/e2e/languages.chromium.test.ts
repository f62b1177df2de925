// Languages in real Chromium: the device language by default, switching without losing your
// place, right-to-left layouts that fit and keep the exit reachable, axe-clean, and every
// language available offline from the first visit.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import pl from '../../locales/pl.json';
import ar from '../../locales/ar.json';
import fa from '../../locales/fa.json';
import ur from '../../locales/ur.json';
import { launchPersistent, stubDecoy } from './support/browser.ts';
import { useBrowserAndServer } from './support/suite.ts';
import { serveDist } from './support/static-server.ts';

const SCREENSHOTS = join('test-results', 'screenshots');
const suite = useBrowserAndServer();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function openIn(locale: string): Promise<Page> {
  const context = await suite.browser.newContext({ locale, viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  await stubDecoy(context);
  const page = await context.newPage();
  await page.goto(`${suite.server.origin}/`);
  return page;
}

describe('languages in Chromium', () => {
  it('starts in the device language', async () => {
    const page = await openIn('pl-PL');
    await page.getByRole('heading', { level: 1, name: pl.home.title }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['pl', 'ltr']);
    expect(await page.getByRole('link', { name: pl.exit.link, exact: true }).count()).toBe(1);
    await page.context().close();
  });

  it('switches language without losing the screen or the search', async () => {
    const page = await openIn('en-GB');
    await page.getByRole('searchbox', { name: en.search.label }).fill('refuge');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: en.results.title }).waitFor();
    await page.getByRole('combobox', { name: en.language.label }).selectOption('es');
    await page.getByRole('heading', { level: 1, name: es.results.title }).waitFor();
    expect(await page.getByRole('searchbox', { name: es.search.label }).inputValue()).toBe('refuge');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBeTruthy();
    await page.context().close();
  });

  describe.each([
    ['ar', ar],
    ['fa', fa],
    ['ur', ur],
  ] as const)('right to left: %s', (code, strings) => {
    it('lays out home, results and a service without overflow, with the exit in reach, and no axe violations', async () => {
      const page = await openIn(code);
      await page.getByRole('heading', { level: 1, name: strings.home.title }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      const check = async (screen: string) => {
        const layout = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const outside = [...document.querySelectorAll<HTMLElement>('button, a, select, input, h1, h2, p, li')]
            .filter((element) => element.offsetParent !== null)
            .map((element) => ({ element, box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.left < -1 || box.right > width + 1)
            .map(({ element }) => element.outerHTML.slice(0, 80));
          return { scrollWidth: document.documentElement.scrollWidth, width, outside };
        });
        expect(layout.scrollWidth, screen).toBeLessThanOrEqual(layout.width);
        expect(layout.outside, screen).toEqual([]);
        const exit = await page.getByRole('link', { name: strings.exit.link, exact: true }).boundingBox();
        expect(exit && exit.x >= 0 && exit.x + exit.width <= 360 && exit.y >= 0, screen).toBe(true);
        const axe = await new AxeBuilder({ page }).analyze();
        expect(axe.violations.map((violation) => `${screen}: ${violation.id}`)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `rtl-${code}-${screen}.png`), fullPage: true });
      };
      await check('home');
      await page.getByRole('button', { name: strings.home.allServices }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await check('results');
      await page.getByRole('listitem').first().getByRole('heading', { level: 2 }).getByRole('button').click();
      await page.getByRole('link', { name: /^Source|:/ }).first().waitFor();
      await check('service');
      await page.context().close();
    });
  });

  it('works offline in a language never used before, after one visit in English', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'waymark-lang-'));
    const local = await serveDist(inject('distDir'));
    try {
      const online = await launchPersistent(profile, { locale: 'en-GB' });
      const page = online.pages()[0] ?? (await online.newPage());
      await page.goto(`${local.origin}/`);
      // The first round (English, the app and the directory) installs the worker; the other
      // languages follow, and the page is told when everything is kept.
      await page.waitForFunction(() => performance.getEntriesByName('waymark:precache-complete').length > 0, undefined, { timeout: 20_000 });
      await online.close();
      await local.close();

      const offline = await launchPersistent(profile, { locale: 'en-GB' });
      const again = offline.pages()[0] ?? (await offline.newPage());
      await again.goto(`${local.origin}/`);
      await again.getByRole('combobox', { name: en.language.label }).selectOption('ar');
      await again.getByRole('heading', { level: 1, name: ar.home.title }).waitFor();
      await again.getByRole('button', { name: ar.home.allServices }).click();
      await again.getByRole('heading', { level: 1, name: ar.results.allTitle }).waitFor();
      await offline.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
