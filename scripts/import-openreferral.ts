// `npm run import:openreferral -- FILE... --out DIR`: drafts of our service records from Open Referral
// (HSDS 3 / Open Referral UK) JSON, one <id>.json per service plus DIR/import-report.txt.
//
// A feed says what a service publishes; it cannot say which of our needs, audiences and areas it
// serves, and it is not a page a person has checked. So every draft is deliberately incomplete: no
// needs, audiences or access, no sources, no last_verified or review_by. `npm run check:data` refuses
// it until a person has confirmed it on the organisation's own page and filled those in. Every value
// the feed gives is either carried as written or refused by name in the report, never "fixed" by
// guessing: a number our data check would refuse is not written, and neither is an http link.
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import serviceSchema from '../data/schema/service.schema.json' with { type: 'json' };
import { DATA_DIR, londonToday, readTaxonomyLabels } from './directory-source.ts';
import { decodeUtf8, findDuplicateKey } from './directory/strict-json.ts';
import { KNOWN_WRONG_NUMBERS, UK_SHORT_CODES, dialString, phoneCharacterProblem } from './directory/validate.ts';
import { DAY_CODES, type Channel, type Phone, type PhoneType, type Schedule, type ServiceRecord } from '../src/directory/types.ts';

/** A JSON object as read from a feed: nothing about its fields is trusted until checked. */
export type JsonObject = Record<string, unknown>;

/** A value the importer would not carry, at its path in the HSDS service, and why. */
export interface Refusal {
  path: string;
  value: unknown;
  reason: string;
}

/** A phone of a draft: type and description stay out when the feed does not give them. */
export type DraftPhone = Omit<Phone, 'type' | 'description'> & { type?: PhoneType; description?: string };

/** A place of a draft: the name stays out when the feed does not give one. */
export interface DraftLocation {
  name?: string;
  address_1: string;
  city: string;
  postal_code?: string;
  description?: string;
}

/** A draft record: our ServiceRecord with what the feed cannot give left out (never invented). */
export type DraftRecord = Omit<Partial<ServiceRecord>, 'phones' | 'locations'> &
  Pick<ServiceRecord, 'id' | 'open_24_7' | 'schedules' | 'needs' | 'audiences' | 'areas' | 'languages' | 'safety_notes' | 'sources'> & {
    phones: DraftPhone[];
    locations?: DraftLocation[];
  };

/** One service's draft with what a person still has to decide and what was refused. */
export interface ServiceDraft {
  record: DraftRecord;
  /** The service's name as the feed writes it, for the report. */
  name: string;
  /** The feed file it came from, as given on the command line. */
  feedFile: string;
  /** The service's HSDS id, so a person can find it in the feed. */
  hsdsId: string;
  toDecide: string[];
  refused: Refusal[];
  /** HSDS fields the service has that our records have no field for. */
  notCarried: string[];
  /** The id of an earlier draft of this run with the same HSDS id (the same service, read twice). */
  sameServiceAs?: string;
}

/** What drafting needs besides the service: today's date (for schedule validity) and the area labels. */
export interface DraftContext {
  today: string;
  /** Area code → English label, from data/taxonomy/areas.json. */
  areaLabels: Readonly<Record<string, string>>;
}

/** The most characters a draft id may have. */
export const MAX_ID_LENGTH = 80;
/** The report's file name inside DIR. */
export const REPORT_FILE = 'import-report.txt';
/** What no feed can settle, in the report's words. */
export const PROVENANCE = "a person must confirm the contact on the organisation's own page and record sources, last_verified and review_by";

const USAGE = [
  'usage: npm run import:openreferral -- FILE... --out DIR',
  '  FILE: Open Referral (HSDS 3 / Open Referral UK) JSON: a service, a page with "contents", an array of services,',
  '        an organization with "services", or a service_at_location.',
  '  DIR:  where the drafts (<id>.json) and import-report.txt go; created if missing, never data/services.',
].join('\n');

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const isEmpty = (value: unknown) => isBlank(value) || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);

// ---------------------------------------------------------------------------------------------
// Field checks: each value is checked against the same fragment of data/schema/service.schema.json
// the data check uses, so a draft never carries a value `npm run check:data` would refuse.

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
ajv.addSchema(serviceSchema);
const fieldValidators = new Map<string, ValidateFunction>();

function fieldValidator(pointer: string): ValidateFunction {
  let validate = fieldValidators.get(pointer);
  if (!validate) {
    validate = ajv.getSchema(`${serviceSchema.$id}${pointer}`);
    if (!validate) throw new Error(`service.schema.json has no ${pointer}`);
    fieldValidators.set(pointer, validate);
  }
  return validate;
}

function describeFieldError(error: ErrorObject): string {
  const limit = String(error.params['limit'] ?? '');
  switch (error.keyword) {
    case 'pattern': {
      const pattern = String(error.params['pattern']);
      if (pattern === '^https://') return 'is not an https:// address: our records link only to https pages, so a person must find the https page';
      if (pattern.startsWith('^[A-Z]{1,2}')) return 'is not a UK postcode (written like W6 9JT)';
      if (pattern === '^[0-9]{1,6}$') return 'must be 1 to 6 digits';
      if (pattern.includes('[01]\\d')) return 'is not a 24-hour time HH:MM';
      return `must match ${pattern}`;
    }
    case 'format':
      return error.params['format'] === 'email' ? 'is not an email address' : `is not a valid ${String(error.params['format'])}`;
    case 'maxLength':
      return `is longer than our limit of ${limit} characters: a person must shorten it`;
    case 'type':
      return error.params['type'] === 'integer' ? 'is not a whole number' : `is not ${String(error.params['type'])}`;
    case 'minimum':
    case 'maximum':
      return `is outside our range (${error.keyword} ${limit})`;
    default:
      return error.message ?? error.keyword;
  }
}

/** Why the schema fragment at pointer refuses value, or undefined when it accepts it. */
function schemaProblem(pointer: string, value: unknown): string | undefined {
  const validate = fieldValidator(pointer);
  if (validate(value)) return undefined;
  // "http://x" fails only the https pattern; "not a url" fails the pattern and the format: say each once.
  return [...new Set((validate.errors ?? []).map(describeFieldError))].join(' and ');
}

/** What the importer found while drafting one service: values refused, and fields a person must fill. */
export class Findings {
  readonly refused: Refusal[] = [];
  readonly toDecide: string[] = [];
  refuse(path: string, value: unknown, reason: string): void {
    this.refused.push({ path, value, reason });
  }
  decide(item: string): void {
    if (!this.toDecide.includes(item)) this.toDecide.push(item);
  }
}

// HSDS text "can contain markup such as HTML"; our text is shown as plain text, so tags would show.
const HTML_TAG = /<\/?[a-z][a-z0-9]*\b[^>]*>/i;

/** A text value trimmed and checked against its schema fragment; refused (and undefined) when it does not fit. */
function textField(value: unknown, path: string, pointer: string, findings: Findings): string | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value !== 'string') {
    findings.refuse(path, value, 'is not text');
    return undefined;
  }
  const text = value.trim();
  const problem = HTML_TAG.test(text) ? 'has HTML markup: our text is plain, so a person must write it without tags' : schemaProblem(pointer, text);
  if (problem) {
    findings.refuse(path, value, problem);
    return undefined;
  }
  return text;
}

/** A list field: absent is an empty list; anything but an array is refused. */
function listField(object: JsonObject, key: string, path: string, findings: Findings): unknown[] {
  const value = object[key];
  if (isEmpty(value)) return [];
  if (Array.isArray(value)) return value;
  findings.refuse(path, value, 'is not a list');
  return [];
}

// ---------------------------------------------------------------------------------------------
// Reading feeds.

/** A feed file as read: its services, or why the whole file is refused. */
export type FeedReading = { file: string; services: JsonObject[] } | { file: string; problem: string };

const describeType = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** Why an item is not an HSDS record we can draft from (it needs "id" and "name" strings), or undefined. */
function recordProblem(item: unknown, kind: string): string | undefined {
  if (!isObject(item)) return `is ${describeType(item)}, not ${kind} object`;
  if (typeof item['id'] !== 'string' || item['id'].trim() === '') return `has no "id" string (${kind} needs at least "id" and "name")`;
  if (typeof item['name'] !== 'string' || item['name'].trim() === '') return `has no "name" string (${kind} needs at least "id" and "name")`;
  return undefined;
}

/**
 * The services an item stands for. Besides a service, an Open Referral UK feed may hand over an
 * organization with its "services" or a service_at_location with its "service": read as services,
 * they would become drafts named after an organisation or with no name at all.
 */
function servicesOfItem(item: unknown, path: string): { services: JsonObject[] } | { problem: string } {
  if (isObject(item) && isObject(item['service']) && !('name' in item)) {
    const service = item['service'];
    const problem = recordProblem(service, 'a service');
    if (problem) return { problem: `${path}.service ${problem}` };
    // The location this record links the service to is the service's place, unless the service lists its own.
    const links = isEmpty(service['service_at_locations']) && isObject(item['location']) ? { service_at_locations: [{ id: item['id'], location: item['location'] }] } : {};
    return { services: [{ ...service, ...links }] };
  }
  const problem = recordProblem(item, 'a service');
  if (problem) return { problem: `${path} ${problem}` };
  if (!isObject(item) || !Array.isArray(item['services'])) return { services: isObject(item) ? [item] : [] };
  const { services, ...organization } = item;
  const found: JsonObject[] = [];
  for (const [index, service] of (services as unknown[]).entries()) {
    const serviceProblem = recordProblem(service, 'a service');
    if (serviceProblem) return { problem: `${path}.services[${index}] ${serviceProblem}` };
    if (isObject(service)) found.push(isObject(service['organization']) ? service : { ...service, organization });
  }
  return { services: found };
}

/** The services of a parsed feed (one service, a page with "contents", or an array), or why it is not HSDS. */
export function servicesOfFeed(value: unknown): { services: JsonObject[] } | { problem: string } {
  let items: unknown[];
  let at: (index: number) => string;
  if (Array.isArray(value)) {
    items = value;
    at = (index) => `$[${index}]`;
  } else if (isObject(value) && 'contents' in value) {
    const contents = value['contents'];
    if (!Array.isArray(contents)) return { problem: `is not HSDS: "contents" must be an array of services, not ${describeType(contents)}` };
    items = contents;
    at = (index) => `$.contents[${index}]`;
  } else if (isObject(value)) {
    items = [value];
    at = () => '$';
  } else {
    return { problem: `is not HSDS: expected a service object, a page with "contents" or an array of services, not ${describeType(value)}` };
  }
  const services: JsonObject[] = [];
  for (const [index, item] of items.entries()) {
    const found = servicesOfItem(item, at(index));
    if ('problem' in found) return { problem: `is not HSDS: ${found.problem}` };
    services.push(...found.services);
  }
  return { services };
}

/** JSON.parse's complaint on one line, with the line and column when V8 gives a position. */
function parseErrorMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 says where in one of three ways: a position, that the text ended, or a quoted snippet of the text
  // around the fault (raw, newlines and all, so it is re-quoted to stay on one line).
  const position = /at position (\d+)/.exec(message)?.[1];
  const offset = position !== undefined ? Number(position) : /end of JSON input/.test(message) ? text.length : undefined;
  const snippet = /, ((?:\.\.\.)?"(?:.+?)"(?:\.\.\.)?) is not valid JSON$/s.exec(message)?.[1];
  const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
  if (offset !== undefined) {
    const before = text.slice(0, offset);
    return `${reason} (line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')})`;
  }
  return snippet ? `${reason}, near ${JSON.stringify(snippet.replace(/^(?:\.\.\.)?"|"(?:\.\.\.)?$/g, ''))}` : reason;
}

/** A feed file's services from its bytes, or why the whole file is refused (not UTF-8, not JSON, not HSDS). */
export function readFeed(file: string, bytes: Uint8Array): FeedReading {
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return { file, problem: decoded.problem.reason };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return { file, problem: `is not valid JSON: ${parseErrorMessage(decoded.text, error)}` };
  }
  // A key written twice is two answers to one question (JSON.parse keeps the last): not ours to pick.
  const duplicate = findDuplicateKey(decoded.text);
  if (duplicate) return { file, problem: `${duplicate.path}: ${duplicate.reason}` };
  const found = servicesOfFeed(value);
  return 'problem' in found ? { file, problem: found.problem } : { file, services: found.services };
}

// ---------------------------------------------------------------------------------------------
// Ids.

// Letters NFKD does not take apart into a base letter and an accent.
const LATIN_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_LETTERS[letter] ?? letter)
    // "Clare's Law" is clares-law, as our own ids write it, not clare-s-law.
    .replace(/['\u2019]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A slug cut to at most max characters, at a hyphen when there is one to cut at. */
function cut(id: string, max: number): string {
  if (id.length <= max) return id;
  const head = id.slice(0, max);
  const hyphen = head.lastIndexOf('-');
  return (id[max] === '-' || hyphen <= 0 ? head : head.slice(0, hyphen)).replace(/-+$/, '');
}

/** The draft id: kebab-case of organisation and service name, ascii, at most 80 characters. */
export function draftId(organisation: string | undefined, name: string): string {
  const org = slug(organisation ?? '');
  const service = slug(name);
  // "Galop" + "Galop helpline" is galop-helpline, not galop-galop-helpline.
  const joined = !org ? service : !service || service === org || service.startsWith(`${org}-`) ? service || org : `${org}-${service}`;
  return cut(joined || 'service', MAX_ID_LENGTH);
}

/** id, or id-2, id-3… (still within 80 characters) when taken already; the result is added to taken. */
export function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${cut(id, MAX_ID_LENGTH - `-${n}`.length)}-${n}`;
  taken.add(candidate);
  return candidate;
}

// ---------------------------------------------------------------------------------------------
// Schedules.

// The exporter's attending_type for each channel (scripts/hsds-export.ts), read back; other free text is not a channel.
const ATTENDING_CHANNELS: Readonly<Record<string, Channel>> = {
  'by phone': 'phone',
  'by text message': 'text',
  'by webchat': 'webchat',
  'by email': 'email',
  'by bsl video relay': 'bsl-video',
  'in person': 'in-person',
  'by online form': 'online-form',
  'in the app': 'app',
};

// RRULE parts that narrow a weekly rule to some weeks or days of the month or year, or end it.
const NARROWING_PARTS = ['bymonthday', 'byyearday', 'byweekno', 'bymonth', 'bysetpos'] as const;
const ENDING_PARTS = ['until', 'count'] as const;

/** An HSDS time ("10:00", "10:00:00") as our HH:MM, or why it cannot be one. */
export function ourTime(value: unknown): { time: string } | { reason: string } {
  if (typeof value !== 'string') return { reason: value === undefined ? 'is needed for a weekly window' : 'is not text' };
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(value.trim());
  if (!match) return { reason: 'is not a time HH:MM' };
  const [, hours = '', minutes = '', seconds, zone] = match;
  // A fixed offset (or Z) matches London time for only part of the year, so it cannot be converted once.
  if (zone) return { reason: 'has a UTC offset: our hours are Europe/London local time, which no one offset matches all year' };
  if (seconds !== undefined && seconds !== '00') return { reason: 'has seconds: our hours are to the minute' };
  const time = `${hours.padStart(2, '0')}:${minutes}`;
  const problem = schemaProblem('#/definitions/time', time);
  return problem ? { reason: problem } : { time };
}

/** An HSDS schedule as our weekly window, or undefined with the reasons in findings. */
export function mapSchedule(raw: unknown, path: string, today: string, findings: Findings, forPhone = false): Schedule | undefined {
  if (!isObject(raw)) {
    findings.refuse(path, raw, 'is not a schedule object');
    return undefined;
  }
  const before = findings.refused.length;
  const refuse = (field: string, reason: string) => findings.refuse(`${path}.${field}`, raw[field], `${reason}; schedule not drafted`);
  if (raw['freq'] !== 'WEEKLY') refuse('freq', raw['freq'] === undefined ? 'is needed: only WEEKLY rules with byday, opens_at and closes_at are read' : 'only WEEKLY rules can be read: our hours are weekly windows');
  if (raw['interval'] !== undefined && raw['interval'] !== null && raw['interval'] !== 1) refuse('interval', `repeats every ${String(raw['interval'])} weeks: our hours repeat every week`);
  for (const part of NARROWING_PARTS) if (!isEmpty(raw[part])) refuse(part, 'narrows the rule to some days of the month or year, which a weekly window cannot say');
  for (const part of ENDING_PARTS) if (!isEmpty(raw[part])) refuse(part, 'ends the rule: our hours have no end date');
  const validTo = typeof raw['valid_to'] === 'string' ? raw['valid_to'] : undefined;
  if (validTo !== undefined && validTo < today) refuse('valid_to', `ended on ${validTo}`);
  for (const start of ['valid_from', 'dtstart'] as const) {
    const date = raw[start];
    if (typeof date === 'string' && date.slice(0, 10) > today) refuse(start, `starts after today (${today}): our hours are the ones in force now`);
  }

  let days: string[] = [];
  const byday = raw['byday'];
  if (typeof byday !== 'string' || byday.trim() === '') refuse('byday', 'is needed: the days of a weekly window');
  else {
    days = byday.split(',').map((day) => day.trim().toUpperCase());
    if (!days.every((day) => (DAY_CODES as readonly string[]).includes(day))) refuse('byday', 'must be day codes MO,TU,WE,TH,FR,SA,SU with no number in front (2MO is a monthly rule)');
    else if (new Set(days).size !== days.length) refuse('byday', 'repeats a day');
  }
  const opens = ourTime(raw['opens_at']);
  const closes = ourTime(raw['closes_at']);
  if ('reason' in opens) refuse('opens_at', opens.reason);
  if ('reason' in closes) refuse('closes_at', closes.reason);
  if ('time' in opens && 'time' in closes && opens.time === closes.time) refuse('closes_at', `is the same as opens_at (${opens.time})`);
  if (findings.refused.length > before || !('time' in opens) || !('time' in closes)) return undefined;

  // From here on a refusal drops one field, not the window.
  const description = textField(raw['description'], `${path}.description`, '#/definitions/schedule/properties/description', findings);
  let channel: Channel | undefined;
  const attending = raw['attending_type'];
  if (!forPhone && !isBlank(attending)) {
    channel = typeof attending === 'string' ? ATTENDING_CHANNELS[attending.trim().toLowerCase()] : undefined;
    if (!channel) findings.refuse(`${path}.attending_type`, attending, 'names no one channel of ours: the hours are drafted for the whole service, so a person must check them');
  }
  if (!isEmpty(raw['timezone'])) findings.refuse(`${path}.timezone`, raw['timezone'], 'our hours are Europe/London local time: the times are drafted as written, so a person must check them');
  if (validTo !== undefined) findings.refuse(`${path}.valid_to`, validTo, 'our hours have no end date: the window is drafted without it, so review_by must be no later than this');
  return { ...(channel ? { channel } : {}), byday: days.join(','), opens_at: opens.time, closes_at: closes.time, ...(description ? { description } : {}) };
}

/** Every day from midnight to midnight: how HSDS (and our export) writes "open 24/7". */
function isAllWeek(schedule: Omit<Schedule, 'channel'>): boolean {
  return new Set(schedule.byday.split(',')).size === DAY_CODES.length && schedule.opens_at === '00:00' && (schedule.closes_at === '23:59' || schedule.closes_at === '24:00');
}

/** Schedules with 24/7 said our way: when every window (for the service or its phones) is all day every day, open_24_7 and no windows. */
function withOpenAllHours<T extends Omit<Schedule, 'channel'> & { channel?: Channel }>(schedules: T[]): { open_24_7: boolean; schedules: T[] } {
  const main = schedules.filter((schedule) => schedule.channel === undefined || schedule.channel === 'phone');
  if (main.length > 0 && main.every(isAllWeek)) return { open_24_7: true, schedules: schedules.filter((schedule) => !main.includes(schedule)) };
  return { open_24_7: false, schedules };
}

// ---------------------------------------------------------------------------------------------
// Phones.

// A video line is our BSL video relay only when the feed says it is for BSL.
const BSL = /\bBSL\b|British Sign Language/i;

/** Our phone type for an HSDS one, or why the line is not one we list. */
export function ourPhoneType(type: string, description: string | undefined): { type: PhoneType } | { reason: string } {
  switch (type.trim().toLowerCase()) {
    case 'voice':
    case 'cell':
    case 'mobile':
      return { type: 'voice' };
    case 'text':
      return { type: 'text' };
    case 'textphone':
      return { type: 'textphone' };
    case 'video':
      return description !== undefined && BSL.test(description) ? { type: 'bsl-video' } : { reason: 'is a video line not described as BSL: we list video lines only for BSL video relay' };
    case 'fax':
      return { reason: 'is a fax line: we list no fax numbers' };
    default:
      return { reason: 'is not a phone type we list (voice, cell, text, textphone, or video for BSL)' };
  }
}

/** An HSDS phone as ours, or undefined with the reasons in findings; number and extension checked exactly as our data check does. */
export function mapPhone(raw: unknown, path: string, today: string, findings: Findings): DraftPhone | undefined {
  if (!isObject(raw)) {
    findings.refuse(path, raw, 'is not a phone object');
    return undefined;
  }
  const before = findings.refused.length;
  const refuse = (field: string, reason: string) => findings.refuse(`${path}.${field}`, raw[field], `${reason}; phone not drafted`);
  const written = raw['number'];
  const number = typeof written === 'string' ? written.trim() : undefined;
  if (number === undefined) refuse('number', written === undefined ? 'is needed' : 'is not text: a number written as a JSON number has lost its leading 0');
  const rawDescription = typeof raw['description'] === 'string' ? raw['description'] : undefined;
  let type: PhoneType | undefined;
  if (typeof raw['type'] === 'string' && raw['type'].trim() !== '') {
    const mapped = ourPhoneType(raw['type'], rawDescription);
    if ('reason' in mapped) refuse('type', mapped.reason);
    else type = mapped.type;
  } else if (!isBlank(raw['type'])) refuse('type', 'is not text');

  let extension: string | undefined;
  const rawExtension = raw['extension'];
  if (!isBlank(rawExtension)) {
    // HSDS 3 writes the extension as a number; a string is kept as written.
    const text = typeof rawExtension === 'number' && Number.isInteger(rawExtension) && rawExtension >= 0 ? String(rawExtension) : typeof rawExtension === 'string' ? rawExtension.trim() : undefined;
    const problem = text === undefined ? 'is not digits' : schemaProblem('#/properties/phones/items/properties/extension', text);
    // Without its extension the number reaches the wrong desk, so the whole line is refused.
    if (problem) refuse('extension', problem);
    else extension = text;
  }

  if (number !== undefined) {
    const digits = number.replace(/[\s()-]/g, '');
    const characters = phoneCharacterProblem(number);
    const wrong = KNOWN_WRONG_NUMBERS.get(digits);
    if (characters) refuse('number', characters);
    else if (wrong) refuse('number', `is a known wrong number (${wrong})`);
    else if (!dialString(number, extension)) refuse('number', 'is not a valid UK phone number');
    else if (extension && (type === 'text' || UK_SHORT_CODES.has(digits))) refuse('extension', 'an extension only makes sense on a full number you call');
  }
  if (findings.refused.length > before || number === undefined) return undefined;

  const description = textField(raw['description'], `${path}.description`, '#/properties/phones/items/properties/description', findings);
  const schedules = listField(raw, 'schedules', `${path}.schedules`, findings)
    .map((schedule, index) => mapSchedule(schedule, `${path}.schedules[${index}]`, today, findings, true))
    .filter((schedule): schedule is Schedule => schedule !== undefined)
    .map(({ channel: _channel, ...schedule }) => schedule);
  const hours = withOpenAllHours(schedules);
  return {
    number,
    ...(type ? { type } : {}),
    ...(extension ? { extension } : {}),
    ...(description ? { description } : {}),
    ...(hours.open_24_7 ? { open_24_7: true } : {}),
    ...(hours.schedules.length ? { schedules: hours.schedules } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Languages and areas.

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An HSDS language object's code as ours (lower-case ISO 639-1, "sgn-GB" for BSL), or why not. */
export function ourLanguage(raw: unknown): { code: string } | { reason: string } {
  if (!isObject(raw)) return { reason: 'is not a language object with a "code"' };
  const name = typeof raw['name'] === 'string' && raw['name'].trim() ? ` (the feed names it "${raw['name'].trim()}")` : '';
  const written = raw['code'];
  if (typeof written !== 'string' || written.trim() === '') return { reason: `has no "code": a person must give the language as an ISO 639-1 code${name}` };
  const tag = written.trim().replace(/_/g, '-');
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return { reason: 'is not a language code' };
  }
  // BSL: ISO 639-3 "bfi", which BCP 47 also writes "sgn-GB"; our records use the BCP 47 tag.
  if (canonical.split('-')[0] === 'bfi') return { code: 'sgn-GB' };
  // A two-letter code is kept as written: canonicalising turns "tl" into "fil", which our locales do not use.
  const writtenLanguage = (tag.split('-')[0] ?? '').toLowerCase();
  const code = /^[a-z]{2}$/.test(writtenLanguage) ? writtenLanguage : (canonical.split('-')[0] ?? '').toLowerCase();
  if (!/^[a-z]{2,3}$/.test(code) || LANGUAGE_NAMES.of(code) === undefined) return { reason: `is not a known ISO 639 language code${name}` };
  return { code };
}

// "Hammersmith and Fulham" and "Hammersmith & Fulham" are one name; case and spacing do not matter.
const areaKey = (text: string) => text.normalize('NFC').toLowerCase().replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();

/** The area code whose label is exactly this name (case-insensitive, "and" and "&" alike), or undefined. */
export function matchArea(name: string, areaLabels: Readonly<Record<string, string>>): string | undefined {
  const key = areaKey(name);
  return Object.entries(areaLabels).find(([, label]) => areaKey(label) === key)?.[0];
}

// ---------------------------------------------------------------------------------------------
// Locations.

const UK_COUNTRIES = new Set(['gb', 'gbr', 'uk', 'united kingdom', 'great britain', 'england', 'scotland', 'wales', 'northern ireland']);

/** The physical addresses of an HSDS location: HSDS 3 "addresses" of type physical, or HSDS 2 physical_address(es). */
function physicalAddresses(location: JsonObject, path: string, findings: Findings): Array<{ address: JsonObject; path: string }> {
  const found: Array<{ address: JsonObject; path: string }> = [];
  const others: Array<{ address: JsonObject; path: string }> = [];
  for (const key of ['addresses', 'physical_addresses', 'physical_address'] as const) {
    const value = location[key];
    const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
    list.forEach((address, index) => {
      if (!isObject(address)) return;
      const at = Array.isArray(value) ? `${path}.${key}[${index}]` : `${path}.${key}`;
      const type = typeof address['address_type'] === 'string' ? address['address_type'].trim().toLowerCase() : undefined;
      (key !== 'addresses' || type === 'physical' ? found : others).push({ address, path: at });
    });
  }
  if (found.length === 0) {
    for (const other of others) findings.refuse(`${other.path}.address_type`, other.address['address_type'], 'is not a physical address: a postal address is where letters go, not necessarily a place to go in person; location not drafted');
    if (others.length === 0) findings.refuse(`${path}.addresses`, location['addresses'], 'has no physical address; location not drafted');
  }
  return found;
}

/** The places of an HSDS service (service_at_locations) as ours, with the accessibility the places publish. */
function mapLocations(service: JsonObject, findings: Findings): { locations: DraftLocation[]; accessibility: string[] } {
  const locations: DraftLocation[] = [];
  const accessibility: string[] = [];
  listField(service, 'service_at_locations', 'service_at_locations', findings).forEach((link, i) => {
    const path = `service_at_locations[${i}].location`;
    const location = isObject(link) ? link['location'] : undefined;
    if (!isObject(location)) {
      findings.refuse(path, location, 'is not a location object (a location_id alone cannot be read from this file); location not drafted');
      return;
    }
    const kind = location['location_type'];
    if (typeof kind === 'string' && kind.trim().toLowerCase() !== 'physical') {
      findings.refuse(`${path}.location_type`, kind, 'is not a place to go in person; location not drafted');
      return;
    }
    const drafted = locations.length;
    for (const { address, path: at } of physicalAddresses(location, path, findings)) {
      const country = address['country'];
      if (typeof country === 'string' && country.trim() && !UK_COUNTRIES.has(country.trim().toLowerCase())) {
        findings.refuse(`${at}.country`, country, 'is not the UK: our directory lists places in the UK; location not drafted');
        continue;
      }
      const line1 = textField(address['address_1'], `${at}.address_1`, '#/properties/locations/items/properties/address_1', findings);
      const line2 = typeof address['address_2'] === 'string' ? address['address_2'].trim() : '';
      const address1 = line1 && line2 ? textField(`${line1}, ${line2}`, `${at}.address_2`, '#/properties/locations/items/properties/address_1', findings) : line1;
      const city = textField(address['city'], `${at}.city`, '#/properties/locations/items/properties/city', findings);
      if (!address1 || !city) {
        if (!address1 && isBlank(address['address_1'])) findings.refuse(`${at}.address_1`, undefined, 'is needed; location not drafted');
        if (!city && isBlank(address['city'])) findings.refuse(`${at}.city`, undefined, 'is needed; location not drafted');
        continue;
      }
      const rawPostcode = address['postal_code'];
      const postcode = typeof rawPostcode === 'string' ? rawPostcode.trim().toUpperCase() : undefined;
      const postcodeProblem = postcode ? schemaProblem('#/properties/locations/items/properties/postal_code', postcode) : undefined;
      if (postcodeProblem) findings.refuse(`${at}.postal_code`, rawPostcode, `${postcodeProblem}; the place is drafted without it`);
      const name = textField(location['name'], `${path}.name`, '#/properties/locations/items/properties/name', findings);
      if (!name) findings.decide(`locations[${locations.length}].name`);
      const description = textField(location['description'], `${path}.description`, '#/properties/locations/items/properties/description', findings);
      locations.push({
        ...(name ? { name } : {}),
        address_1: address1,
        city,
        ...(postcode && !postcodeProblem ? { postal_code: postcode } : {}),
        ...(description ? { description } : {}),
      });
    }
    // A building's access matters only for a place the draft lists.
    if (locations.length > drafted && Array.isArray(location['accessibility'])) {
      for (const entry of location['accessibility']) {
        const text = isObject(entry) ? (entry['description'] ?? entry['accessibility']) : undefined;
        if (typeof text === 'string' && text.trim() && !accessibility.includes(text.trim())) accessibility.push(text.trim());
      }
    }
  });
  return { locations, accessibility };
}

// ---------------------------------------------------------------------------------------------
// One service.

// The HSDS fields drafting reads; anything else a service carries is listed as not carried.
const READ_FIELDS = new Set([
  'id', 'organization_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'organization', 'eligibility_description',
  'minimum_age', 'maximum_age', 'application_process', 'fees', 'fees_description', 'interpretation_services', 'phones', 'schedules',
  'service_areas', 'service_at_locations', 'languages',
]);

/** A draft of our record for one HSDS service, with what is still to decide and what was refused. */
export function draftService(service: JsonObject, feedFile: string, context: DraftContext): ServiceDraft {
  const findings = new Findings();
  const hsdsId = typeof service['id'] === 'string' ? service['id'] : '';
  const feedName = typeof service['name'] === 'string' ? service['name'].trim() : '';
  const text = (key: string, pointer = `#/properties/${key}`) => textField(service[key], key, pointer, findings);

  const name = text('name');
  const organization = isObject(service['organization']) ? service['organization'] : undefined;
  const organizationName = organization ? textField(organization['name'], 'organization.name', '#/properties/organization/properties/name', findings) : undefined;
  // The organisation's website is its own page, not the service's: it may only be the organisation's url.
  const organizationUrl = organization ? textField(organization['website'], 'organization.website', '#/properties/organization/properties/url', findings) : undefined;
  const description = text('description');
  const url = text('url');
  const email = text('email');
  const alternateName = text('alternate_name');
  const eligibility = text('eligibility_description');
  const applicationProcess = text('application_process');
  const fees = isBlank(service['fees_description']) ? text('fees') : text('fees_description', '#/properties/fees');
  const interpretation = text('interpretation_services');

  const status = service['status'];
  if (!isBlank(status) && status !== 'active') findings.refuse('status', status, 'the feed says the service is not active: a person must confirm it still runs before it is listed');

  const ages: { minimum_age?: number; maximum_age?: number } = {};
  for (const key of ['minimum_age', 'maximum_age'] as const) {
    const value = service[key];
    if (isBlank(value)) continue;
    const problem = schemaProblem(`#/properties/${key}`, value);
    if (problem) findings.refuse(key, value, problem);
    else ages[key] = value as number;
  }
  if (ages.minimum_age !== undefined && ages.maximum_age !== undefined && ages.minimum_age > ages.maximum_age) {
    findings.refuse('minimum_age', ages.minimum_age, `is above maximum_age ${ages.maximum_age}`);
    delete ages.minimum_age;
  }

  const phones = listField(service, 'phones', 'phones', findings)
    .map((phone, index) => mapPhone(phone, `phones[${index}]`, context.today, findings))
    .filter((phone): phone is DraftPhone => phone !== undefined);
  phones.forEach((phone, index) => {
    if (!phone.type) findings.decide(`phones[${index}].type (of ${phone.number})`);
    if (!phone.description) findings.decide(`phones[${index}].description (of ${phone.number})`);
  });

  const hours = withOpenAllHours(
    listField(service, 'schedules', 'schedules', findings)
      .map((schedule, index) => mapSchedule(schedule, `schedules[${index}]`, context.today, findings))
      .filter((schedule): schedule is Schedule => schedule !== undefined),
  );

  const languages: string[] = [];
  listField(service, 'languages', 'languages', findings).forEach((language, index) => {
    const mapped = ourLanguage(language);
    if ('reason' in mapped) findings.refuse(`languages[${index}]`, language, mapped.reason);
    else if (!languages.includes(mapped.code)) languages.push(mapped.code);
  });

  const areas: string[] = [];
  let areasUnmatched = false;
  listField(service, 'service_areas', 'service_areas', findings).forEach((area, index) => {
    const key = isObject(area) && !isBlank(area['name']) ? 'name' : 'service_area';
    const areaName = isObject(area) ? area[key] : undefined;
    const code = typeof areaName === 'string' ? matchArea(areaName, context.areaLabels) : undefined;
    if (code) {
      if (!areas.includes(code)) areas.push(code);
      return;
    }
    areasUnmatched = true;
    const extent = isObject(area) && !isBlank(area['extent']) ? '; its extent (a shape) is not read' : '';
    findings.refuse(`service_areas[${index}]${isObject(area) ? `.${key}` : ''}`, areaName ?? area, `matches no area label of data/taxonomy/areas.json${extent}`);
  });

  const { locations, accessibility: accessibilityTexts } = mapLocations(service, findings);
  const accessibility = accessibilityTexts.length ? textField(accessibilityTexts.join(' '), 'service_at_locations[].location.accessibility', '#/properties/accessibility', findings) : undefined;

  const record: DraftRecord = {
    id: draftId(organizationName ?? (typeof organization?.['name'] === 'string' ? organization['name'] : undefined), feedName),
    ...(name ? { name } : {}),
    ...(alternateName ? { alternate_name: alternateName } : {}),
    ...(organizationName ? { organization: { name: organizationName, ...(organizationUrl ? { url: organizationUrl } : {}) } } : {}),
    ...(description ? { description } : {}),
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    phones,
    ...(locations.length ? { locations } : {}),
    open_24_7: hours.open_24_7,
    schedules: hours.schedules,
    ...(eligibility ? { eligibility_description: eligibility } : {}),
    ...ages,
    ...(applicationProcess ? { application_process: applicationProcess } : {}),
    ...(fees ? { fees } : {}),
    ...(accessibility ? { accessibility } : {}),
    // No feed field says who may refer, nor which of our needs and audiences a service is for.
    needs: [],
    audiences: [],
    areas: areasUnmatched ? [] : areas,
    languages,
    ...(interpretation ? { interpretation_services: interpretation } : {}),
    safety_notes: [],
    // A feed is not a page a person has read: sources, last_verified and review_by are left for that person.
    sources: [],
  };

  const toDecide = ['needs', 'audiences', ...(areasUnmatched || areas.length === 0 ? ['areas'] : []), 'provenance', 'access'];
  const required: Array<[keyof DraftRecord, string]> = [
    ['name', 'name'],
    ['organization', 'organization'],
    ['description', 'description'],
    ['url', 'url'],
    ['eligibility_description', 'eligibility_description'],
  ];
  for (const [key, item] of required) if (record[key] === undefined) toDecide.push(item);
  if (languages.length === 0) toDecide.push('languages');
  for (const item of findings.toDecide) if (!toDecide.includes(item)) toDecide.push(item);
  // Unmatched areas are never half-drafted: the matched ones are in the report for the person to keep.
  if (areasUnmatched && areas.length) findings.refuse('service_areas', areas, 'only some areas matched our labels: the draft lists none, so a person picks them all');

  const notCarried = Object.keys(service).filter((key) => !READ_FIELDS.has(key) && !isEmpty(service[key]));
  if (!isBlank(service['fees_description']) && !isBlank(service['fees']) && service['fees'] !== service['fees_description']) notCarried.push('fees (fees_description is used)');
  return { record, name: feedName, feedFile, hsdsId, toDecide, refused: findings.refused, notCarried };
}

/** Drafts of every service of the feeds, in order, each with an id unique within the run. */
export function draftServices(feeds: ReadonlyArray<{ file: string; services: JsonObject[] }>, context: DraftContext): ServiceDraft[] {
  const taken = new Set<string>();
  const byHsdsId = new Map<string, string>();
  return feeds.flatMap((feed) =>
    feed.services.map((service) => {
      const draft = draftService(service, feed.file, context);
      const id = uniqueId(draft.record.id, taken);
      // One service in two feeds (or a list page and its full record) is drafted twice; the report says so.
      const sameServiceAs = byHsdsId.get(draft.hsdsId);
      if (sameServiceAs === undefined) byHsdsId.set(draft.hsdsId, id);
      return { ...draft, record: { ...draft.record, id }, ...(sameServiceAs !== undefined ? { sameServiceAs } : {}) };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The report.

const describeValue = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));

/** One refusal as the report writes it: `path "value" (reason)`. */
export function formatRefusal(refusal: Refusal): string {
  return `${refusal.path} ${describeValue(refusal.value)} (${refusal.reason})`;
}

/** The report's line for one draft. */
export function reportLine(draftFile: string, draft: ServiceDraft): string {
  const parts = [`still to decide: ${draft.toDecide.join(', ')}`, `provenance: ${PROVENANCE} (imported from ${draft.feedFile}, HSDS id ${draft.hsdsId})`];
  if (draft.refused.length) parts.push(`refused: ${draft.refused.map(formatRefusal).join('; ')}`);
  if (draft.sameServiceAs !== undefined) parts.push(`same HSDS service as ${draft.sameServiceAs}.json: keep one of the two`);
  if (draft.notCarried.length) parts.push(`not carried (our records have no field for them): ${draft.notCarried.join(', ')}`);
  return `${draftFile}: ${draft.name}: ${parts.join('; ')}`;
}

/** The last line of the report: what the drafts deliberately lack. */
export function reportSummary(count: number, outDir: string): string {
  return (
    `${count} draft${count === 1 ? '' : 's'} in ${outDir}. Drafts only: needs, audiences and access are empty or absent, sources is empty, and last_verified and ` +
    'review_by are left out on purpose (no date is invented), so npm run check:data refuses each one until a person completes it and moves it to data/services.'
  );
}

/** A draft as written to its file: 2-space indent and a trailing newline, like data/services. */
export function draftFileText(record: DraftRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// The command line.

/** The files and --out of a command line, or the usage message. */
export function parseArguments(argv: readonly string[]): { files: string[]; out: string } | { usage: string } {
  const files: string[] = [];
  let out: string | undefined;
  let optionsDone = false;
  for (let i = 0; i < argv.length; i += 1) {
    const argument = argv[i] ?? '';
    if (!optionsDone && argument === '--') optionsDone = true;
    else if (!optionsDone && (argument === '--out' || argument.startsWith('--out='))) {
      const value = argument === '--out' ? argv[(i += 1)] : argument.slice('--out='.length);
      if (!value) return { usage: `--out needs a folder\n${USAGE}` };
      if (out !== undefined) return { usage: `--out is given twice\n${USAGE}` };
      out = value;
    } else if (!optionsDone && argument.startsWith('-') && argument !== '-') return { usage: `unknown option ${argument}\n${USAGE}` };
    else files.push(argument);
  }
  if (files.length === 0) return { usage: `no FILE given\n${USAGE}` };
  if (out === undefined) return { usage: `--out DIR is required\n${USAGE}` };
  return { files, out };
}

/** path with symlinks resolved as far as it exists, so a link cannot smuggle the output into data/services. */
function realPath(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing)) {
    const parent = dirname(existing);
    if (parent === existing) break;
    rest.unshift(basename(existing));
    existing = parent;
  }
  return join(existsSync(existing) ? realpathSync(existing) : existing, ...rest);
}

/** Why drafts may not go into outDir (it is, or is inside, data/services; or it is a file), or undefined. */
export function outDirProblem(outDir: string, servicesDir = join(DATA_DIR, 'services')): string | undefined {
  const target = realPath(outDir);
  const services = realPath(servicesDir);
  const fromServices = relative(services, target);
  if (fromServices === '' || (fromServices !== '..' && !fromServices.startsWith(`..${sep}`) && !isAbsolute(fromServices))) {
    return `--out ${outDir} is ${fromServices === '' ? '' : 'inside '}data/services: drafts never go there, since the build would take them for checked records; write them elsewhere and move each one in once a person has completed it`;
  }
  if (existsSync(target) && !statSync(target).isDirectory()) return `--out ${outDir} is a file, not a folder`;
  return undefined;
}

/** Where the CLI prints its report and its refusals. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleIo: CliIo = { out: (line) => console.log(line), err: (line) => console.error(line) };

/** Runs the command line; returns the exit code (0 done, 1 refused, 2 usage). Writes nothing unless every input is good. */
export function main(argv: readonly string[], io: CliIo = consoleIo, context?: DraftContext, servicesDir?: string): number {
  const parsed = parseArguments(argv);
  if ('usage' in parsed) {
    io.err(parsed.usage);
    return 2;
  }
  const outProblem = outDirProblem(parsed.out, servicesDir);
  if (outProblem) {
    io.err(outProblem);
    return 1;
  }
  // Every input is read and checked before anything is written: a bad file among good ones writes nothing.
  const readings = parsed.files.map((file): FeedReading => {
    try {
      return readFeed(file, readFileSync(file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { file, problem: `cannot be read${code === 'ENOENT' ? ': no such file' : code === 'EISDIR' ? ': it is a folder' : ` (${error instanceof Error ? error.message : String(error)})`}` };
    }
  });
  const problems = readings.filter((reading): reading is { file: string; problem: string } => 'problem' in reading);
  if (problems.length) {
    for (const { file, problem } of problems) io.err(`${file}: ${problem}`);
    io.err(`Nothing written: ${problems.length} of ${readings.length} file${readings.length === 1 ? '' : 's'} refused.`);
    return 1;
  }
  const feeds = readings.filter((reading): reading is { file: string; services: JsonObject[] } => 'services' in reading);
  const drafts = draftServices(feeds, context ?? { today: londonToday(), areaLabels: readTaxonomyLabels(DATA_DIR, 'en').areas });

  const outputs = drafts.map((draft) => ({ path: join(parsed.out, `${draft.record.id}.json`), text: draftFileText(draft.record), draft }));
  const lines = outputs.map(({ path, draft }) => reportLine(path, draft));
  const report = [...lines, reportSummary(drafts.length, parsed.out)];
  const reportPath = join(parsed.out, REPORT_FILE);
  const existing = [...outputs.map((output) => output.path), reportPath].filter((path) => existsSync(path));
  if (existing.length) {
    for (const path of existing) io.err(`${path}: already exists; the importer never overwrites a file (move it away or choose another --out)`);
    io.err('Nothing written.');
    return 1;
  }
  mkdirSync(parsed.out, { recursive: true });
  // "wx": a file that appeared since the check above is still not overwritten.
  for (const { path, text } of outputs) writeFileSync(path, text, { flag: 'wx' });
  writeFileSync(reportPath, `${report.join('\n')}\n`, { flag: 'wx' });
  for (const line of report) io.out(line);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
