// The review sheet: the directory as a CSV with one row per service, for the people who check it
// (council VAWG leads keep it in spreadsheets), and the rules for applying an edited sheet back to
// data/services. `npm run review` (scripts/review-export.ts) writes the sheet and `npm run
// review:apply` (scripts/review-apply.ts) reads it back. The sheet is only a view: a cell left as
// exported never touches its field, so an unchanged sheet changes no byte, and a sheet is applied
// only when every row is valid and the whole directory still passes the build's own check.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import serviceSchema from '../data/schema/service.schema.json' with { type: 'json' };
import { DATA_DIR, loadValidatedServices, londonToday, readKnownCodes, readRequiredServices, readServiceFiles } from './directory-source.ts';
import { decodeUtf8 } from './directory/strict-json.ts';
import { DirectoryValidationError, formatDataError, validateDirectory, type DataError } from './directory/validate.ts';
import { CHANNELS, DAY_CODES, type Channel, type DayCode, type Phone, type Schedule, type ServiceRecord, type Source } from '../src/directory/types.ts';

// ---------------------------------------------------------------------------------------------
// Columns

/** The three cells each phone number has in the sheet. */
export const PHONE_FIELDS = ['number', 'description', 'hours'] as const;
/** One of PHONE_FIELDS. */
export type PhoneField = (typeof PHONE_FIELDS)[number];

/** Columns before the phone groups. */
export const LEADING_COLUMNS = ['id', 'name', 'organisation'] as const;
/** Columns after the phone groups; "status" is worked out from review_by and never applied. */
export const TRAILING_COLUMNS = ['service hours', 'url', 'email', 'source_url', 'source kind', 'source page date', 'last_verified', 'review_by', 'status', 'file version'] as const;
/**
 * A fingerprint of the record when the sheet was written. A row whose file has changed since (a
 * fix made by hand, another sheet applied) is refused rather than applied over that change.
 */
export const VERSION_COLUMN = 'file version';

/** The fingerprint of a record as the sheet's "file version" column holds it. */
export function recordVersion(record: unknown): string {
  return createHash('sha256').update(serviceFileText(record)).digest('hex').slice(0, 12);
}
/** The computed column: applying a sheet ignores it, so it may be missing or edited freely. */
export const STATUS_COLUMN = 'status';

/** The heading of one phone cell, e.g. "phone 2 hours" (groups count from 1, as people do). */
export function phoneColumn(group: number, field: PhoneField): string {
  return `phone ${group} ${field}`;
}

const PHONE_COLUMN = /^phone ([1-9][0-9]*) (number|description|hours)$/;

/** Every column of a sheet with `phoneGroups` phone groups, in sheet order. */
export function sheetColumns(phoneGroups: number): string[] {
  const phones = Array.from({ length: phoneGroups }, (_, i) => PHONE_FIELDS.map((field) => phoneColumn(i + 1, field))).flat();
  return [...LEADING_COLUMNS, ...phones, ...TRAILING_COLUMNS];
}

// ---------------------------------------------------------------------------------------------
// Hours

/** How a line or service open day and night is written in the sheet. */
export const ALWAYS_OPEN = '24/7';

/** Hours as the record holds them: open day and night, and/or weekly windows. */
export interface Hours {
  open_24_7: boolean;
  schedules: Schedule[];
}

function formatSchedule(schedule: Schedule): string {
  const channel = schedule.channel ? `${schedule.channel}: ` : '';
  const description = schedule.description !== undefined ? ` (${schedule.description})` : '';
  return `${channel}${schedule.byday} ${schedule.opens_at}-${schedule.closes_at}${description}`;
}

/**
 * Hours as one readable cell: "24/7", or windows separated by "; " such as
 * "MO,TU,WE,TH,FR 09:00-17:00; SA 10:00-14:00"; a window for one channel starts "email: ", and a
 * window's own note follows in brackets. Empty means no hours (a phone then keeps the service's).
 */
export function formatHours(open24x7: boolean, schedules: readonly Schedule[]): string {
  return [...(open24x7 ? [ALWAYS_OPEN] : []), ...schedules.map(formatSchedule)].join('; ');
}

/** Splits at ";" outside brackets, so a note may contain ";"; undefined when brackets do not pair. */
function splitWindows(text: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i];
    if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    if (depth < 0) return undefined;
    if (character === ';' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

// Dashes: spreadsheets and word processors turn "-" into an en or em dash as people type.
const WINDOW = /^(?:([A-Za-z-]+)\s*:\s*)?([A-Za-z][A-Za-z,\s\-\u2013\u2014]*?)\s+(\d{1,2}[:.]\d{2})\s*[-\u2013\u2014]\s*(\d{1,2}[:.]\d{2})\s*(?:\((.*)\))?$/s;
const HOURS_EXAMPLE = 'write 24/7, or days and times such as "MO,TU,WE,TH,FR 09:00-17:00; SA 10:00-14:00"';

function parseTime(text: string): string | undefined {
  const [hours = '', minutes = ''] = text.split(/[:.]/);
  const time = `${hours.padStart(2, '0')}:${minutes}`;
  return /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(time) ? time : undefined;
}

function parseDays(text: string): { byday: string } | { problem: string } {
  const days: DayCode[] = [];
  const isDay = (code: string): code is DayCode => (DAY_CODES as readonly string[]).includes(code);
  for (const token of text.toUpperCase().split(',').map((part) => part.trim())) {
    const range = /^([A-Z]{2})\s*[-\u2013\u2014]\s*([A-Z]{2})$/.exec(token);
    if (range) {
      const [from = '', to = ''] = [range[1], range[2]];
      if (!isDay(from) || !isDay(to)) return { problem: `"${token}" is not a range of days; use the codes ${DAY_CODES.join(',')}` };
      if (DAY_CODES.indexOf(from) > DAY_CODES.indexOf(to)) return { problem: `"${token}" runs backwards; write the days in week order, e.g. MO-FR` };
      days.push(...DAY_CODES.slice(DAY_CODES.indexOf(from), DAY_CODES.indexOf(to) + 1));
    } else if (isDay(token)) days.push(token);
    else return { problem: `"${token}" is not a day; use the codes ${DAY_CODES.join(',')}` };
  }
  return { byday: days.join(',') };
}

/**
 * Reads a cell written by formatHours, and what people type instead: lower-case days, "MO-FR"
 * ranges, "9:00", en dashes. `channels` are the channel codes a window may name; a phone's own
 * hours cannot name one, so its list is empty.
 */
export function parseHours(text: string, channels: ReadonlySet<string>): Hours | { problem: string } {
  const windows = splitWindows(text);
  if (!windows) return { problem: 'has brackets that do not pair; a note goes in one pair of brackets after the times' };
  let open24x7 = false;
  const schedules: Schedule[] = [];
  for (const window of windows) {
    if (window === ALWAYS_OPEN) {
      if (open24x7) return { problem: 'says 24/7 twice' };
      open24x7 = true;
      continue;
    }
    const match = WINDOW.exec(window);
    if (!match) return { problem: `cannot read "${window}": ${HOURS_EXAMPLE}` };
    const [, channelText, dayText = '', opensText = '', closesText = '', description] = match;
    const channel = channelText?.toLowerCase();
    if (channel !== undefined && !channels.has(channel)) {
      return { problem: channels.size === 0 ? `"${channelText}:" names a channel, but a phone's own hours are for that number only; remove it` : `"${channelText}" is not a channel; use one of ${[...channels].join(', ')}` };
    }
    const days = parseDays(dayText.trim());
    if ('problem' in days) return days;
    const opens = parseTime(opensText);
    const closes = parseTime(closesText);
    if (!opens || !closes) return { problem: `"${!opens ? opensText : closesText}" is not a time; write 24-hour HH:MM, e.g. 09:00 or 17:30` };
    // Key order as the data files write a schedule: channel first.
    const schedule: Schedule = {
      ...(channel !== undefined ? { channel: channel as Channel } : {}),
      byday: days.byday,
      opens_at: opens,
      closes_at: closes,
      ...(description !== undefined ? { description: description.trim() } : {}),
    };
    schedules.push(schedule);
  }
  return { open_24_7: open24x7, schedules };
}

function sameSchedules(a: readonly Schedule[], b: readonly Schedule[]): boolean {
  const fields = ['channel', 'byday', 'opens_at', 'closes_at', 'description'] as const;
  return a.length === b.length && a.every((schedule, i) => fields.every((field) => schedule[field] === b[i]?.[field]));
}

// ---------------------------------------------------------------------------------------------
// Review status and order

/** How near a service is to its review date. */
export type ReviewStatus = 'ok' | 'due within 30 days' | 'overdue';
/** A review this many days away or nearer is due. */
export const DUE_SOON_DAYS = 30;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** "overdue" once review_by has passed (the day itself is still due), as `npm run check:data` counts. */
export function reviewStatus(reviewBy: string, today: string): ReviewStatus {
  if (reviewBy < today) return 'overdue';
  return reviewBy <= addDays(today, DUE_SOON_DAYS) ? 'due within 30 days' : 'ok';
}

const STATUS_RANK: Record<ReviewStatus, number> = { overdue: 0, 'due within 30 days': 1, ok: 2 };

/** Most urgent first: overdue (longest overdue first), then due (soonest first), then ok (soonest first); ties by id. */
export function byUrgency(today: string): (a: ServiceRecord, b: ServiceRecord) => number {
  // Within each status the earliest review_by is the most urgent, so the rank only groups them.
  return (a, b) =>
    STATUS_RANK[reviewStatus(a.review_by, today)] - STATUS_RANK[reviewStatus(b.review_by, today)] ||
    (a.review_by < b.review_by ? -1 : a.review_by > b.review_by ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180)

/** Written first so Excel reads the file as UTF-8 (it assumes the system code page otherwise). */
export const UTF8_BOM = '\uFEFF';
// A spreadsheet runs a cell beginning with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A value made safe to open in a spreadsheet: one starting = + - @ (a "+44" number too) or an
 * apostrophe gets an apostrophe in front. Prefixing a leading apostrophe as well keeps it
 * reversible: unguardCell strips exactly one, so every string round-trips.
 */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** The value guardCell was given; a cell a person typed without the apostrophe is kept as typed. */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r']/.test(cell) ? cell.slice(1) : cell;
}

function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The rows as RFC 4180 CSV with CRLF line ends and a UTF-8 byte order mark, every cell guarded. */
export function writeCsv(rows: ReadonlyArray<readonly string[]>): string {
  return UTF8_BOM + rows.map((row) => `${row.map((cell) => quoteCell(guardCell(cell))).join(',')}\r\n`).join('');
}

/** Why CSV text could not be split into cells, at its spreadsheet row (the header is row 1). */
export interface CsvSyntaxProblem {
  row: number;
  reason: string;
}

/**
 * Splits CSV text into rows of cells exactly as written (no apostrophe removed). Accepts what
 * spreadsheets save besides RFC 4180: LF or CR line ends, a byte order mark, no final line end.
 */
export function splitCsv(text: string): { rows: string[][] } | { problem: CsvSyntaxProblem } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let afterQuote = false;
  let quoteRow = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
    afterQuote = false;
  };
  for (let i = text.startsWith(UTF8_BOM) ? 1 : 0; i < text.length; i += 1) {
    const character = text[i];
    if (inQuotes) {
      if (character !== '"') cell += character;
      else if (text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else {
        inQuotes = false;
        afterQuote = true;
      }
    } else if (character === ',') endCell();
    else if (character === '\r' || character === '\n') {
      if (character === '\r' && text[i + 1] === '\n') i += 1;
      endCell();
      rows.push(row);
      row = [];
    } else if (afterQuote) return { problem: { row: rows.length + 1, reason: `has text after a closing quote ("…"${character}); a cell with quotes must be wholly inside them` } };
    else if (character === '"' && cell === '') {
      inQuotes = true;
      quoteRow = rows.length + 1;
    } else cell += character;
  }
  if (inQuotes) return { problem: { row: quoteRow, reason: 'has a quoted cell that is never closed (a " is missing)' } };
  if (cell !== '' || afterQuote || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return { rows };
}

/** CSV text back to the values writeCsv was given: cells split, apostrophe guards removed. */
export function parseCsv(text: string): { rows: string[][] } | { problem: CsvSyntaxProblem } {
  const split = splitCsv(text);
  return 'rows' in split ? { rows: split.rows.map((row) => row.map(unguardCell)) } : split;
}

// ---------------------------------------------------------------------------------------------
// Export

/** Every cell of a service's row by column heading; phone groups it has no number for are absent. */
export function cellsOf(record: ServiceRecord, today: string): Record<string, string> {
  const source: Source | undefined = record.sources[0];
  const cells: Record<string, string> = { id: record.id, name: record.name, organisation: record.organization.name };
  record.phones.forEach((phone, i) => {
    cells[phoneColumn(i + 1, 'number')] = phone.number;
    cells[phoneColumn(i + 1, 'description')] = phone.description;
    cells[phoneColumn(i + 1, 'hours')] = formatHours(phone.open_24_7 === true, phone.schedules ?? []);
  });
  return {
    ...cells,
    'service hours': formatHours(record.open_24_7, record.schedules),
    url: record.url,
    email: record.email ?? '',
    source_url: source?.url ?? '',
    'source kind': source?.kind ?? '',
    'source page date': source?.page_date ?? '',
    last_verified: record.last_verified,
    review_by: record.review_by,
    status: reviewStatus(record.review_by, today),
    [VERSION_COLUMN]: recordVersion(record),
  };
}

/** The review sheet of these services: CSV text, most urgent first, and any cell that would not read back as written. */
export function buildSheet(services: readonly ServiceRecord[], today: string): { csv: string; rows: ServiceRecord[]; warnings: string[] } {
  const sorted = [...services].sort(byUrgency(today));
  const columns = sheetColumns(Math.max(0, ...sorted.map((service) => service.phones.length)));
  const warnings: string[] = [];
  // A cell left alone is never applied, so this cannot lose data; it warns that editing it would.
  const check = (id: string, column: string, hours: Hours, channels: ReadonlySet<string>) => {
    const back = parseHours(formatHours(hours.open_24_7, hours.schedules), channels);
    if ('problem' in back || back.open_24_7 !== hours.open_24_7 || !sameSchedules(back.schedules, hours.schedules)) {
      warnings.push(`${id}, column "${column}": these hours do not read back exactly (a note with unpaired brackets or spaces at its ends?); edit them in data/services/${id}.json, not in the sheet`);
    }
  };
  const allChannels = new Set<string>(CHANNELS);
  for (const service of sorted) {
    check(service.id, 'service hours', { open_24_7: service.open_24_7, schedules: service.schedules }, allChannels);
    service.phones.forEach((phone, i) => check(service.id, phoneColumn(i + 1, 'hours'), { open_24_7: phone.open_24_7 === true, schedules: phone.schedules ?? [] }, new Set()));
  }
  const rows = sorted.map((service) => {
    const cells = cellsOf(service, today);
    return columns.map((column) => cells[column] ?? '');
  });
  return { csv: writeCsv([columns, ...rows]), rows: sorted, warnings };
}

// ---------------------------------------------------------------------------------------------
// Apply

/** One reason a sheet is refused: at a spreadsheet row (header = 1) and column when it has them. */
export interface SheetProblem {
  row?: number;
  column?: string;
  reason: string;
}

/** `FILE.csv: row N, column "X": reason`, the one way sheet problems are printed. */
export function formatProblem(sheet: string, problem: SheetProblem): string {
  const at = [problem.row !== undefined ? `row ${problem.row}` : '', problem.column !== undefined ? `column "${problem.column}"` : ''].filter(Boolean).join(', ');
  return `${sheet}: ${at ? `${at}: ` : ''}${problem.reason}`;
}

/** A service file to rewrite, with its complete new text. */
export interface ServiceChange {
  id: string;
  path: string;
  text: string;
}

/** What applying a sheet would do: nothing unless `problems` is empty. */
export interface ApplyPlan {
  problems: SheetProblem[];
  changes: ServiceChange[];
}

// The order the schema lists fields in is the order the data files write them; a field the sheet
// adds (an email, a page date, a line's own hours) goes where a hand-written file would have it.
const SERVICE_KEYS = Object.keys(serviceSchema.properties);
const PHONE_KEYS = Object.keys(serviceSchema.properties.phones.items.properties);
const SOURCE_KEYS = Object.keys(serviceSchema.properties.sources.items.properties);

/** The object with `key` set: in place if it has it, else after the keys that come before it in `order`. */
function withKey<T extends object>(object: T, key: string, value: unknown, order: readonly string[]): T {
  const entries = Object.entries(object);
  const existing = entries.findIndex(([name]) => name === key);
  if (existing >= 0) entries[existing] = [key, value];
  else {
    const rank = order.indexOf(key);
    const after = entries.reduce((last, [name], i) => (order.indexOf(name) < rank ? i : last), -1);
    entries.splice(after + 1, 0, [key, value]);
  }
  return Object.fromEntries(entries) as T;
}

function withoutKey<T extends object>(object: T, key: string): T {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key)) as T;
}

/** The canonical text of a record: 2-space JSON and a final newline, as every data file is written. */
export function serviceFileText(record: unknown): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

// Excel saves dates in the computer's format; a UK computer writes 02/12/2026 for 2026-12-02.
function parseDate(text: string): string | undefined {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = uk ? `${uk[3]}-${(uk[2] ?? '').padStart(2, '0')}-${(uk[1] ?? '').padStart(2, '0')}` : text;
  return isIsoDate(iso) ? iso : undefined;
}

function parsePageDate(text: string): string | undefined {
  if (/^\d{4}$/.test(text)) return text;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return text;
  return parseDate(text);
}

// What Excel's plain "CSV" (Windows-1252) does to letters it cannot hold: they come back as "?".
const WINDOWS_1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
function lostToCodePage(before: string, after: string): boolean {
  if (before === after) return false;
  const asSaved = [...before].map((character) => ((character.codePointAt(0) ?? 0) <= 0xff || WINDOWS_1252_EXTRAS.has(character) ? character : '?')).join('');
  return asSaved === after;
}

/** The spreadsheet column a validation error's JSON path is in; undefined for a field the sheet does not show. */
function columnOfPath(path: string): string | undefined {
  const phone = /^\$\.phones\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (phone) {
    const group = Number(phone[1]) + 1;
    const field = phone[2];
    return phoneColumn(group, field === 'description' ? 'description' : field === 'open_24_7' || field === 'schedules' ? 'hours' : 'number');
  }
  const source = /^\$\.sources\[0\]\.(url|kind|page_date)/.exec(path);
  if (source) return source[1] === 'url' ? 'source_url' : source[1] === 'kind' ? 'source kind' : 'source page date';
  if (path === '$.sources') return 'source kind';
  if (path.startsWith('$.schedules') || path === '$.open_24_7') return 'service hours';
  const simple: Record<string, string> = {
    '$.id': 'id',
    '$.name': 'name',
    '$.organization': 'organisation',
    '$.organization.name': 'organisation',
    '$.url': 'url',
    '$.email': 'email',
    '$.last_verified': 'last_verified',
    '$.review_by': 'review_by',
  };
  return simple[path];
}

interface CurrentFile {
  id: string;
  file: string;
  path: string;
  text: string;
  unreadable?: string;
  record?: ServiceRecord;
}

/** Reads the header: which column each heading is in, or why the sheet cannot be read at all. */
function readHeader(header: readonly string[], columnsOf: (index: number) => string[]): { index: Map<string, number>; phoneGroups: number; problems: SheetProblem[] } {
  const index = new Map<string, number>();
  const problems: SheetProblem[] = [];
  const known = new Set<string>([...LEADING_COLUMNS, ...TRAILING_COLUMNS]);
  let phoneGroups = 0;
  header.forEach((rawHeading, i) => {
    const heading = rawHeading.trim();
    if (heading === '') {
      // Spreadsheets sometimes save an empty column after the last one; it is harmless if blank.
      if (columnsOf(i).some((cell) => cell.trim() !== '')) problems.push({ row: 1, reason: `column ${i + 1} has no heading but has values; put back its heading or delete the column` });
      return;
    }
    const phone = PHONE_COLUMN.exec(heading);
    if (!known.has(heading) && !phone) {
      problems.push({ row: 1, column: heading, reason: 'is not a column of the review sheet; keep the headings exactly as exported (npm run review writes a fresh sheet)' });
      return;
    }
    if (index.has(heading)) problems.push({ row: 1, column: heading, reason: 'appears twice; each column may appear once' });
    index.set(heading, i);
    if (phone) phoneGroups = Math.max(phoneGroups, Number(phone[1]));
  });
  const required = [...sheetColumns(phoneGroups)].filter((column) => column !== STATUS_COLUMN);
  for (const column of required) {
    if (!index.has(column)) problems.push({ row: 1, column, reason: 'is missing; every column except status must stay in the sheet' });
  }
  return { index, phoneGroups, problems };
}

function readCurrentFiles(dataDir: string): CurrentFile[] {
  return readServiceFiles(dataDir).map((source) => {
    const name = basename(source.file.replace(/\/$/, ''));
    const current: CurrentFile = { id: name.replace(/\.json$/, ''), file: source.file, path: join(dataDir, 'services', name), text: source.text };
    if (source.unreadable !== undefined) return { ...current, unreadable: source.unreadable };
    try {
      return { ...current, record: JSON.parse(source.text) as ServiceRecord };
    } catch {
      // Not JSON: the validation below names the file and where it breaks.
      return current;
    }
  });
}

/** Applies one row's edited cells to a copy of its record; a cell as exported leaves its field as it is. */
function editRecord(original: ServiceRecord, cell: (column: string) => string | undefined, phoneGroups: number, today: string, channels: ReadonlySet<string>, problem: (column: string | undefined, reason: string) => void): ServiceRecord {
  let record = structuredClone(original);
  const exported = cellsOf(original, today);
  /** The cell's new value, trimmed; undefined when it is as exported (or only spaces were added). */
  const changed = (column: string): string | undefined => {
    const value = cell(column) ?? '';
    if (value === (exported[column] ?? '') || value.trim() === (exported[column] ?? '')) return undefined;
    if (lostToCodePage(exported[column] ?? '', value.trim())) {
      problem(column, 'lost its non-English letters (they came back as "?"): the sheet was saved as plain CSV; in Excel use File > Save As > "CSV UTF-8 (Comma delimited)"');
      return undefined;
    }
    return value.trim();
  };
  const required = (column: string): string | undefined => {
    const value = changed(column);
    if (value === '') {
      problem(column, 'is empty; it must have a value');
      return undefined;
    }
    return value;
  };

  const name = required('name');
  if (name !== undefined) record.name = name;
  const organisation = required('organisation');
  if (organisation !== undefined) record.organization = { ...record.organization, name: organisation };

  if (record.phones.length > phoneGroups) {
    problem(undefined, `this service has ${record.phones.length} phone numbers but the sheet has columns for ${phoneGroups}; export a fresh sheet with npm run review`);
  }
  for (let group = 1; group <= phoneGroups; group += 1) {
    const phone: Phone | undefined = record.phones[group - 1];
    if (!phone) {
      // The sheet does not show a number's type (voice, text, textphone) or role, so it cannot make one.
      for (const field of PHONE_FIELDS) {
        if ((cell(phoneColumn(group, field)) ?? '').trim() !== '') {
          problem(phoneColumn(group, field), `this service has ${record.phones.length === 0 ? 'no phone numbers' : `only ${record.phones.length} phone number(s)`}; a new number cannot be added in the sheet (its type, voice, text or textphone, is not in it): add it in data/services/${record.id}.json`);
        }
      }
      continue;
    }
    let edited: Phone = phone;
    const number = changed(phoneColumn(group, 'number'));
    if (number === '') problem(phoneColumn(group, 'number'), `is empty; a number cannot be removed in the sheet (other numbers and hours may depend on it): remove it in data/services/${record.id}.json`);
    else if (number !== undefined) edited = { ...edited, number };
    const description = required(phoneColumn(group, 'description'));
    if (description !== undefined) edited = { ...edited, description };
    const hoursText = changed(phoneColumn(group, 'hours'));
    if (hoursText !== undefined) {
      const hours = parseHours(hoursText, new Set());
      if ('problem' in hours) problem(phoneColumn(group, 'hours'), hours.problem);
      else {
        edited = hours.open_24_7 ? withKey(edited, 'open_24_7', true, PHONE_KEYS) : withoutKey(edited, 'open_24_7');
        edited = hours.schedules.length > 0 ? withKey(edited, 'schedules', hours.schedules, PHONE_KEYS) : withoutKey(edited, 'schedules');
      }
    }
    record.phones[group - 1] = edited;
  }

  const serviceHours = changed('service hours');
  if (serviceHours !== undefined) {
    const hours = parseHours(serviceHours, channels);
    if ('problem' in hours) problem('service hours', hours.problem);
    else {
      record.open_24_7 = hours.open_24_7;
      record.schedules = hours.schedules;
    }
  }

  const url = required('url');
  if (url !== undefined) record.url = url;
  const email = changed('email');
  if (email !== undefined) record = email === '' ? withoutKey(record, 'email') : withKey(record, 'email', email, SERVICE_KEYS);

  const first = record.sources[0];
  if (first) {
    let source: Source = first;
    const sourceUrl = required('source_url');
    if (sourceUrl !== undefined) source = { ...source, url: sourceUrl };
    const kind = required('source kind');
    if (kind !== undefined) source = { ...source, kind: kind as Source['kind'] };
    const pageDate = changed('source page date');
    if (pageDate === '') source = withoutKey(source, 'page_date');
    else if (pageDate !== undefined) {
      const date = parsePageDate(pageDate);
      if (date === undefined) problem('source page date', `"${pageDate}" is not a date; write YYYY-MM-DD, YYYY-MM or YYYY, as the page shows it`);
      else source = withKey(source, 'page_date', date, SOURCE_KEYS);
    }
    record.sources[0] = source;
  }

  for (const column of ['last_verified', 'review_by'] as const) {
    const value = required(column);
    if (value === undefined) continue;
    const date = parseDate(value);
    if (date === undefined) problem(column, `"${value}" is not a real date; write YYYY-MM-DD (or DD/MM/YYYY), e.g. 2026-12-02`);
    else record[column] = date;
  }
  return record;
}

/**
 * Works out what a sheet would change, refusing it whole if any row is bad: every cell is read,
 * then the full directory (changed and unchanged files) is checked with validateDirectory exactly
 * as the build does, and each error is put back at its row and column.
 */
export function planApply(sheetText: string, options: { dataDir?: string; today?: string } = {}): ApplyPlan {
  const dataDir = options.dataDir ?? DATA_DIR;
  const today = options.today ?? londonToday();
  const parsed = parseCsv(sheetText);
  if ('problem' in parsed) return { problems: [parsed.problem], changes: [] };
  const [header, ...body] = parsed.rows;
  if (!header) return { problems: [{ reason: 'is empty; it needs the header row and one row per service' }], changes: [] };
  const { index, phoneGroups, problems } = readHeader(header, (i) => body.map((row) => row[i] ?? ''));
  if (problems.length > 0) return { problems, changes: [] };

  const codes = readKnownCodes(dataDir);
  const files = readCurrentFiles(dataDir);
  const byId = new Map(files.map((file) => [file.id, file]));
  const rowOf = new Map<string, number>();
  const edited = new Map<string, ServiceRecord>();

  body.forEach((cells, i) => {
    const row = i + 2;
    // A blank row (a spreadsheet's leftover line) carries nothing; a deleted service is caught below.
    if (cells.every((cell) => cell.trim() === '')) return;
    const problem = (column: string | undefined, reason: string) => problems.push({ row, ...(column !== undefined ? { column } : {}), reason });
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      problem(undefined, `has ${cells.length} cells but the header has ${header.length} columns; a value is outside the sheet's columns`);
    }
    const cell = (column: string) => {
      const at = index.get(column);
      return at === undefined ? undefined : (cells[at] ?? '');
    };
    const id = (cell('id') ?? '').trim();
    const current = byId.get(id);
    if (id === '') return problem('id', 'is empty; every row needs the id of its service (the id column must not be edited)');
    if (!current) return problem('id', `unknown id "${id}": there is no data/services/${id}.json (the id column must not be edited)`);
    const earlier = rowOf.get(id);
    if (earlier !== undefined) return problem('id', `duplicate id "${id}", also on row ${earlier}: each service has one row`);
    rowOf.set(id, row);
    if (!current.record) return problem(undefined, `data/services/${id}.json cannot be read, so its row cannot be applied; fix the file first`);
    if ((cell(VERSION_COLUMN) ?? '').trim() !== recordVersion(current.record)) {
      return problem(VERSION_COLUMN, `data/services/${id}.json has changed since this sheet was written, so applying the row could undo that change; run npm run review for a fresh sheet and make the edit there`);
    }
    edited.set(id, editRecord(current.record, cell, phoneGroups, today, codes.channels, problem));
  });
  for (const file of files) {
    if (!rowOf.has(file.id)) problems.push({ column: 'id', reason: `service "${file.id}" is missing from the sheet; the sheet must keep every row (a service is removed in data/services, not by deleting its row)` });
  }

  const texts = new Map(files.map((file) => [file.id, file.record && edited.has(file.id) ? serviceFileText(edited.get(file.id)) : file.text]));
  // The build's own check on every file, with the edited texts in place of the files they replace.
  const sources = files.map((file) => (file.unreadable !== undefined ? { file: file.file, text: '', unreadable: file.unreadable } : { file: file.file, text: texts.get(file.id) ?? file.text }));
  const { errors } = validateDirectory(sources, codes, today, readRequiredServices(dataDir));
  problems.push(...errors.map((error) => problemAt(error, files, rowOf)));
  if (problems.length > 0) {
    // Row order, as a person reads the sheet; problems with no row (a missing service) last.
    const order = (problem: SheetProblem) => problem.row ?? Number.MAX_SAFE_INTEGER;
    return { problems: problems.map((problem, i) => ({ problem, i })).sort((a, b) => order(a.problem) - order(b.problem) || a.i - b.i).map(({ problem }) => problem), changes: [] };
  }
  const changes = files.flatMap((file) => {
    const text = texts.get(file.id);
    // Compared with the canonical text of the unedited record, so a file written some other way is rewritten only when a value changed.
    return file.record && text !== undefined && text !== serviceFileText(file.record) ? [{ id: file.id, path: file.path, text }] : [];
  });
  return { problems: [], changes };
}

/** A data error at its sheet row and column; one outside any row (help-right-now.json) as the build prints it. */
function problemAt(error: DataError, files: readonly CurrentFile[], rowOf: ReadonlyMap<string, number>): SheetProblem {
  const file = files.find((entry) => entry.file === error.file || `${entry.file}/` === error.file);
  const row = file ? rowOf.get(file.id) : undefined;
  if (row === undefined) return { reason: formatDataError(error) };
  const column = columnOfPath(error.path);
  // The sheet writes open_24_7 as "24/7", so say it in the sheet's words.
  const reason = error.path.endsWith('open_24_7') ? error.reason.replace(/^must be true/, 'must be 24/7').replace(/^open_24_7 is true/, 'it is 24/7') : error.reason;
  return column !== undefined ? { row, column, reason } : { row, reason: `${error.reason} (${error.path} in data/services/${file?.id}.json, not shown in the sheet)` };
}

/**
 * Writes every change or none: each new text goes to a temporary file beside its target first,
 * and only when all are on disk are they renamed over the targets (a rename replaces a file
 * whole, so no reader ever sees half a file). A failed write removes the temporary files.
 */
export function writeAllOrNothing(changes: readonly ServiceChange[]): void {
  const staged: Array<{ temp: string; path: string }> = [];
  try {
    for (const change of changes) {
      const temp = join(dirname(change.path), `.${basename(change.path)}.${process.pid}.review-tmp`);
      writeFileSync(temp, change.text, { flag: 'wx' });
      staged.push({ temp, path: change.path });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, path } of staged) renameSync(temp, path);
}

// ---------------------------------------------------------------------------------------------
// Command lines

/** Where a command line prints. */
export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

function readOptions(argv: readonly string[], allowPositional: boolean): { values: { out?: string; data?: string; today?: string; help?: boolean }; positionals: string[] } | { problem: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: allowPositional,
      options: { out: { type: 'string' }, data: { type: 'string' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.today !== undefined && !isIsoDate(values.today)) return { problem: `--today ${values.today} is not a date written YYYY-MM-DD` };
    return { values, positionals };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

const EXPORT_USAGE = 'usage: npm run review -- [--out FILE.csv] [--data DIR] [--today YYYY-MM-DD]';
const APPLY_USAGE = 'usage: npm run review:apply -- FILE.csv [--data DIR] [--today YYYY-MM-DD]';

/** `npm run review`: writes the sheet; returns the exit code (1 if the data does not validate, 2 for a wrong command line). */
export function runExport(argv: readonly string[], output: Output = console): number {
  const options = readOptions(argv, false);
  if ('problem' in options) {
    output.error(`${options.problem}\n${EXPORT_USAGE}`);
    return 2;
  }
  if (options.values.help) {
    output.log(`${EXPORT_USAGE}\nWrites one row per service, most urgent review first. Edit it in a spreadsheet, save as CSV UTF-8, then run npm run review:apply.`);
    return 0;
  }
  const today = options.values.today ?? londonToday();
  const dataDir = resolve(options.values.data ?? DATA_DIR);
  const out = options.values.out ?? `directory-review-${today}.csv`;
  let services: ServiceRecord[];
  try {
    services = loadValidatedServices(dataDir, today);
  } catch (error) {
    if (!(error instanceof DirectoryValidationError)) throw error;
    output.error(`${error.message}\nNo sheet written: fix the data first (npm run check:data).`);
    return 1;
  }
  const sheet = buildSheet(services, today);
  writeFileSync(out, sheet.csv);
  const count = (status: ReviewStatus) => sheet.rows.filter((service) => reviewStatus(service.review_by, today) === status).length;
  for (const warning of sheet.warnings) output.error(`warning: ${warning}`);
  output.log(`wrote ${sheet.rows.length} services to ${out}: ${count('overdue')} overdue, ${count('due within 30 days')} due within 30 days, ${count('ok')} ok`);
  return 0;
}

/** `npm run review:apply`: applies a sheet all or nothing; returns the exit code (1 if refused, 2 for a wrong command line). */
export function runApply(argv: readonly string[], output: Output = console): number {
  const options = readOptions(argv, true);
  if ('problem' in options) {
    output.error(`${options.problem}\n${APPLY_USAGE}`);
    return 2;
  }
  if (options.values.help) {
    output.log(`${APPLY_USAGE}\nApplies an edited review sheet to data/services. Nothing is written unless every row is valid.`);
    return 0;
  }
  const [sheet, ...extra] = options.positionals;
  if (sheet === undefined || extra.length > 0 || options.values.out !== undefined) {
    output.error(APPLY_USAGE);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(sheet);
  } catch (error) {
    output.error(`${sheet}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  const decoded = decodeUtf8(bytes);
  if (!('text' in decoded)) {
    output.error(`${sheet}: ${decoded.problem.reason.replace('save the file as UTF-8', 'in Excel use File > Save As > "CSV UTF-8 (Comma delimited)"')}\nNothing was written.`);
    return 1;
  }
  const plan = planApply(decoded.text, { dataDir: resolve(options.values.data ?? DATA_DIR), ...(options.values.today !== undefined ? { today: options.values.today } : {}) });
  if (plan.problems.length > 0) {
    for (const problem of plan.problems) output.error(formatProblem(sheet, problem));
    output.error(`${sheet}: refused (${plan.problems.length} problem(s)); nothing was written.`);
    return 1;
  }
  writeAllOrNothing(plan.changes);
  output.log(`updated ${plan.changes.length} ${plan.changes.length === 1 ? 'service' : 'services'}${plan.changes.length > 0 ? `: ${plan.changes.map((change) => change.id).join(', ')}` : ''}`);
  return 0;
}
