// Which number the call button dials at a given London time, and whether each line is answered.
import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/directory/types.ts';
import { londonTime } from '../../src/hours/london-time.ts';
import { lineStatusAt, lineToCall, serviceStatusAt } from '../../src/hours/line-status.ts';

const officeHours: Schedule = { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' };
const none = new Set<string>();
const council = {
  open_24_7: false,
  schedules: [officeHours],
  closed_on_bank_holidays: true,
  phones: [
    { type: 'voice' as const, number: '020 7000 0001' },
    { type: 'voice' as const, number: '020 7000 0002', role: 'out-of-hours' as const },
    { type: 'voice' as const, number: '+44 20 7000 0003', role: 'from-abroad' as const },
  ],
};
// Tuesday 1 December 2026 (GMT = London time).
const tuesdayAt = (time: string) => londonTime(new Date(`2026-12-01T${time}:00Z`));

describe('lineToCall', () => {
  it('dials the day line in office hours', () => {
    expect(lineToCall(council, tuesdayAt('10:00'), none)?.phone.number).toBe('020 7000 0001');
  });

  it('dials the out-of-hours line at night and says it is open', () => {
    const call = lineToCall(council, tuesdayAt('21:00'), none);
    expect(call?.phone.number).toBe('020 7000 0002');
    expect(call?.status).toEqual({ state: 'open', closes: '09:00' });
  });

  it('dials the out-of-hours line on a bank holiday the office is closed', () => {
    expect(lineToCall(council, tuesdayAt('10:00'), new Set(['2026-12-01']))?.phone.number).toBe('020 7000 0002');
  });

  it('never offers the from-abroad number to call from the UK', () => {
    const abroadOnly = { ...council, phones: [council.phones[2]!] };
    expect(lineToCall(abroadOnly, tuesdayAt('10:00'), none)).toBeUndefined();
  });

  it('prefers a line with its own 24-hour hours over an office line that is open', () => {
    const service = { ...council, phones: [council.phones[0]!, { type: 'voice' as const, number: '0808 000 0000', open_24_7: true }] };
    expect(lineToCall(service, tuesdayAt('10:00'), none)?.phone.number).toBe('0808 000 0000');
  });
});

describe('lineStatusAt', () => {
  it('says the out-of-hours line is closed while the office is open, until it closes', () => {
    expect(lineStatusAt(council.phones[1]!, council, tuesdayAt('10:00'), none)).toEqual({ state: 'closed', opens: { day: 'TU', time: '17:00', inDays: 0 } });
  });

  it('keeps a line’s own hours', () => {
    const evenings: Schedule = { byday: 'MO,TU,WE,TH,FR', opens_at: '18:00', closes_at: '22:00' };
    const line = { type: 'voice' as const, number: '020 7000 0004', schedules: [evenings] };
    expect(lineStatusAt(line, council, tuesdayAt('19:00'), none)).toEqual({ state: 'open', closes: '22:00' });
    expect(lineStatusAt(line, council, tuesdayAt('10:00'), none).state).toBe('closed');
  });

  it('does not guess for an out-of-hours line when the main hours are not published', () => {
    const unknown = { ...council, schedules: [] };
    expect(lineStatusAt(council.phones[1]!, unknown, tuesdayAt('21:00'), none)).toEqual({ state: 'unknown' });
  });
});

describe('serviceStatusAt', () => {
  it('counts a service as open at night when its out-of-hours line answers', () => {
    expect(serviceStatusAt(council, tuesdayAt('21:00'), none).state).toBe('open');
  });
});
