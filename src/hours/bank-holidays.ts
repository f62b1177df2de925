import bankHolidays from '../../data/bank-holidays.json';

/** England and Wales bank holidays (ISO dates), bundled so "open now" works offline. */
export const BANK_HOLIDAYS: ReadonlySet<string> = new Set(bankHolidays.dates);
