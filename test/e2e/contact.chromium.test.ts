// Every card reaches someone, in real Chromium at phone width: each service in "All services"
// offers a way in besides "Add to shortlist" (call, text, chat, email, where to go, or their site),
// and a card whose contact could not be confirmed says so.
import { describe, expect, it } from 'vitest';
import { useBrowserAndServer } from './support/suite.ts';

const suite = useBrowserAndServer();

describe('contact on every card', () => {
  it('gives every service in "All services" a working way in, at 360 px', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('button', { name: 'See all services' }).click();
    await page.getByRole('heading', { level: 1, name: 'All services' }).waitFor();
    const more = page.getByRole('button', { name: 'Show more services' });
    while (await more.count()) await more.click();
    const cards = page.getByRole('list', { name: 'Services' }).getByRole('listitem');
    const total = Number((await page.getByRole('status').filter({ hasText: /services?$/ }).textContent())?.match(/\d+/)?.[0]);
    expect(await cards.count()).toBe(total);
    const dead: string[] = [];
    const unconfirmed: string[] = [];
    for (let i = 0; i < total; i += 1) {
      const card = cards.nth(i);
      const name = (await card.getByRole('heading', { level: 2 }).textContent()) ?? '';
      // The way in is the first action: a link that calls, texts, mails or opens a page, or "How to find them".
      const action = card.locator('.card-actions > :first-child');
      const href = await action.getAttribute('href');
      const isDoor = href ? /^(tel:|sms:|mailto:|https:\/\/)/.test(href) : (await action.textContent()) === 'How to find them';
      if (!isDoor || (await action.getAttribute('aria-pressed')) !== null) dead.push(name);
      if (await card.getByText('Contact details not confirmed').count()) unconfirmed.push(name);
      expect(await action.isVisible(), name).toBe(true);
    }
    console.log(`${total} cards, every one with a way in; ${unconfirmed.length} say their contact is not confirmed: ${unconfirmed.join('; ')}`);
    expect(dead).toEqual([]);
    await context.close();
  });

  it('dials the line that is open now: out of hours, the council card calls its out-of-hours number', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    // A Tuesday at 21:00 in London (November: GMT), after the day line closes at 17:00.
    await page.clock.setFixedTime(new Date('2026-11-24T21:00:00Z'));
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('searchbox', { name: 'Search in your own words' }).fill('forced marriage');
    await page.keyboard.press('Enter');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: 'Forced Marriage Unit' }) });
    const call = card.locator('.card-actions > a').first();
    expect(await call.getAttribute('href')).toBe('tel:+442070081500');
    expect(await call.textContent()).toContain('Out of hours');
    await card.getByRole('heading', { level: 2 }).getByRole('button').click();
    await page.getByRole('heading', { level: 1, name: 'Forced Marriage Unit' }).waitFor();
    // Every number is on the page, each with what it is for.
    expect(await page.getByText('From outside the UK', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: /Call 020 7008 0151/ }).count()).toBe(1);
    await context.close();
  });

  it('says when hours are not published, and how old the source page is', async () => {
    const context = await suite.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/`);
    await page.getByRole('searchbox', { name: 'Search in your own words' }).fill('galop');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'National Helpline for LGBT+ Victims and Survivors of Abuse and Violence' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'How to contact' }).waitFor();
    expect(await page.getByText('Hours not published — check before you go.').count()).toBe(1);
    expect(await page.getByText(/^Checked \w+ \d{4} on (their website|an official page);/).count()).toBe(1);
    await context.close();
  });
});
