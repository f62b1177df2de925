import type { DayCode } from '../directory/types';

/** A moment as a clock on a wall in London shows it. */
export interface LondonTime {
  /** ISO date, e.g. "2026-11-22". */
  date: string;
  day: DayCode;
  /** Minutes since local midnight. */
  minutes: number;
}

const WEEKDAY_CODES: Record<string, DayCode> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

// Intl knows the UK's clock changes, so no time-zone data has to ship with the app.
const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The London wall-clock date, weekday and time of an instant. */
export function londonTime(instant: Date): LondonTime {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    day: WEEKDAY_CODES[parts['weekday'] ?? ''] ?? 'MO',
    minutes: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/** "HH:MM" as minutes since midnight ("24:00" is the end of the day). */
export function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The ISO date `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The weekday of an ISO date. */
export function dayOf(isoDate: string): DayCode {
  const codes: DayCode[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
  return codes[new Date(`${isoDate}T12:00:00Z`).getUTCDay()] ?? 'MO';
}
