// Search in real Chromium: understands plain words, typos and other languages, and what is typed
// never reaches the URL, the title, storage, or any request.
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/suite.ts';
import { stubDecoy } from './support/browser.ts';

const suite = useBrowserAndServer();
let context: BrowserContext;
let page: Page;
let requests: Request[];

beforeEach(async () => {
  context = await suite.browser.newContext();
  await stubDecoy(context);
  requests = [];
  context.on('request', (request) => requests.push(request));
  page = await context.newPage();
  await page.goto(`${suite.server.origin}/`);
  await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
});

afterEach(async () => {
  await context.close();
});

async function search(query: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: 'Search in your own words' });
  await box.click();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Services for you' }).waitFor();
  return page.getByRole('heading', { level: 2 }).allTextContents();
}

describe('search in Chromium', () => {
  it('finds help for plain words, with a one-tap call on the first result', async () => {
    const names = await search('he hits me');
    expect(names.slice(0, 3)).toContain('National Domestic Abuse Helpline');
    const firstCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: names[0] }) });
    expect(await firstCard.getByRole('link', { name: /^Call / }).getAttribute('href')).toMatch(/^tel:/);
  });

  it('understands typos and other languages', async () => {
    expect((await search('forsed marrige')).slice(0, 3)).toContain('Forced Marriage Unit');
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('searchbox', { name: 'Search in your own words' }).fill('');
    expect((await search('violencia doméstica')).slice(0, 3)).toContain('National Domestic Abuse Helpline');
  });

  it('updates results as you type on the results screen, without submitting anything', async () => {
    await search('refuge');
    const box = page.getByRole('searchbox', { name: 'Search in your own words' });
    await box.fill('');
    await box.pressSequentially('stalkng');
    await page.getByRole('heading', { level: 2, name: 'National Stalking Helpline' }).waitFor();
    expect(await box.getAttribute('autocomplete')).toBe('off');
    expect(await box.getAttribute('spellcheck')).toBe('false');
  });

  it('keeps what was typed out of the URL, the title, storage, cookies and every request', async () => {
    const secret = 'my husband checks my phone';
    await search(secret);
    await page.getByRole('searchbox', { name: 'Search in your own words' }).press('Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${suite.server.origin}/`);
    expect(await page.title()).toBe('Waymark');
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
    }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
    expect(await context.cookies()).toEqual([]);
    const words = ['husband', 'checks', 'phone'];
    for (const request of requests) {
      const seen = `${request.url()} ${request.postData() ?? ''}`.toLowerCase();
      for (const word of words) expect(seen, request.url()).not.toContain(word);
      expect(new URL(request.url()).origin, request.url()).toBe(suite.server.origin);
    }
    // The app was asked for its own files only; nothing was posted.
    expect(requests.filter((request) => request.method() !== 'GET')).toEqual([]);
  });

  it('works by keyboard alone: a need tile, then a filter', async () => {
    await page.getByText('Tell us what is happening').focus();
    await page.keyboard.press('Enter');
    const tile = page.getByRole('button', { name: 'Trafficking and modern slavery' });
    await tile.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Services for you' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByText('Filter', { exact: true }).focus();
    await page.keyboard.press('Enter');
    const count = page.getByRole('status').filter({ hasText: /services?$/ });
    const before = await count.textContent();
    await page.getByRole('checkbox', { name: 'I can contact them myself' }).focus();
    await page.keyboard.press('Space');
    // The line of what is understood names the filter; opening it by keyboard offers to remove it.
    const understood = page.locator('.chips summary');
    await expect.poll(() => understood.textContent()).toContain('I can contact them myself');
    await understood.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove I can contact them myself' }).waitFor();
    expect(await count.textContent()).not.toBe(before);
  });
});
