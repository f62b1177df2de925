// "Remember on this device" in real Chromium: off by default (no database at all), on only when
// chosen (language, area and shortlist kept across a restart, as the screen says), and turning it
// off deletes what it saved. A refusal by the browser leaves nothing behind.
import { describe, expect, it } from 'vitest';
import es from '../../locales/es.json';
import { useBrowserAndServer } from './support/suite.ts';
import { chooseNeed, stubDecoy, waitForDecoy } from './support/browser.ts';

const suite = useBrowserAndServer();

const databases = () => indexedDB.databases().then((list) => list.map((database) => database.name));

describe('remember on this device', () => {
  it('stores nothing until chosen, keeps language, area and shortlist when on, and deletes them when turned off', async () => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block', locale: 'en-GB' });
    await stubDecoy(context);
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('combobox', { name: 'Where are you?' }).selectOption('wandsworth');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await page.getByRole('heading', { level: 1, name: es.home.title }).waitFor();
    expect(await page.evaluate(databases)).toEqual([]);

    await page.getByRole('button', { name: es.nav.safety }).click();
    const toggle = page.getByRole('checkbox', { name: es.remember.toggle });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(() => page.evaluate(databases)).toEqual(['waymark']);
    await page.getByRole('button', { name: es.nav.back }).click();
    await page.getByRole('button', { name: es.home.allServices }).click();
    await page.getByRole('button', { name: new RegExp(`^${es.shortlist.add}: `) }).first().click();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: es.home.title }).waitFor();
    expect(await page.getByRole('combobox', { name: es.home.borough }).inputValue()).toBe('wandsworth');
    await page.getByRole('button', { name: es.shortlist.open_one.replace('{{count}}', '1') }).waitFor();

    await page.getByRole('button', { name: es.nav.safety }).click();
    await page.getByRole('checkbox', { name: es.remember.toggle }).uncheck();
    await expect.poll(() => page.evaluate(databases)).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Find support' }).waitFor();
    await context.close();
  });

  it.each([
    [
      'IndexedDB throws',
      () => {
        // As in some private windows and locked-down phones.
        IDBFactory.prototype.open = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      },
    ],
    [
      'storage quota is exceeded',
      () => {
        IDBObjectStore.prototype.put = () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        };
      },
    ],
  ])('when %s: says so plainly, keeps the emergency line and quick exit, and the app keeps working', async (_case, breakStorage) => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    await stubDecoy(context);
    await context.addInitScript(breakStorage);
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('button', { name: 'Using this safely' }).click();
    // click, not check(): the box rightly springs back when saving fails.
    await page.getByRole('checkbox', { name: 'Remember my language, area and shortlist on this device' }).click();
    await page.getByRole('alert').filter({ hasText: 'would not let Waymark save anything' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Remember my language, area and shortlist on this device' }).isChecked()).toBe(false);
    // "Nothing was kept" is true: not even an empty database is left behind.
    await expect.poll(() => page.evaluate(databases)).toEqual([]);
    await page.getByRole('button', { name: 'Back' }).click();
    await chooseNeed(page, 'Domestic abuse');
    await page.getByRole('heading', { level: 1, name: 'Services for you' }).waitFor();
    expect(await page.getByText("If you can't speak, stay on the line and press 55 when asked.", { exact: false }).count()).toBe(1);
    await page.getByRole('link', { name: 'Exit', exact: true }).click();
    await waitForDecoy(page);
    await context.close();
  });
});
