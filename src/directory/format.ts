import type { DayCode, DialablePhone, Schedule, Service } from './types.ts';
import { DAY_CODES } from './types.ts';

/** "November 2026" for an ISO date, in the given UI language. */
export function formatMonthYear(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The host name of a source URL, shown as "Source: example.org". */
export function sourceHost(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The schedule's days in week order. */
export function scheduleDays(schedule: Schedule): DayCode[] {
  const days = new Set(schedule.byday.split(','));
  return DAY_CODES.filter((day) => days.has(day));
}

/** The service's first voice number, the one-tap action on a card. */
export function primaryPhone(service: Service) {
  return service.phones.find((phone) => phone.type === 'voice');
}

/** The link that calls or texts a number: sms: for text lines, tel: otherwise. */
export function phoneHref(phone: DialablePhone): string {
  return `${phone.type === 'text' ? 'sms' : 'tel'}:${phone.dial}`;
}

/** The locale key for a number's action, "Call {{number}}" or "Text {{number}}". */
export function phoneActionKey(phone: Pick<DialablePhone, 'type'>): 'service.textNumber' | 'service.callNumber' {
  return phone.type === 'text' ? 'service.textNumber' : 'service.callNumber';
}

/** A UK-wide line open day and night that can be called: what a dead end or a failure falls back to. */
export function isNationalHelpline(service: { open_24_7: boolean; areas: readonly string[]; phones: ReadonlyArray<{ type: string }> }): boolean {
  return service.open_24_7 && service.areas.includes('uk') && service.phones.some((phone) => phone.type === 'voice');
}
