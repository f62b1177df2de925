// The shell in jsdom: screens by role and accessible name, in-memory navigation, quick exit
// clearing state, and the update prompt.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildDirectoryBundle, loadValidatedServices } from '../scripts/directory-source.ts';
import { App } from '../src/app.tsx';
import { loadDirectory } from '../src/bundle/load-directory.ts';
import { lineToCall } from '../src/hours/line-status.ts';
import { londonTime } from '../src/hours/london-time.ts';
import { BANK_HOLIDAYS } from '../src/hours/bank-holidays.ts';
import { initI18n, loadLanguage } from '../src/i18n/i18n.ts';
import * as laterScreens from '../src/screens/later-screens.ts';
import { DirectorySearch } from '../src/search/search.ts';

const t = initI18n('en');
const bundle = buildDirectoryBundle(loadValidatedServices());
/** What a phone has before a borough is chosen: the London-wide and national services. */
const wideServices = bundle.services.filter((service) => service.areas.includes('london') || service.areas.includes('uk'));

// The first load turns data/ into the directory's files; later ones only read them.
beforeAll(() => loadDirectory([]), 60_000);
afterEach(cleanup);

/** A weekday morning in London, so the number each card dials is known. */
const NOW = new Date('2026-11-24T11:00:00Z');

function renderApp(overrides: Partial<Parameters<typeof App>[0]> = {}) {
  return render(
    <App
      t={t}
      language="en"
      loadDirectory={loadDirectory}
      loadScreens={() => Promise.resolve(laterScreens)}
      loadLanguage={loadLanguage}
      loadStorage={() => import('../src/storage/remembered.ts')}
      {...overrides}
    />,
  );
}

describe('App', () => {
  it('moves home → all services → a service → back, without touching the URL or history', async () => {
    const historyLength = history.length;
    const url = location.href;
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Find support' })).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: 'See all services' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'All services' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(`${wideServices.length} services`)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBe(10);
    fireEvent.click(screen.getByRole('button', { name: 'Show more services' }));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 }).length).toBe(20));

    fireEvent.click(screen.getByRole('button', { name: 'Samaritans' }));
    await screen.findByRole('heading', { level: 1, name: 'Samaritans' });
    const call = screen.getByRole('link', { name: 'Call 116 123' });
    expect(call.getAttribute('href')).toBe('tel:116123');
    expect(screen.getAllByText('Open 24 hours, every day').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Checked \w+ \d{4} on their website;/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    expect(history.length).toBe(historyLength);
    expect(location.href).toBe(url);
  });

  it('"Help right now" gives the lines open day and night, one tap to call, even while the directory never arrives', async () => {
    renderApp({ loadDirectory: () => new Promise(() => undefined) });
    fireEvent.click(screen.getByRole('button', { name: 'Help right now' }));
    await screen.findByRole('heading', { level: 1, name: 'Help right now' });
    expect(screen.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(screen.getByRole('link', { name: 'Call 0808 2000 247' }).getAttribute('href')).toBe('tel:+448082000247');
    const lines = screen.getAllByRole('heading', { level: 2 }).map((heading) => bundle.services.find((service) => service.name === heading.textContent));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) expect(line?.open_24_7, line?.name).toBe(true);
  });

  it('"More services that can help now" puts lines open now first and shows the need as a removable chip', async () => {
    renderApp({ clock: () => new Date('2026-11-24T03:00:00Z') });
    fireEvent.click(screen.getByRole('button', { name: 'Help right now' }));
    fireEvent.click(await screen.findByRole('button', { name: 'More services that can help now' }));
    await screen.findByRole('heading', { level: 1, name: 'Services for you' });
    const cards = within(screen.getByRole('list', { name: 'Services' })).getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent ?? '');
    const first = bundle.services.find((service) => service.name === cards[0]);
    expect(first?.open_24_7).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Help right now' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    expect(screen.getByText(`${wideServices.length} services`)).toBeTruthy();
  });

  it('understands typed words with a typo and keeps them out of the URL and title', async () => {
    const url = location.href;
    renderApp();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: 'refuje' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByRole('heading', { level: 1, name: 'Services for you' });
    const topThree = screen.getAllByRole('heading', { level: 2 }).slice(0, 3).map((heading) => heading.textContent);
    expect(topThree).toContain('Refuge safe houses (refuges)');
    expect(screen.getByRole('button', { name: 'Remove A safe place to stay' })).toBeTruthy();
    expect(location.href).toBe(url);
    expect(document.title).not.toContain('refuje');
  });

  it('narrows results with a filter, shows it as a chip, and counts what is left', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Domestic abuse' }));
    await screen.findByRole('heading', { level: 1, name: 'Services for you' });
    const count = () => Number(/\d+/.exec(screen.getByRole('status').textContent ?? '')?.[0]);
    const before = count();
    fireEvent.change(screen.getByRole('combobox', { name: 'Who it is for' }), { target: { value: 'men' } });
    await screen.findByRole('button', { name: 'Remove Men' });
    const names = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(count()).toBeLessThan(before);
    for (const name of names) {
      const service = bundle.services.find((entry) => entry.name === name);
      expect(service?.audiences.length === 0 || service?.audiences.includes('men'), name ?? '').toBe(true);
    }
    expect(names).toContain("Men's Advice Line");
    expect(names.length).toBe(Math.min(count(), 10));
  });

  it('keeps each card true to its own service as typing replaces the results', async () => {
    renderApp({ clock: () => NOW });
    fireEvent.click(await screen.findByRole('button', { name: 'See all services' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    const firstName = screen.getAllByRole('heading', { level: 2 })[0]?.textContent ?? '';
    fireEvent.click(screen.getByRole('button', { name: `Add to shortlist: ${firstName}` }));
    const search = screen.getByRole('searchbox', { name: 'Search in your own words' });
    fireEvent.input(search, { target: { value: 'stalkng' } });
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).not.toBe(firstName));
    for (const card of within(screen.getByRole('list', { name: 'Services' })).getAllByRole('listitem')) {
      const name = card.querySelector('h2')?.textContent ?? '';
      const service = bundle.services.find((entry) => entry.name === name);
      expect(service, name).toBeTruthy();
      expect(card.querySelector('[aria-pressed]')?.getAttribute('aria-pressed')).toBe(String(name === firstName));
      const phone = service && lineToCall(service, londonTime(NOW), BANK_HOLIDAYS)?.phone;
      expect(card.querySelector('a[href^="tel:"]')?.getAttribute('href'), name).toBe(phone ? `tel:${phone.dial}` : undefined);
    }
    fireEvent.input(search, { target: { value: '' } });
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    expect(screen.getByRole('button', { name: `Remove from shortlist: ${firstName}` }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says so plainly when nothing typed is understood, and offers the needs and the lines open day and night, not a list', async () => {
    renderApp();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: 'qwxzv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByText(/^We did not recognise these words\./);
    expect(screen.getByRole('button', { name: 'Domestic abuse' })).toBeTruthy();
    const lines = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(lines).toContain('National Domestic Abuse Helpline');
    expect(lines).toContain('999 emergency services');
    expect(screen.queryByRole('list', { name: 'Services' })).toBeNull();
  });

  it('never shows a dead end: a search narrowed to nothing offers the 24/7 lines and how to widen', async () => {
    renderApp();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: 'forced marriage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByRole('heading', { level: 1, name: 'Services for you' });
    fireEvent.click(screen.getByText('Filter'));
    fireEvent.change(screen.getByRole('combobox', { name: 'How to contact' }), { target: { value: 'app' } });
    await screen.findByText('No services match all of this. These national helplines are open day and night:');
    expect(screen.getByRole('status').textContent).toBe('0 services');
  });

  it('understands who is asking: an age becomes removable chips, and the services for them come first', async () => {
    renderApp({ clock: () => NOW });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: 'im 15 and my stepdad hurts me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByRole('heading', { level: 1, name: 'Services for you' });
    expect(screen.getByRole('button', { name: 'Remove Age 15' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove Children and young people' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe('Childline');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Age 15' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove Age 15' })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Remove Children and young people' })).toBeTruthy();
  });

  it('understands where they are: a place names its borough as a chip, and local services come first', async () => {
    renderApp({ clock: () => NOW });
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: 'refuge in Battersea' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await screen.findByRole('heading', { level: 1, name: 'Services for you' });
    expect(screen.getByRole('button', { name: 'Remove Battersea (Wandsworth)' })).toBeTruthy();
    // Wandsworth's own services arrive once the place is understood, and then come first.
    await waitFor(() => {
      const first = bundle.services.find((service) => service.name === screen.getAllByRole('heading', { level: 2 })[0]?.textContent);
      expect(first?.areas).toContain('wandsworth');
    });
  });

  it("adds the chosen borough's own services to the list, and no other borough's", async () => {
    renderApp({ clock: () => NOW });
    fireEvent.change(screen.getByRole('combobox', { name: 'Where are you?' }), { target: { value: 'westminster' } });
    fireEvent.click(await screen.findByRole('button', { name: 'See all services' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    const westminster = bundle.services.filter((service) => service.areas.includes('westminster') || wideServices.includes(service));
    await waitFor(() => expect(screen.getByText(`${westminster.length} services`)).toBeTruthy());
  });

  it('the quick-exit event clears in-memory state back to the first screen', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'See all services' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    document.dispatchEvent(new Event('waymark:exit'));
    await screen.findByRole('heading', { level: 1, name: 'Find support' });
  });

  it('explains a situation described in everyday words, and opens its page with the signs and who can help', async () => {
    renderApp();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: "he checks my phone and won't let me see my friends" } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const hint = await screen.findByRole('complementary', { name: 'Is this happening to me?' });
    expect(hint.textContent).toContain('Controlling behaviour is a pattern');
    fireEvent.click(within(hint).getByRole('button', { name: 'Is this happening to you? Read about Coercive and controlling behaviour' }));
    await screen.findByRole('heading', { level: 1, name: 'Coercive and controlling behaviour' });
    expect(screen.getByText('checks your phone or messages')).toBeTruthy();
    const helpers = screen.getByRole('heading', { level: 2, name: 'Who can help' });
    expect(helpers).toBeTruthy();
    const names = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    const listed = bundle.services.filter((service) => names.includes(service.name));
    expect(listed.length).toBe(3);
    for (const service of listed) expect(service.needs).toContain('domestic-abuse');
  });

  it('offers a page for the form of abuse a need is about, but not one that covers only part of it', async () => {
    renderApp();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: 'someone is following me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect((await screen.findByRole('complementary', { name: 'Is this happening to me?' })).textContent).toContain('Read about Stalking');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: 'he hits me' } });
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Is this happening to me?' })).toBeNull());
  });

  it('lists every "Is this happening to me?" page from the home screen', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Is this happening to me?' }));
    await screen.findByRole('heading', { level: 1, name: 'Is this happening to me?' });
    await screen.findByRole('button', { name: 'Stalking' });
    expect(screen.getAllByRole('button', { name: /./ }).filter((button) => button.classList.contains('topic-link')).length).toBe(bundle.topics.length);
  });

  it('reports a problem with a service without sending anything: the report names the service and what is wrong', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    renderApp();
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search in your own words' }), { target: { value: 'stalking' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    fireEvent.click(await screen.findByRole('button', { name: 'National Stalking Helpline' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Report a problem' }));
    await screen.findByRole('heading', { level: 1, name: 'Report a problem' });
    expect((screen.getByRole('combobox', { name: 'Service' }) as HTMLSelectElement).value).toBe('national-stalking-helpline');
    fireEvent.click(screen.getByRole('radio', { name: 'The opening hours are wrong' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the report' }));
    await screen.findByText('Copied.');
    const report = String((writeText.mock.calls[0] as unknown[] | undefined)?.[0]);
    expect(report).toContain('National Stalking Helpline (national-stalking-helpline)');
    expect(report).toContain('The opening hours are wrong');
    const email = screen.getByRole('link', { name: 'Write it as an email' }).getAttribute('href') ?? '';
    expect(email.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(email)).toContain('The opening hours are wrong');
    expect(screen.getByRole('note').textContent).toContain('An email stays in your sent mail');
  });

  it('gives professionals a compact list: who each is for, how to refer and the hours, with "Add to shortlist"', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'For professionals' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Westminster' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    const list = screen.getByRole('list', { name: 'Services' });
    const cards = within(list).getAllByRole('listitem').filter((item) => item.classList.contains('card'));
    expect(cards.length).toBeGreaterThan(3);
    for (const card of cards.slice(0, 5)) {
      for (const term of ['Who it is for', 'How to get help', 'Opening hours']) expect(within(card).getByText(term)).toBeTruthy();
      expect(within(card).getByRole('button', { name: /^Add to shortlist: / })).toBeTruthy();
      const name = within(card).getAllByRole('heading', { level: 2 })[0]?.textContent;
      const service = bundle.services.find((entry) => entry.name === name);
      expect(service?.access === 'self-referral' || service?.access === 'both', name ?? '').toBe(true);
    }
  });

  it('says so plainly, with the emergency number, when the directory cannot load', async () => {
    renderApp({ loadDirectory: () => Promise.reject(new Error('missing')) });
    expect((await screen.findByRole('alert')).textContent).toContain('Call 999');
  });

  it('shows the update prompt only when a new version waits, and applies it only on request', async () => {
    const apply = vi.fn();
    let announce: (apply: () => void) => void = () => {};
    renderApp({ onUpdateReady: (listener) => (announce = listener) });
    expect(screen.queryByText('A new version of Waymark is ready.')).toBeNull();
    announce(apply);
    await screen.findByText('A new version of Waymark is ready.');
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    await waitFor(() => expect(screen.queryByText('A new version of Waymark is ready.')).toBeNull());
    announce(apply);
    fireEvent.click(await screen.findByRole('button', { name: 'Update now' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });
});
