// Which number to call now, and whether each of a service's lines is open: a council's
// out-of-hours number answers when the day line is closed, a line may keep its own hours, and
// the "open now" badge follows the line the card would dial. Pure: clock and holidays passed in.
import type { Phone, Service } from '../directory/types';
import type { LondonTime } from './london-time';
import { openStatusAt, type OpenStatus } from './open-status';

type Hours = Pick<Service, 'open_24_7' | 'schedules' | 'closed_on_bank_holidays'>;
type Line = Pick<Phone, 'type' | 'role' | 'open_24_7' | 'schedules'>;

const UNKNOWN: OpenStatus = { state: 'unknown' };

/** The service's own main line status: its first main voice line with hours of its own, else the service's hours. */
function mainStatus(service: Hours & { phones: readonly Line[] }, here: LondonTime, bankHolidays: ReadonlySet<string>): OpenStatus {
  const main = service.phones.find((phone) => phone.type === 'voice' && phone.role === undefined && (phone.open_24_7 || phone.schedules?.length));
  return main ? ownStatus(main, service, here, bankHolidays) : openStatusAt(service, here, bankHolidays);
}

function ownStatus(line: Line, service: Hours, here: LondonTime, bankHolidays: ReadonlySet<string>): OpenStatus {
  if (line.open_24_7) return { state: 'always' };
  return openStatusAt({ open_24_7: false, schedules: line.schedules ?? [], closed_on_bank_holidays: service.closed_on_bank_holidays }, here, bankHolidays);
}

/** Whether one of a service's numbers is answered now. */
export function lineStatusAt(line: Line, service: Hours & { phones: readonly Line[] }, here: LondonTime, bankHolidays: ReadonlySet<string>): OpenStatus {
  if (line.open_24_7 || line.schedules?.length) return ownStatus(line, service, here, bankHolidays);
  if (line.role !== 'out-of-hours') return openStatusAt(service, here, bankHolidays);
  // Out of hours: open exactly when the main line is closed.
  const main = mainStatus(service, here, bankHolidays);
  if (main.state === 'open') return { state: 'closed', opens: { day: here.day, time: main.closes, inDays: 0 } };
  if (main.state === 'closed') return { state: 'open', closes: main.opens.time };
  return UNKNOWN;
}

/** The voice numbers a person in the UK would call, main lines first. */
function callableLines<T extends Line>(phones: readonly T[]): T[] {
  const voice = phones.filter((phone) => phone.type === 'voice' && phone.role !== 'from-abroad');
  return [...voice.filter((phone) => phone.role === undefined), ...voice.filter((phone) => phone.role !== undefined)];
}

/** The number the call button dials now: one answered now if there is one, else the main line. */
export function lineToCall<T extends Line>(service: Hours & { phones: readonly T[] }, here: LondonTime, bankHolidays: ReadonlySet<string>): { phone: T; status: OpenStatus } | undefined {
  const lines = callableLines(service.phones);
  const statuses = lines.map((phone) => ({ phone, status: lineStatusAt(phone, service, here, bankHolidays) }));
  return statuses.find(({ status }) => status.state === 'always') ?? statuses.find(({ status }) => status.state === 'open') ?? statuses[0];
}

/** The service's status for "open now" and ranking: the best of its lines, else its own hours. */
export function serviceStatusAt(service: Hours & { phones: readonly Line[] }, here: LondonTime, bankHolidays: ReadonlySet<string>): OpenStatus {
  const own = openStatusAt(service, here, bankHolidays);
  if (own.state === 'always') return own;
  const call = lineToCall(service, here, bankHolidays);
  if (call && (call.status.state === 'always' || call.status.state === 'open')) return call.status;
  return own;
}
