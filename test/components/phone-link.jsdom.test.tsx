// A number on a card, in any script: one tap to call or text, the digits kept in their order.
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ComponentChild } from 'preact';
import { PhoneLink } from '../../src/components/phone-link/phone-link.tsx';
import { UiContext } from '../../src/ui-context.ts';
import { ltrText } from '../../src/i18n/bidi.ts';

const arabic = (key: string, values?: Record<string, unknown>) =>
  (({ 'service.callNumber': 'اتصل على {{number}}', 'service.textNumber': 'أرسل رسالة إلى {{number}}', 'service.outOfHours': 'خارج ساعات العمل', 'service.textLabel': 'رسائل نصية' }) as Record<string, string>)[key]!.replace(
    '{{number}}',
    String(values?.number ?? ''),
  );

const inArabic = (node: ComponentChild) => render(<UiContext.Provider value={{ t: arabic as never, language: 'ar', labels: undefined }}>{node}</UiContext.Provider>);

describe('PhoneLink', () => {
  it('calls the number and keeps it left to right inside Arabic text', () => {
    inArabic(<PhoneLink phone={{ type: 'voice', number: '0808 2000 247', dial: '+448082000247', description: '' }} />);
    const link = screen.getByRole('link', { name: /0808 2000 247/ });
    expect(link.getAttribute('href')).toBe('tel:+448082000247');
    const isolated = link.querySelector('bdi');
    expect(isolated?.textContent).toBe('0808 2000 247');
    expect(isolated?.getAttribute('dir')).toBe('ltr');
  });

  it('texts a text line and names an out-of-hours line', () => {
    const { unmount } = inArabic(<PhoneLink phone={{ type: 'text', number: '61016', dial: '61016', description: '' }} />);
    expect(screen.getByRole('link', { name: /61016/ }).getAttribute('href')).toBe('sms:61016');
    unmount();
    inArabic(<PhoneLink phone={{ type: 'voice', number: '020 7008 1500', dial: '+442070081500', role: 'out-of-hours', description: '' }} />);
    expect(screen.getByRole('link', { name: /020 7008 1500.*خارج ساعات العمل/ })).toBeTruthy();
  });
});

describe('ltrText', () => {
  it('wraps plain text in a left-to-right isolate', () => {
    expect(ltrText('SW6 1AA')).toBe('\u2066SW6 1AA\u2069');
  });
});
