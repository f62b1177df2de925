// Every screen at phone width: no sideways scrolling, tap targets of at least 44 px, the exit
// link and emergency line always there, and zero axe violations.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, stubDecoy } from './support/browser.ts';
import { serveDist, type StaticServer } from './support/static-server.ts';

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveDist(inject('distDir'));
  context = await browser.newContext({ viewport: { width: 320, height: 640 }, serviceWorkers: 'block', hasTouch: true, isMobile: true });
  await stubDecoy(context);
  page = await context.newPage();
  await page.goto(`${server.origin}/`);
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

const screens: Array<[string, () => Promise<void>]> = [
  ['home', async () => void (await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor())],
  [
    'results',
    async () => {
      await page.getByRole('button', { name: 'See all services' }).click();
      await page.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    },
  ],
  [
    'service',
    async () => {
      await page.getByRole('button', { name: 'National Domestic Abuse Helpline', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'National Domestic Abuse Helpline', exact: true }).waitFor();
    },
  ],
];

describe.each(screens)('the %s screen at 320 px', (_name, reach) => {
  beforeAll(reach);

  it('fits the width without sideways scrolling', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('keeps the Exit link and the emergency line on screen', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const exit = await page.getByRole('link', { name: 'Exit', exact: true }).boundingBox();
    expect(exit?.y).toBeGreaterThanOrEqual(0);
    expect(exit?.y).toBeLessThan(60);
    expect(await page.getByText('In danger now? Call 999.').count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('gives every button and control link a tap target of at least 44 by 44 px', async () => {
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, .button, .exit-link, .emergency-call, .tile')]
        .filter((element) => element.offsetParent !== null)
        .map((element) => ({ text: element.textContent?.trim(), box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.height < 44 || box.width < 44)
        .map(({ text, box }) => `${text}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
  });

  it('has no axe violations', async () => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('the other screens at 320 px', () => {
  const extra: Array<[string, () => Promise<void>]> = [
    [
      'using this safely',
      async () => {
        await page.getByRole('button', { name: 'Using this safely' }).click();
        await page.getByRole('heading', { level: 1, name: 'Using this safely' }).waitFor();
      },
    ],
    [
      'for professionals',
      async () => {
        while ((await page.getByRole('heading', { level: 1, name: 'Find support' }).count()) === 0) {
          await page.getByRole('button', { name: 'Back' }).click();
        }
        await page.getByRole('button', { name: 'For professionals' }).click();
        await page.getByRole('heading', { level: 1, name: 'For professionals' }).waitFor();
      },
    ],
    [
      'shortlist',
      async () => {
        await page.getByRole('button', { name: 'Westminster' }).click();
        await page.getByRole('button', { name: /^Add to shortlist: / }).first().click();
        await page.getByRole('button', { name: 'Shortlist (1)' }).click();
        await page.getByRole('heading', { level: 1, name: 'Shortlist' }).waitFor();
      },
    ],
    [
      'present mode',
      async () => {
        await page.getByRole('button', { name: 'Show one at a time' }).click();
        await page.getByText('1 of 1').waitFor();
      },
    ],
  ];
  it.each(extra)('%s fits, keeps the exit, and has no axe violations', async (_name, reach) => {
    await reach();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await page.getByRole('link', { name: 'Exit', exact: true }).isVisible()).toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
