// Whether a service is open now, and when it next opens, from its weekly schedules in
// Europe/London time. Pure: the clock and the bank holidays are passed in.
import type { DayCode, Schedule } from '../directory/types';
import { addDays, dayOf, londonTime, toMinutes, type LondonTime } from './london-time';

/** What the open-now badge says. */
export type OpenStatus =
  | { state: 'always' }
  | { state: 'open'; closes: string }
  | { state: 'closed'; opens: { day: DayCode; time: string; inDays: number } }
  | { state: 'unknown' };

/** The parts of a service the status needs. */
export interface Hours {
  open_24_7: boolean;
  schedules: Schedule[];
  closed_on_bank_holidays?: boolean;
}

const DAYS_AHEAD = 8;

/** The schedules that say when someone answers: phone (or the whole service) first, else any. */
function relevantSchedules(schedules: Schedule[]): Schedule[] {
  const main = schedules.filter((schedule) => schedule.channel === undefined || schedule.channel === 'phone');
  return main.length > 0 ? main : schedules;
}

function hasDay(schedule: Schedule, day: DayCode): boolean {
  return schedule.byday.split(',').includes(day);
}

/** Open now, closed with the next opening, always open, or unknown when no hours are published. */
export function openStatus(hours: Hours, now: Date, bankHolidays: ReadonlySet<string>): OpenStatus {
  return openStatusAt(hours, londonTime(now), bankHolidays);
}

/** openStatus for a London time already worked out: for many services at one moment. */
export function openStatusAt(hours: Hours, here: LondonTime, bankHolidays: ReadonlySet<string>): OpenStatus {
  if (hours.open_24_7) return { state: 'always' };
  const schedules = relevantSchedules(hours.schedules);
  if (schedules.length === 0) return { state: 'unknown' };
  const closedOn = (date: string) => hours.closed_on_bank_holidays === true && bankHolidays.has(date);

  for (const schedule of schedules) {
    const opens = toMinutes(schedule.opens_at);
    const closes = toMinutes(schedule.closes_at);
    const overnight = closes < opens;
    if (!closedOn(here.date) && hasDay(schedule, here.day) && here.minutes >= opens && (overnight || here.minutes < closes)) {
      return { state: 'open', closes: schedule.closes_at };
    }
    const yesterday = addDays(here.date, -1);
    if (overnight && !closedOn(yesterday) && hasDay(schedule, dayOf(yesterday)) && here.minutes < closes) {
      return { state: 'open', closes: schedule.closes_at };
    }
  }

  for (let inDays = 0; inDays < DAYS_AHEAD; inDays += 1) {
    const date = addDays(here.date, inDays);
    if (closedOn(date)) continue;
    const day = dayOf(date);
    const openings = schedules
      .filter((schedule) => hasDay(schedule, day))
      .map((schedule) => schedule.opens_at)
      .filter((time) => inDays > 0 || toMinutes(time) > here.minutes)
      .sort();
    const first = openings[0];
    if (first) return { state: 'closed', opens: { day, time: first, inDays } };
  }
  return { state: 'unknown' };
}
