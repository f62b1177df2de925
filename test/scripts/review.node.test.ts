// The review sheet (scripts/review.ts): exported from, and applied to, a temporary copy of data/
// so the real files are never touched. Expected values are read from the copied files, not typed in.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR, loadValidatedServices } from '../../scripts/directory-source.ts';
import {
  formatHours,
  parseCsv,
  parseHours,
  planApply,
  reviewStatus,
  runApply,
  runExport,
  serviceFileText,
  sheetColumns,
  splitCsv,
  writeAllOrNothing,
  writeCsv,
  type Output,
} from '../../scripts/review.ts';
import { CHANNELS, type ServiceRecord } from '../../src/directory/types.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
// Every record was last checked on this day, so an earlier --today would make them "in the future".
const TODAY = '2026-12-02';
const CHANNEL_CODES = new Set<string>(CHANNELS);

let tmp: string;
let data: string;
let sheet: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'waymark-review-'));
  data = join(tmp, 'data');
  cpSync(DATA_DIR, data, { recursive: true });
  sheet = join(tmp, 'review.csv');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under a folder and its bytes, to prove nothing changed. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The files that differ between two snapshots, added or removed ones included (Buffer.equals: a deep toEqual of 1 MB is slow). */
function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => !(before.get(name)?.equals(after.get(name) ?? Buffer.alloc(0)) && after.has(name))).sort();
}

function capture(): Output & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, log: (line) => out.push(line), error: (line) => err.push(line) };
}

const serviceFile = (id: string) => join(data, 'services', `${id}.json`);
const readRecord = (id: string) => JSON.parse(readFileSync(serviceFile(id), 'utf8')) as ServiceRecord;
const writeRecord = (record: ServiceRecord) => writeFileSync(serviceFile(record.id), serviceFileText(record));

function exportSheet(today = TODAY): { header: string[]; rows: string[][] } {
  const output = capture();
  expect(runExport(['--data', data, '--out', sheet, '--today', today], output), output.err.join('\n')).toBe(0);
  const parsed = parseCsv(readFileSync(sheet, 'utf8'));
  if (!('rows' in parsed)) throw new Error(parsed.problem.reason);
  const [header = [], ...rows] = parsed.rows;
  return { header, rows };
}

/** A row's cells by heading, and a way to set one. */
function edit(rows: string[][], header: string[], id: string, column: string, value: string): void {
  const row = rows.find((cells) => cells[0] === id);
  const at = header.indexOf(column);
  if (!row || at < 0) throw new Error(`no ${id} / ${column}`);
  row[at] = value;
}
const cellOf = (rows: string[][], header: string[], id: string, column: string) => rows.find((cells) => cells[0] === id)?.[header.indexOf(column)];

function apply(header: string[], rows: string[][]): { code: number; out: string[]; err: string[] } {
  writeFileSync(sheet, writeCsv([header, ...rows]));
  const output = capture();
  const code = runApply([sheet, '--data', data, '--today', TODAY], output);
  return { code, out: output.out, err: output.err };
}

describe('CSV', () => {
  it('writes RFC 4180 with CRLF and a byte order mark, and reads back every value', () => {
    const values = [['plain', 'a, comma', 'say "hi"', 'two\nlines', 'crlf\r\ninside', ''], ['مركز الحسنية', "'quoted", "''twice", '=1+1', '+44 20', '-5', '@x', '\tTab']];
    const text = writeCsv(values);
    expect(text.startsWith('\uFEFFplain,"a, comma","say ""hi""","two\nlines","crlf\r\ninside",\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual({ rows: values });
  });

  it('neutralises formulas: no written cell starts with = + - @, and the apostrophe comes off again', () => {
    const text = writeCsv([['=HYPERLINK("https://evil.example","click")', '+44 20 7008 0151', '-1', '@SUM(A1)']]);
    const split = splitCsv(text);
    if (!('rows' in split)) throw new Error(split.problem.reason);
    expect(split.rows[0]).toEqual(['\'=HYPERLINK("https://evil.example","click")', "'+44 20 7008 0151", "'-1", "'@SUM(A1)"]);
    expect(parseCsv(text)).toEqual({ rows: [['=HYPERLINK("https://evil.example","click")', '+44 20 7008 0151', '-1', '@SUM(A1)']] });
    // A cell a person typed without the guard is taken as typed.
    expect(parseCsv('+44 20,it\'s\n')).toEqual({ rows: [['+44 20', "it's"]] });
  });

  it('reads LF line ends and no final newline, and names the row of a broken quote', () => {
    expect(parseCsv('a,b\nc,"d\ne"')).toEqual({ rows: [['a', 'b'], ['c', 'd\ne']] });
    expect(splitCsv('a,b\r\nc,"open\r\n')).toEqual({ problem: { row: 2, reason: expect.stringContaining('never closed') } });
    expect(splitCsv('a\r\n"x"y\r\n')).toEqual({ problem: { row: 2, reason: expect.stringContaining('after a closing quote') } });
  });
});

describe('hours', () => {
  it('writes and reads back every kind of hours in the data', () => {
    const schedules = [
      { channel: 'phone' as const, byday: 'MO,TU,TH,FR', opens_at: '09:30', closes_at: '16:00' },
      { channel: 'email' as const, byday: 'WE', opens_at: '13:00', closes_at: '24:00', description: 'Email; and the form (24 hours)' },
      { byday: 'SA', opens_at: '10:00', closes_at: '14:00' },
    ];
    const text = formatHours(false, schedules);
    expect(text).toBe('phone: MO,TU,TH,FR 09:30-16:00; email: WE 13:00-24:00 (Email; and the form (24 hours)); SA 10:00-14:00');
    expect(parseHours(text, CHANNEL_CODES)).toEqual({ open_24_7: false, schedules });
    expect(formatHours(true, [])).toBe('24/7');
    expect(parseHours('24/7', new Set())).toEqual({ open_24_7: true, schedules: [] });
    expect(parseHours('', new Set())).toEqual({ open_24_7: false, schedules: [] });
  });

  it('reads what people type: ranges, lower case, 9:00, en dashes', () => {
    expect(parseHours('mo-fr 9:00–17:30; Sa, su 10.00 - 14:00', new Set())).toEqual({
      open_24_7: false,
      schedules: [
        { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:30' },
        { byday: 'SA,SU', opens_at: '10:00', closes_at: '14:00' },
      ],
    });
  });

  it('says what is wrong with hours it cannot read', () => {
    expect(parseHours('Mondays 9 to 5', new Set())).toEqual({ problem: expect.stringContaining('cannot read "Mondays 9 to 5"') });
    expect(parseHours('MO 09:00-25:00', new Set())).toEqual({ problem: expect.stringContaining('"25:00" is not a time') });
    expect(parseHours('XX 09:00-17:00', new Set())).toEqual({ problem: expect.stringContaining('"XX" is not a day') });
    expect(parseHours('FR-MO 09:00-17:00', new Set())).toEqual({ problem: expect.stringContaining('runs backwards') });
    expect(parseHours('phone: MO 09:00-17:00', new Set())).toEqual({ problem: expect.stringContaining("a phone's own hours") });
    expect(parseHours('fax: MO 09:00-17:00', CHANNEL_CODES)).toEqual({ problem: expect.stringContaining('"fax" is not a channel') });
    expect(parseHours('MO 09:00-17:00 (open', new Set())).toEqual({ problem: expect.stringContaining('brackets') });
  });
});

describe('npm run review', () => {
  it('writes one row per service with the columns and values of its record', () => {
    const { header, rows } = exportSheet();
    const services = loadValidatedServices(data, TODAY);
    const maxPhones = Math.max(...services.map((service) => service.phones.length));
    expect(header).toEqual(sheetColumns(maxPhones));
    expect(rows.map((row) => row[0]).sort()).toEqual(services.map((service) => service.id).sort());
    expect(readFileSync(sheet).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(readFileSync(sheet, 'utf8').split('\r\n').length).toBeGreaterThan(services.length);

    const wandsworth = readRecord('wandsworth-hestia-domestic-abuse-service');
    const cell = (column: string) => cellOf(rows, header, wandsworth.id, column);
    expect(cell('phone 1 number')).toBe(wandsworth.phones[0]?.number);
    expect(cell('phone 1 hours')).toBe('MO,TU,WE,TH,FR 09:00-17:00');
    expect(cell('phone 3 hours')).toBe('24/7');
    expect(cell('phone 4 number')).toBe('');
    expect(cellOf(rows, header, 'karma-nirvana-helpline', 'service hours')).toBe('phone: MO,TU,WE,TH,FR 09:00-17:00');
    const angelou = readRecord('angelou-partnership');
    expect(cellOf(rows, header, angelou.id, 'source page date')).toBe(angelou.sources[0]?.page_date);
    expect(cellOf(rows, header, angelou.id, 'source kind')).toBe(angelou.sources[0]?.kind);
  });

  it('puts the most urgent review first, with the status for the given day', () => {
    const reviewBy: Record<string, string> = {
      'samaritans': '2026-12-20', // overdue by 26 days
      'childline': '2027-01-01', // overdue by 14 days
      'ikwro': '2027-01-01', // the same day: by id, so ikwro after childline
      'lawrs': '2027-01-15', // due today
      'galop-helpline': '2027-02-14', // due in exactly 30 days
      'london-friend': '2027-02-15', // 31 days: ok
    };
    for (const [id, date] of Object.entries(reviewBy)) writeRecord({ ...readRecord(id), review_by: date });
    const { header, rows } = exportSheet('2027-01-15');
    const status = header.indexOf('status');
    expect(rows.slice(0, 6).map((row) => [row[0], row[status]])).toEqual([
      ['samaritans', 'overdue'],
      ['childline', 'overdue'],
      ['ikwro', 'overdue'],
      ['lawrs', 'due within 30 days'],
      ['galop-helpline', 'due within 30 days'],
      ['london-friend', 'ok'],
    ]);
    // The rest share one review date, so they follow in id order.
    const rest = rows.slice(6).map((row) => row[0] ?? '');
    expect(rest).toEqual([...rest].sort());
    expect(reviewStatus('2027-01-14', '2027-01-15')).toBe('overdue');
  });

  it('keeps a name with a comma, quotes and Arabic, and neutralises a formula', () => {
    const arabic = 'Al-Hasaniya, "Moroccan" Women\'s Centre — مركز الحسنية';
    const formula = '=HYPERLINK("https://evil.example","click me")';
    writeRecord({ ...readRecord('al-hasaniya-moroccan-womens-centre'), name: arabic });
    writeRecord({ ...readRecord('ikwro'), name: formula, organization: { name: '@SUM(1+1)' } });
    const before = snapshot(data);
    const { header, rows } = exportSheet();
    const text = readFileSync(sheet, 'utf8');
    expect(text).toContain('"Al-Hasaniya, ""Moroccan"" Women\'s Centre — مركز الحسنية"');
    expect(text).toContain('"\'=HYPERLINK(""https://evil.example"",""click me"")",\'@SUM(1+1)');
    const raw = splitCsv(text);
    if (!('rows' in raw)) throw new Error(raw.problem.reason);
    expect(raw.rows.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(cellOf(rows, header, 'al-hasaniya-moroccan-womens-centre', 'name')).toBe(arabic);
    expect(cellOf(rows, header, 'ikwro', 'name')).toBe(formula);
    // A "+44" number is guarded in the file and comes back as written.
    expect(text).toContain("'+44 20 7008 0151");
    expect(cellOf(rows, header, 'forced-marriage-unit', 'phone 2 number')).toBe('+44 20 7008 0151');

    const result = apply(header, rows);
    expect(result).toMatchObject({ code: 0, out: ['updated 0 services'] });
    expect(changedFiles(before, snapshot(data))).toEqual([]);

    const renamed = 'مركز الحسنية, "Al-Hasaniya"';
    edit(rows, header, 'al-hasaniya-moroccan-womens-centre', 'name', renamed);
    expect(apply(header, rows)).toMatchObject({ code: 0, out: ['updated 1 service: al-hasaniya-moroccan-womens-centre'] });
    expect(readRecord('al-hasaniya-moroccan-womens-centre').name).toBe(renamed);
  });
});

describe('npm run review:apply', () => {
  it('applies an unchanged sheet without changing a byte', () => {
    const before = snapshot(data);
    exportSheet();
    const output = capture();
    expect(runApply([sheet, '--data', data, '--today', TODAY], output)).toBe(0);
    expect(output.out).toEqual(['updated 0 services']);
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('changes nothing when a spreadsheet re-saves the sheet its own way (UK dates, LF, no BOM or guards)', () => {
    const before = snapshot(data);
    const { header, rows } = exportSheet();
    const ukDate = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
    const resaved = [header, ...rows.map((row) => row.map((cell, i) => (header[i] === 'last_verified' || header[i] === 'review_by' ? ukDate(cell) : cell)))];
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
    writeFileSync(sheet, resaved.map((row) => row.map(quote).join(',')).join('\n'));
    expect(planApply(readFileSync(sheet, 'utf8'), { dataDir: data, today: TODAY })).toEqual({ problems: [], changes: [] });
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('writes an edited number, hours and check date exactly as edited, and the directory still validates', () => {
    const before = snapshot(data);
    const { header, rows } = exportSheet();
    const id = 'karma-nirvana-helpline';
    edit(rows, header, id, 'phone 1 number', '0800 5999 248');
    edit(rows, header, id, 'phone 1 hours', 'MO-FR 08:00-20:00');
    edit(rows, header, id, 'service hours', 'phone: MO,TU,WE,TH,FR 09:00-17:00; SA 10:00-14:00 (Saturday drop-in)');
    edit(rows, header, id, 'last_verified', '2026-12-01');
    edit(rows, header, 'wandsworth-hestia-domestic-abuse-service', 'phone 3 hours', '');
    edit(rows, header, 'wandsworth-hestia-domestic-abuse-service', 'email', 'info@hestia.example.org');
    edit(rows, header, 'angelou-partnership', 'source page date', '');
    const original = readRecord(id);
    const wandsworth = readRecord('wandsworth-hestia-domestic-abuse-service');
    const angelou = readRecord('angelou-partnership');

    const result = apply(header, rows);
    expect(result.err).toEqual([]);
    expect(result).toMatchObject({ code: 0, out: ['updated 3 services: angelou-partnership, karma-nirvana-helpline, wandsworth-hestia-domestic-abuse-service'] });

    const [phone] = original.phones;
    if (!phone) throw new Error('karma-nirvana-helpline has a phone');
    const expected: ServiceRecord = {
      ...original,
      phones: [{ ...phone, number: '0800 5999 248', schedules: [{ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '20:00' }] }],
      schedules: [
        { channel: 'phone', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' },
        { byday: 'SA', opens_at: '10:00', closes_at: '14:00', description: 'Saturday drop-in' },
      ],
      last_verified: '2026-12-01',
    };
    expect(readFileSync(serviceFile(id), 'utf8')).toBe(serviceFileText(expected));
    // A key the sheet removes or adds keeps the others in place; email goes where the schema has it, after url.
    const { open_24_7: _open, ...thirdPhone } = wandsworth.phones[2] ?? { open_24_7: true };
    const editedWandsworth = readRecord('wandsworth-hestia-domestic-abuse-service');
    expect(editedWandsworth.phones[2]).toEqual(thirdPhone);
    expect(Object.keys(editedWandsworth).indexOf('email')).toBe(Object.keys(editedWandsworth).indexOf('url') + 1);
    expect(editedWandsworth.email).toBe('info@hestia.example.org');
    const { page_date: _date, ...firstSource } = angelou.sources[0] ?? { page_date: '' };
    expect(readRecord('angelou-partnership').sources).toEqual([firstSource, ...angelou.sources.slice(1)]);

    expect(changedFiles(before, snapshot(data))).toEqual(['services/angelou-partnership.json', 'services/karma-nirvana-helpline.json', 'services/wandsworth-hestia-domestic-abuse-service.json']);
    expect(() => loadValidatedServices(data, TODAY)).not.toThrow();
  });

  it.each([
    { what: 'a number the data check refuses', column: 'phone 1 number', value: '0800 1111 abc', message: 'column "phone 1 number": "0800 1111 abc" has letters; write only digits, spaces and a leading +' },
    { what: 'an impossible date', column: 'last_verified', value: '2026-13-01', message: 'column "last_verified": "2026-13-01" is not a real date' },
    { what: 'unreadable hours', column: 'service hours', value: 'weekdays 9 to 5', message: 'column "service hours": cannot read "weekdays 9 to 5"' },
    { what: 'a record the build would refuse', column: 'review_by', value: '2026-11-01', message: 'column "review_by": 2026-11-01 is not after last_verified 2026-12-02' },
    { what: 'a required line no longer open day and night', column: 'service hours', value: 'MO-FR 09:00-17:00', id: 'national-domestic-abuse-helpline', message: 'column "service hours": must be 24/7: it is a helpline written into every page' },
  ])('refuses the whole sheet for $what, naming row and column', ({ column, value, message, id = 'karma-nirvana-helpline' }) => {
    const { header, rows } = exportSheet();
    edit(rows, header, 'childline', 'name', 'Childline (checked)'); // a good edit in another row is not written either
    edit(rows, header, id, column, value);
    const before = snapshot(data);
    const row = rows.findIndex((cells) => cells[0] === id) + 2;
    const result = apply(header, rows);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err.join('\n')).toContain(`${sheet}: row ${row}, ${message}`);
    expect(result.err.at(-1)).toContain('nothing was written');
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('refuses a sheet with an unknown id, a duplicate id, a deleted row or a wrong header', () => {
    const { header, rows } = exportSheet();
    const before = snapshot(data);
    const renamed = rows.findIndex((cells) => cells[0] === 'ikwro');
    const unknown = rows.map((cells, i) => (i === renamed ? ['no-such-service', ...cells.slice(1)] : cells));
    expect(apply(header, unknown).err).toEqual(
      expect.arrayContaining([
        `${sheet}: row ${renamed + 2}, column "id": unknown id "no-such-service": there is no data/services/no-such-service.json (the id column must not be edited)`,
        `${sheet}: column "id": service "ikwro" is missing from the sheet; the sheet must keep every row (a service is removed in data/services, not by deleting its row)`,
      ]),
    );
    const deleted = apply(header, rows.filter((cells) => cells[0] !== 'lawrs'));
    expect(deleted.code).toBe(1);
    expect(deleted.err[0]).toContain('service "lawrs" is missing from the sheet; the sheet must keep every row');
    const first = rows[0] ?? [];
    expect(apply(header, [...rows, first]).err[0]).toBe(`${sheet}: row ${rows.length + 2}, column "id": duplicate id "${first[0]}", also on row 2: each service has one row`);
    expect(apply(header.map((heading) => (heading === 'url' ? 'website' : heading)), rows).err).toEqual([
      `${sheet}: row 1, column "website": is not a column of the review sheet; keep the headings exactly as exported (npm run review writes a fresh sheet)`,
      `${sheet}: row 1, column "url": is missing; every column except status must stay in the sheet`,
      expect.stringContaining('nothing was written'),
    ]);
    // A number cannot be added: the sheet does not say whether it is a voice, text or textphone line.
    edit(rows, header, 'advance-minerva', 'phone 1 number', '0800 5999 247');
    expect(apply(header, rows).err[0]).toContain('column "phone 1 number": this service has no phone numbers; a new number cannot be added in the sheet');
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('refuses a row whose file changed after the sheet was written, so a hand fix is not undone', () => {
    const { header, rows } = exportSheet();
    const fixed = { ...readRecord('childline'), description: `${readRecord('childline').description} (fixed by hand)` };
    writeRecord(fixed);
    const before = snapshot(data);
    edit(rows, header, 'childline', 'last_verified', TODAY);
    const { code, err } = apply(header, rows);
    expect(code).toBe(1);
    const row = rows.findIndex((cells) => cells[0] === 'childline') + 2;
    expect(err[0]).toBe(`${sheet}: row ${row}, column "file version": data/services/childline.json has changed since this sheet was written, so applying the row could undo that change; run npm run review for a fresh sheet and make the edit there`);
    expect(changedFiles(before, snapshot(data))).toEqual([]);
    expect(readRecord('childline').description).toBe(fixed.description);
  });

  it('exits 1 from the command line with every problem of a bad sheet, and writes nothing', () => {
    const { header, rows } = exportSheet();
    const at = (id: string) => rows.findIndex((cells) => cells[0] === id) + 2;
    const numberRow = at('karma-nirvana-helpline');
    const dateRow = at('childline');
    edit(rows, header, 'karma-nirvana-helpline', 'phone 1 number', '0800 1111 abc');
    edit(rows, header, 'childline', 'review_by', '2026-13-01');
    const kept = rows.filter((cells) => cells[0] !== 'lawrs').map((cells) => (cells[0] === 'ikwro' ? ['ikwro-typo', ...cells.slice(1)] : cells));
    writeFileSync(sheet, writeCsv([header, ...kept]));
    const before = snapshot(data);
    const run = spawnSync(TSX, [join(REPO, 'scripts', 'review-apply.ts'), sheet, '--data', data, '--today', TODAY], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const shift = (row: number) => (row > at('lawrs') ? row - 1 : row); // rows below the deleted one move up
    expect(run.stderr).toContain(`${sheet}: row ${shift(numberRow)}, column "phone 1 number": "0800 1111 abc" has letters; write only digits, spaces and a leading +`);
    expect(run.stderr).toContain(`${sheet}: row ${shift(dateRow)}, column "review_by": "2026-13-01" is not a real date`);
    expect(run.stderr).toContain(`${sheet}: row ${shift(at('ikwro'))}, column "id": unknown id "ikwro-typo"`);
    expect(run.stderr).toContain('service "lawrs" is missing from the sheet; the sheet must keep every row');
    expect(run.stderr).toContain('service "ikwro" is missing from the sheet');
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('refuses a sheet Excel saved as plain CSV, whose non-English letters came back as "?"', () => {
    writeRecord({ ...readRecord('al-hasaniya-moroccan-womens-centre'), name: 'Al-Hasaniya مركز الحسنية' });
    const { header, rows } = exportSheet();
    edit(rows, header, 'al-hasaniya-moroccan-womens-centre', 'name', 'Al-Hasaniya ???? ???????');
    const before = snapshot(data);
    expect(apply(header, rows).err[0]).toContain('column "name": lost its non-English letters');
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });

  it('writes all or nothing: a failed write leaves every file as it was and no temporary file behind', () => {
    const before = snapshot(data);
    const good = { id: 'childline', path: serviceFile('childline'), text: '{}\n' };
    const bad = { id: 'nowhere', path: join(data, 'no-such-folder', 'nowhere.json'), text: '{}\n' };
    expect(() => writeAllOrNothing([good, bad])).toThrow();
    expect(changedFiles(before, snapshot(data))).toEqual([]);
  });
});
