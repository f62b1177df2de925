// The shell in jsdom: screens by role and accessible name, in-memory navigation, quick exit
// clearing state, and the update prompt.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDirectoryBundle, loadValidatedServices } from '../scripts/directory-source.ts';
import { App } from '../src/app.tsx';
import { initI18n } from '../src/i18n/i18n.ts';

const t = initI18n('en');
const bundle = buildDirectoryBundle(loadValidatedServices());

afterEach(cleanup);

function renderApp(overrides: Partial<Parameters<typeof App>[0]> = {}) {
  return render(<App t={t} language="en" loadDirectory={() => Promise.resolve(bundle)} {...overrides} />);
}

describe('App', () => {
  it('moves home → all services → a service → back, without touching the URL or history', async () => {
    const historyLength = history.length;
    const url = location.href;
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Find support' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /All services/ }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'All services' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(`${bundle.services.length} services`)).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(bundle.services.length);

    fireEvent.click(screen.getByRole('button', { name: 'Samaritans' }));
    await screen.findByRole('heading', { level: 1, name: 'Samaritans' });
    const call = screen.getByRole('link', { name: 'Call 116 123' });
    expect(call.getAttribute('href')).toBe('tel:116123');
    expect(screen.getByText('Open 24 hours, every day', { selector: '.badge' })).toBeTruthy();
    expect(screen.getByText(/^Checked November 2026/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    expect(history.length).toBe(historyLength);
    expect(location.href).toBe(url);
  });

  it('"Help right now" lists only services open day and night', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: /Help right now/ }));
    await screen.findByRole('heading', { level: 1, name: 'Help right now' });
    const open247 = bundle.services.filter((service) => service.open_24_7);
    expect(open247.length).toBeGreaterThan(0);
    expect(open247.length).toBeLessThan(bundle.services.length);
    const names = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(names.sort()).toEqual(open247.map((service) => service.name).sort());
  });

  it('the quick-exit event clears in-memory state back to the first screen', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: /All services/ }));
    await screen.findByRole('heading', { level: 1, name: 'All services' });
    document.dispatchEvent(new Event('waymark:exit'));
    await screen.findByRole('heading', { level: 1, name: 'Find support' });
  });

  it('says so plainly, with the emergency number, when the directory cannot load', async () => {
    renderApp({ loadDirectory: () => Promise.reject(new Error('missing')) });
    fireEvent.click(screen.getByRole('button', { name: /All services/ }));
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
