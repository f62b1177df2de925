import type { DayCode, DialablePhone, Schedule, Service } from './types.ts';
import { DAY_CODES, UK_WIDE } from './types.ts';
import { ltrText } from '../i18n/bidi.ts';
import { phoneLabelKey } from './code-labels.ts';

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

/** Sources older than this are old enough to warn about, even before the review date. */
const OLD_SOURCE_YEARS = 2;

/** True when every source shows its own date and all of them are more than two years old on `today`. */
export function sourcesAreOld(sources: Service['sources'], today: string): boolean {
  const limit = `${Number(today.slice(0, 4)) - OLD_SOURCE_YEARS}${today.slice(4)}`;
  return sources.length > 0 && sources.every((source) => source.page_date !== undefined && source.page_date.padEnd(10, '-99') < limit);
}

/** The link that calls or texts a number: sms: for text lines, tel: otherwise. */
export function phoneHref(phone: DialablePhone): string {
  return `${phone.type === 'text' ? 'sms' : 'tel'}:${phone.dial}`;
}

/** A number's action as plain text (copied slips, speech): the number isolated left to right, the line named. */
export function phoneLineText(phone: DialablePhone, t: (key: string, values?: Record<string, string>) => string): string {
  const label = phoneLabelKey(phone);
  const action = t(phoneActionKey(phone), { number: ltrText(phone.number) });
  return label ? `${action} (${t(label)})` : action;
}

/** The locale key for a number's action, "Call {{number}}" or "Text {{number}}". */
export function phoneActionKey(phone: Pick<DialablePhone, 'type'>): 'service.textNumber' | 'service.callNumber' {
  return phone.type === 'text' ? 'service.textNumber' : 'service.callNumber';
}

/** A UK-wide line open day and night that can be called: what a dead end or a failure falls back to. */
export function isNationalHelpline(service: { open_24_7: boolean; areas: readonly string[]; phones: ReadonlyArray<{ type: string }> }): boolean {
  return service.open_24_7 && service.areas.includes(UK_WIDE) && service.phones.some((phone) => phone.type === 'voice');
}
