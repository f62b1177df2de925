// The shell in jsdom: screens by role and accessible name, in-memory navigation, quick exit
// clearing state, and the update prompt.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDirectoryBundle, loadValidatedServices } from '../scripts/directory-source.ts';
import { App } from '../src/app.tsx';
import { lineToCall } from '../src/hours/line-status.ts';
import { londonTime } from '../src/hours/london-time.ts';
import { BANK_HOLIDAYS } from '../src/hours/bank-holidays.ts';
import { initI18n, loadLanguage } from '../src/i18n/i18n.ts';
import * as laterScreens from '../src/screens/later-screens.ts';
import { DirectorySearch } from '../src/search/search.ts';

const t = initI18n('en');
const bundle = buildDirectoryBundle(loadValidatedServices());

afterEach(cleanup);

/** A weekday morning in London, so the number each card dials is known. */
const NOW = new Date('2026-11-24T11:00:00Z');

function renderApp(overrides: Partial<Parameters<typeof App>[0]> = {}) {
  const loaded = { bundle, engine: new DirectorySearch(bundle.search, bundle.services, bundle.helpNow) };
  return render(
    <App
      t={t}
      language="en"
      loadDirectory={() => Promise.resolve(loaded)}
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
    expect(screen.getByText(`${bundle.services.length} services`)).toBeTruthy();
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

  it('"Help right now" puts lines open now first and shows the need as a removable chip', async () => {
    renderApp({ clock: () => new Date('2026-11-24T03:00:00Z') });
    fireEvent.click(await screen.findByRole('button', { name: 'Help right now' }));
    await screen.findByRole('heading', { level: 1, name: 'Services for you' });
    const cards = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent ?? '');
    const first = bundle.services.find((service) => service.name === cards[0]);
    expect(first?.open_24_7).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Help right now' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    expect(screen.getByText(`${bundle.services.length} services`)).toBeTruthy();
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
    const first = bundle.services.find((service) => service.name === screen.getAllByRole('heading', { level: 2 })[0]?.textContent);
    expect(first?.areas).toContain('wandsworth');
  });

  it('the quick-exit event clears in-memory state back to the first screen', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'See all services' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    document.dispatchEvent(new Event('waymark:exit'));
    await screen.findByRole('heading', { level: 1, name: 'Find support' });
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
