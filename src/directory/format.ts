import type { DayCode, Schedule, Service } from './types';
import { DAY_CODES } from './types';

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
