// The service page with what a survivor or GP needs: contact first, open now, who it is for,
// languages, referral route, and how fresh the information is.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDirectoryBundle, loadValidatedServices } from '../../../scripts/directory-source.ts';
import type { Service } from '../../../src/directory/types.ts';
import { initI18n } from '../../../src/i18n/i18n.ts';
import { UiContext } from '../../../src/ui-context.ts';
import { ServiceScreen } from '../../../src/screens/service/service-screen.tsx';

const t = initI18n('en');
const bundle = buildDirectoryBundle(loadValidatedServices());
const byId = (id: string): Service => {
  const found = bundle.services.find((service) => service.id === id);
  if (!found) throw new Error(`no ${id} in data/services`);
  return found;
};

afterEach(cleanup);

function show(service: Service, now: Date) {
  render(
    <UiContext.Provider value={{ t, language: 'en', labels: bundle.labels['en'] }}>
      <ServiceScreen service={service} now={now} focusOnMount={false} shortlisted={false} onShortlist={() => {}} onBack={() => {}} onReport={() => {}} />
    </UiContext.Provider>,
  );
}

describe('ServiceScreen', () => {
  it('puts one-tap contact first, then what they help with, who for, hours and referral route', () => {
    const stalking = byId('national-stalking-helpline');
    show(stalking, new Date('2026-11-25T10:00:00Z'));
    const headings = screen.getAllByRole('heading').map((heading) => heading.textContent);
    expect(headings).toEqual(['National Stalking Helpline', 'How to contact']);
    expect(screen.getByRole('link', { name: 'Call 0808 802 0300' }).getAttribute('href')).toBe('tel:+448088020300');
    expect(screen.getByText('Stalking and harassment')).toBeTruthy();
    expect(screen.getByText('You can contact them yourself.')).toBeTruthy();
    expect(screen.getByText('English')).toBeTruthy();
  });

  it('works out open now and the next opening in London time', () => {
    const stalking = byId('national-stalking-helpline');
    // Wednesday: 13:00–16:00 only. At 10:00 it is closed and opens at 13:00 today.
    show(stalking, new Date('2026-11-25T10:00:00Z'));
    expect(screen.getByText('Closed now. Opens today at 13:00')).toBeTruthy();
    cleanup();
    show(stalking, new Date('2026-11-25T14:00:00Z'));
    expect(screen.getByText('Open now, until 16:00')).toBeTruthy();
  });

  it('says when the information was checked, links the source, and warns once it is past review', () => {
    const service = byId('samaritans');
    show(service, new Date(`${service.last_verified}T12:00:00Z`));
    expect(screen.getByText(/^Checked \w+ \d{4} on their website;/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^Source: / })[0]?.getAttribute('href')).toBe(service.sources[0]?.url);
    expect(screen.queryByText(/may be out of date/)).toBeNull();
    cleanup();
    const dayAfterReview = new Date(Date.parse(`${service.review_by}T12:00:00Z`) + 86_400_000);
    show(service, dayAfterReview);
    expect(screen.getByText('This may be out of date. Check their website before you go.')).toBeTruthy();
  });

  it('names who the service is especially for', () => {
    show(byId('mens-advice-line'), new Date('2026-11-25T10:00:00Z'));
    expect(screen.getByText('Especially for: Men')).toBeTruthy();
  });
});
