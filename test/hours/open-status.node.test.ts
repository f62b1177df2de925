import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/directory/types.ts';
import { BANK_HOLIDAYS } from '../../src/hours/bank-holidays.ts';
import { dayOf } from '../../src/hours/london-time.ts';
import { openStatus, type Hours } from '../../src/hours/open-status.ts';
import bankHolidays from '../../data/bank-holidays.json';

const weekdays: Schedule = { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' };
const office: Hours = { open_24_7: false, schedules: [weekdays] };
const at = (iso: string) => new Date(iso);
const none = new Set<string>();

describe('openStatus', () => {
  it('is open inside the hours and says when it closes', () => {
    // Tuesday 2026-11-24, 10:00 GMT (= London time in winter).
    expect(openStatus(office, at('2026-11-24T10:00:00Z'), none)).toEqual({ state: 'open', closes: '17:00' });
  });

  it('is closed at closing time and opens the next morning', () => {
    expect(openStatus(office, at('2026-11-24T17:00:00Z'), none)).toEqual({ state: 'closed', opens: { day: 'WE', time: '09:00', inDays: 1 } });
  });

  it('opens later today when it is early morning', () => {
    expect(openStatus(office, at('2026-11-24T07:30:00Z'), none)).toEqual({ state: 'closed', opens: { day: 'TU', time: '09:00', inDays: 0 } });
  });

  it('over the weekend, opens on Monday', () => {
    expect(openStatus(office, at('2026-11-28T12:00:00Z'), none)).toEqual({ state: 'closed', opens: { day: 'MO', time: '09:00', inDays: 2 } });
  });

  it('uses London summer time: 09:30 BST is 08:30 UTC', () => {
    // Wednesday 2026-07-15.
    expect(openStatus(office, at('2026-07-15T08:30:00Z'), none).state).toBe('open');
    expect(openStatus(office, at('2026-07-15T16:30:00Z'), none).state).toBe('closed');
  });

  it('follows the spring clock change on Sunday 29 March 2026', () => {
    const sunday: Hours = { open_24_7: false, schedules: [{ byday: 'SU', opens_at: '09:00', closes_at: '12:00' }] };
    // 00:30 UTC is 00:30 GMT (before the change); 08:30 UTC is 09:30 BST (after it).
    expect(openStatus(sunday, at('2026-03-29T00:30:00Z'), none)).toEqual({ state: 'closed', opens: { day: 'SU', time: '09:00', inDays: 0 } });
    expect(openStatus(sunday, at('2026-03-29T08:30:00Z'), none)).toEqual({ state: 'open', closes: '12:00' });
    // 10:30 UTC is 11:30 BST: still open; 11:00 UTC is 12:00 BST: closed.
    expect(openStatus(sunday, at('2026-03-29T10:30:00Z'), none).state).toBe('open');
    expect(openStatus(sunday, at('2026-03-29T11:00:00Z'), none).state).toBe('closed');
  });

  it('follows the autumn clock change on Sunday 25 October 2026', () => {
    const sunday: Hours = { open_24_7: false, schedules: [{ byday: 'SU', opens_at: '09:00', closes_at: '12:00' }] };
    // 08:30 UTC is 08:30 GMT after the change: not yet open. 09:00 UTC is 09:00 GMT: open.
    expect(openStatus(sunday, at('2026-10-25T08:30:00Z'), none).state).toBe('closed');
    expect(openStatus(sunday, at('2026-10-25T09:00:00Z'), none).state).toBe('open');
    // 11:30 UTC the day before is 12:30 BST: closed, opens tomorrow.
    expect(openStatus(sunday, at('2026-10-24T11:30:00Z'), none)).toEqual({ state: 'closed', opens: { day: 'SU', time: '09:00', inDays: 1 } });
  });

  it('handles hours that run past midnight', () => {
    const evenings: Hours = { open_24_7: false, schedules: [{ byday: 'FR', opens_at: '20:00', closes_at: '02:00' }] };
    expect(openStatus(evenings, at('2026-11-27T21:00:00Z'), none)).toEqual({ state: 'open', closes: '02:00' });
    expect(openStatus(evenings, at('2026-11-28T01:30:00Z'), none)).toEqual({ state: 'open', closes: '02:00' });
    expect(openStatus(evenings, at('2026-11-28T02:30:00Z'), none).state).toBe('closed');
  });

  it('stays closed on a bank holiday only for services that say they close then', () => {
    // Monday 28 December 2026 is the Boxing Day substitute holiday.
    const now = at('2026-12-28T10:00:00Z');
    expect(openStatus(office, now, BANK_HOLIDAYS).state).toBe('open');
    expect(openStatus({ ...office, closed_on_bank_holidays: true }, now, BANK_HOLIDAYS)).toEqual({ state: 'closed', opens: { day: 'TU', time: '09:00', inDays: 1 } });
  });

  it('is always open for 24/7 services, and unknown without published hours', () => {
    expect(openStatus({ open_24_7: true, schedules: [] }, at('2026-11-24T03:00:00Z'), none)).toEqual({ state: 'always' });
    expect(openStatus({ open_24_7: false, schedules: [] }, at('2026-11-24T03:00:00Z'), none)).toEqual({ state: 'unknown' });
  });

  it('judges the phone hours, not the chat hours, when both are published', () => {
    const both: Hours = {
      open_24_7: false,
      schedules: [
        { channel: 'phone', byday: 'MO', opens_at: '09:00', closes_at: '10:00' },
        { channel: 'webchat', byday: 'MO', opens_at: '09:00', closes_at: '22:00' },
      ],
    };
    expect(openStatus(both, at('2026-11-23T12:00:00Z'), none).state).toBe('closed');
  });
});

describe('bundled bank holidays', () => {
  it('are weekdays, sorted, and include the holidays named by their rules', () => {
    const dates = bankHolidays.dates;
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) expect(['SA', 'SU'], date).not.toContain(dayOf(date));
    // Early May: the first Monday in May; spring and summer: the last Monday in May and August.
    for (const year of [2025, 2026, 2027, 2028]) {
      const mondays = (month: number) =>
        Array.from({ length: 31 }, (_, i) => `${year}-${String(month).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`).filter(
          (date) => new Date(`${date}T12:00:00Z`).getUTCMonth() === month - 1 && dayOf(date) === 'MO',
        );
      expect(dates).toContain(mondays(5)[0]);
      expect(dates).toContain(mondays(5).at(-1));
      expect(dates).toContain(mondays(8).at(-1));
      expect(dates.filter((date) => date.startsWith(String(year)))).toHaveLength(8);
    }
  });
});
