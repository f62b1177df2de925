// Validation of the directory's source files: JSON Schema for shape, then the semantic rules
// a schema cannot say. Runs at build time and in `npm run check:data`; never on the phone.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import serviceSchema from '../../data/schema/service.schema.json' with { type: 'json' };
import { channelsOf } from './channels.ts';
import { findDuplicateKey } from './strict-json.ts';
import { CONTACT_SOURCE_KINDS, type Schedule, type ServiceRecord, type SourceFact } from '../../src/directory/types.ts';

/** One problem in one data file, with the JSON path it is at. */
export interface DataError {
  file: string;
  path: string;
  reason: string;
}

/** A data file as read from disk; `unreadable` says why its text could not be used at all. */
export interface SourceFile {
  file: string;
  text: string;
  unreadable?: string;
}

/** The code lists of data/taxonomy a record's codes must come from, each defined there once. */
export interface KnownCodes {
  needs: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  channels: ReadonlySet<string>;
  phone_types: ReadonlySet<string>;
  phone_roles: ReadonlySet<string>;
  access: ReadonlySet<string>;
  source_kinds: ReadonlySet<string>;
  source_publishers: ReadonlySet<string>;
  source_facts: ReadonlySet<string>;
}

/** Services every page depends on (data/help-right-now.json): the build fails without them. */
export interface RequiredServices {
  /** Where the list is written, for error messages. */
  file: string;
  emergency: string;
  helplines: readonly string[];
  /** The domestic abuse line "Help right now" puts first. */
  domestic_abuse_line: string;
  /** The line "Help right now" puts first for a stated audience. */
  for_audience: Readonly<Record<string, string>>;
}

/** Numbers that circulate but are wrong (old or misprinted Rape Crisis lines): never publish them. */
export const KNOWN_WRONG_NUMBERS: ReadonlyMap<string, string> = new Map([
  ['08088029999', 'old Rape Crisis number, no longer in service'],
  ['08005002222', 'misprinted Rape Crisis number'],
]);

/**
 * UK short codes that are not geographic or non-geographic numbers, so libphonenumber cannot
 * validate them as such: 999 and 112 (emergency), 101 (police non-emergency), 111 (NHS),
 * 18000 (emergency text relay), 116 123 (Samaritans), and the text short codes 85258 (Shout)
 * 60777 (NCDV) and 61016 (British Transport Police).
 */
export const UK_SHORT_CODES: ReadonlySet<string> = new Set(['999', '112', '101', '111', '18000', '116123', '85258', '60777', '61016']);

/** "file: path: reason", the one way data errors are printed. */
export function formatDataError(error: DataError): string {
  return `${error.file}: ${error.path}: ${error.reason}`;
}

/** Thrown when the directory does not validate; carries every error, not only the first. */
export class DirectoryValidationError extends Error {
  constructor(readonly errors: DataError[]) {
    super(`The directory data has ${errors.length} error(s):\n${errors.map(formatDataError).join('\n')}`);
    this.name = 'DirectoryValidationError';
  }
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);

/** The schema's definition names, each filled from the code list of the same meaning. */
const SCHEMA_CODE_LISTS: Record<string, keyof KnownCodes> = {
  area: 'areas',
  channel: 'channels',
  phone_type: 'phone_types',
  phone_role: 'phone_roles',
  access: 'access',
  source_kind: 'source_kinds',
  source_publisher: 'source_publishers',
  source_fact: 'source_facts',
};

const compiled = new Map<string, ValidateFunction<ServiceRecord>>();
/**
 * The schema with its enums filled in from data/taxonomy/, where each list is defined once:
 * adding a borough or a channel there is all the schema needs. Compiled once per set of lists.
 */
function shapeValidator(codes: KnownCodes): ValidateFunction<ServiceRecord> {
  const lists = Object.fromEntries(Object.entries(SCHEMA_CODE_LISTS).map(([definition, list]) => [definition, [...codes[list]]]));
  const key = JSON.stringify(lists);
  let validate = compiled.get(key);
  if (!validate) {
    const definitions = Object.fromEntries(Object.entries(serviceSchema.definitions).map(([name, definition]) => [name, lists[name] ? { ...definition, enum: lists[name] } : definition]));
    // Without its $id: each set of lists compiles to its own schema, and Ajv refuses one id twice.
    const { $id: _id, ...schema } = serviceSchema;
    validate = ajv.compile<ServiceRecord>({ ...schema, definitions });
    compiled.set(key, validate);
  }
  return validate;
}

/** Relay UK's prefix for textphone calls to any number ("18001 101"). */
const TEXT_RELAY_PREFIX = '18001';

/**
 * Why a number as written cannot be trusted, or undefined if its characters are fine. Letters
 * would be read as keypad digits by a phone library ("0800 1111 abc" dialled +448001111), so
 * they are refused here rather than "understood".
 */
export function phoneCharacterProblem(number: string): string | undefined {
  if (/[\uFF10-\uFF19]/.test(number)) return 'has full-width digits (０-９); write them as 0-9';
  if (/["'`\u2018\u2019\u201C\u201D]/.test(number)) return 'has quote marks; write only the number';
  if (/\b(ext|extn|extension|x)\.?\s*\d/i.test(number)) return 'has an extension written into it; put the digits after "ext" in "extension"';
  if (/\p{L}/u.test(number)) return 'has letters; write only digits, spaces and a leading +';
  if (!/^\+?[0-9][0-9 ]*$/.test(number)) return 'may contain only digits, spaces and a leading +';
  return undefined;
}

/** The digits to dial: E.164 for full numbers, the bare code for short codes; undefined if invalid. */
export function dialString(number: string, extension?: string): string | undefined {
  if (phoneCharacterProblem(number)) return undefined;
  const dial = dialNumber(number);
  // A comma is the pause phones insert before dialling an extension.
  return dial && extension ? `${dial},${extension}` : dial;
}

function dialNumber(number: string): string | undefined {
  const digits = number.replace(/\s/g, '');
  if (UK_SHORT_CODES.has(digits)) return digits;
  if (digits.startsWith(TEXT_RELAY_PREFIX) && digits.length > TEXT_RELAY_PREFIX.length) {
    return dialNumber(digits.slice(TEXT_RELAY_PREFIX.length)) ? digits : undefined;
  }
  const parsed = parsePhoneNumberFromString(number, 'GB');
  return parsed?.isValid() ? parsed.number : undefined;
}

/** Validates every service file and the rules across files; returns the records and all errors. */
export function validateDirectory(
  files: SourceFile[],
  codes: KnownCodes,
  today: string,
  required?: RequiredServices,
): { services: ServiceRecord[]; errors: DataError[] } {
  const errors: DataError[] = [];
  const services: ServiceRecord[] = [];
  const seenIds = new Map<string, string>();
  const validateShape = shapeValidator(codes);
  for (const source of files) {
    if (source.unreadable !== undefined) {
      errors.push({ file: source.file, path: '$', reason: source.unreadable });
      continue;
    }
    const record = parseAndCheckShape(source, validateShape, errors);
    if (!record) continue;
    const before = errors.length;
    checkSemantics(source.file, record, codes, today, errors);
    const firstFile = seenIds.get(record.id);
    if (firstFile) errors.push({ file: source.file, path: '$.id', reason: `duplicate id "${record.id}", also used by ${firstFile}` });
    seenIds.set(record.id, source.file);
    if (errors.length === before) services.push(record);
  }
  if (required) checkRequired(required, services, seenIds, errors);
  return { services, errors };
}

/** The emergency route and the page's helplines must be there, valid, and still open day and night. */
function checkRequired(required: RequiredServices, services: ServiceRecord[], files: ReadonlyMap<string, string>, errors: DataError[]): void {
  const check = (id: string, role: string, path: string) => {
    const service = services.find((entry) => entry.id === id);
    if (!service) {
      const where = files.get(id);
      errors.push(
        where
          ? { file: where, path: '$', reason: `is required (${role}, ${required.file}) and must be valid: fix the errors above` }
          : { file: `data/services/${id}.json`, path: '$', reason: `is missing, but it is required (${role}, listed in ${required.file} ${path})` },
      );
      return;
    }
    const file = files.get(id) ?? `data/services/${id}.json`;
    if (!service.phones.some((phone) => phone.type === 'voice')) errors.push({ file, path: '$.phones', reason: `needs a number to call: it is ${role} (${required.file})` });
    if (!service.open_24_7) errors.push({ file, path: '$.open_24_7', reason: `must be true: it is ${role} (${required.file}); take it off that list first if it is no longer open day and night` });
  };
  check(required.emergency, 'the emergency route on every page', '$.emergency');
  required.helplines.forEach((id, i) => check(id, 'a helpline written into every page', `$.helplines[${i}]`));
  const reachable = (id: string, path: string) => {
    const service = services.find((entry) => entry.id === id);
    if (!service) errors.push({ file: required.file, path, reason: `names "${id}", which is not a valid service in data/services` });
    else if (service.contact_unconfirmed) errors.push({ file: required.file, path, reason: `names "${id}", whose contact is unconfirmed: "Help right now" must only put first a line a person can reach` });
  };
  reachable(required.domestic_abuse_line, '$.domestic_abuse_line');
  for (const [audience, id] of Object.entries(required.for_audience)) reachable(id, `$.for_audience.${audience}`);
}

function parseAndCheckShape(source: SourceFile, validateShape: ValidateFunction<ServiceRecord>, errors: DataError[]): ServiceRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(source.text);
  } catch (error) {
    errors.push({ file: source.file, path: '$', reason: `not valid JSON: ${describeParseError(source.text, error)}` });
    return undefined;
  }
  const duplicate = findDuplicateKey(source.text);
  if (duplicate) {
    errors.push({ file: source.file, ...duplicate });
    return undefined;
  }
  if (validateShape(value)) return value;
  for (const error of validateShape.errors ?? []) errors.push({ file: source.file, ...describeSchemaError(error) });
  return undefined;
}

function describeParseError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = parseErrorOffset(text, message);
  const reason = message.replace(/ in JSON at position \d+.*$/, '');
  if (offset === undefined) return reason;
  const before = text.slice(0, offset);
  return `${reason} (line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')})`;
}

/** Where V8's JSON.parse failed: its message gives a position, or a quoted snippet, or says the input ended. */
function parseErrorOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  if (/end of JSON input/.test(message)) return text.length;
  const snippet = /(?:\.\.\.)?"(.+?)(?:\.\.\.)?" is not valid JSON/s.exec(message)?.[1];
  const at = snippet ? text.indexOf(snippet) : -1;
  return at >= 0 && snippet ? at + snippet.length - 1 : undefined;
}

function describeSchemaError(error: ErrorObject): Omit<DataError, 'file'> {
  const path = toJsonPath(error.instancePath);
  switch (error.keyword) {
    case 'required':
      return { path, reason: `missing required field "${String(error.params['missingProperty'])}"` };
    case 'additionalProperties':
      return { path, reason: `unknown field "${String(error.params['additionalProperty'])}"` };
    case 'enum':
      return { path, reason: `must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'pattern':
      return { path, reason: describePattern(path, error) };
    case 'format':
      return { path, reason: FORMAT_REASONS[String(error.params['format'])] ?? `must be a valid ${String(error.params['format'])}` };
    case 'maxLength':
      return { path, reason: `is longer than the limit of ${String(error.params['limit'])} characters` };
    case 'maxItems':
      return { path, reason: `has more than the limit of ${String(error.params['limit'])} items` };
    default:
      return { path, reason: error.message ?? error.keyword };
  }
}

const FORMAT_REASONS: Record<string, string> = {
  date: 'must be a real calendar date written YYYY-MM-DD',
  uri: 'must be a full URL',
  email: 'must be an email address',
};

function describePattern(path: string, error: ErrorObject): string {
  const pattern = String(error.params['pattern']);
  if (pattern === '^https://') return 'must be an https:// URL';
  if (pattern.includes('[01]\\d')) return 'must be a 24-hour time HH:MM';
  if (pattern.includes('MO|TU')) return 'must be comma-separated day codes MO,TU,WE,TH,FR,SA,SU';
  if (pattern === '\\S') return 'must not be blank';
  if (path === '$.id' || pattern.startsWith('^[a-z0-9]+')) return 'must be a kebab-case code (a-z, 0-9, hyphens)';
  return `must match ${pattern}`;
}

function toJsonPath(instancePath: string): string {
  if (instancePath === '') return '$';
  return (
    '$' +
    instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
      .join('')
  );
}

/** What each channel needs in the record. */
const CHANNEL_MEANS: Record<string, string> = {
  phone: 'a voice or textphone number in phones',
  text: 'a text number in phones',
  webchat: 'webchat_url',
  email: 'email',
  'bsl-video': 'bsl_video_url or a bsl-video number',
  'in-person': 'locations or in_person',
  'online-form': 'online_form_url',
  app: 'app_url',
};

function checkSchedule(schedule: Omit<Schedule, 'channel'>, path: string, push: (path: string, reason: string) => void): void {
  if (schedule.opens_at === schedule.closes_at) push(path, `opens_at and closes_at are both ${schedule.opens_at}`);
  const days = schedule.byday.split(',');
  if (new Set(days).size !== days.length) push(`${path}.byday`, `repeats a day in "${schedule.byday}"`);
}

/**
 * A number, a link or an hour must rest on the organisation's contact or service page or an
 * official listing: a news item, podcast, funding announcement or terms page is never enough.
 */
function checkSources(record: ServiceRecord, hasContacts: boolean, push: (path: string, reason: string) => void): void {
  const backs = (fact: SourceFact) => record.sources.some((source) => CONTACT_SOURCE_KINDS.includes(source.kind) && (source.supports?.includes(fact) ?? true));
  if (hasContacts && !backs('contact')) {
    push('$.sources', 'no contact page, service page or official listing backs the numbers and links; a news item, podcast, funding announcement or terms page may not be their only source');
  }
  const hasHours = record.open_24_7 || record.schedules.length > 0 || record.phones.some((phone) => phone.open_24_7 || phone.schedules?.length);
  if (hasHours && !backs('hours')) {
    push('$.sources', 'no contact page, service page or official listing backs the opening hours; a news item, podcast, funding announcement or terms page may not be their only source');
  }
  record.sources.forEach((source, i) => {
    if (source.url === record.url && !CONTACT_SOURCE_KINDS.includes(source.kind)) push('$.url', `is a ${source.kind} page (sources[${i}]): point it at the page where a person gets help`);
  });
}

function checkSemantics(file: string, record: ServiceRecord, codes: KnownCodes, today: string, errors: DataError[]): void {
  const push = (path: string, reason: string) => errors.push({ file, path, reason });
  const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (record.id !== expectedId) push('$.id', `"${record.id}" does not match the file name "${expectedId}.json"`);

  record.needs.forEach((code, i) => {
    if (!codes.needs.has(code)) push(`$.needs[${i}]`, `unknown need code "${code}"`);
  });
  record.audiences.forEach((code, i) => {
    if (!codes.audiences.has(code)) push(`$.audiences[${i}]`, `unknown audience code "${code}"`);
  });

  record.phones.forEach((phone, i) => {
    const digits = phone.number.replace(/[\s()-]/g, '');
    const wrong = KNOWN_WRONG_NUMBERS.get(digits);
    const characters = phoneCharacterProblem(phone.number);
    if (wrong) push(`$.phones[${i}].number`, `"${phone.number}" is a known wrong number (${wrong})`);
    else if (characters) push(`$.phones[${i}].number`, `"${phone.number}" ${characters}`);
    else if (!dialString(phone.number)) push(`$.phones[${i}].number`, `"${phone.number}" is not a valid UK phone number`);
    if (phone.extension && (phone.type === 'text' || UK_SHORT_CODES.has(digits))) push(`$.phones[${i}].extension`, 'an extension only makes sense on a full number you call');
  });
  record.phones.forEach((phone, i) => {
    if (phone.open_24_7 && phone.schedules?.length) push(`$.phones[${i}].schedules`, 'open_24_7 is true for this line, so it must not also list hours');
    phone.schedules?.forEach((schedule, k) => checkSchedule(schedule, `$.phones[${i}].schedules[${k}]`, push));
  });
  if (record.phones.some((phone) => phone.role === 'out-of-hours') && !record.schedules.length && !record.phones.some((phone) => phone.schedules?.length)) {
    push('$.phones', 'has an out-of-hours number, but no hours say when the main line is open');
  }

  record.schedules.forEach((schedule, i) => checkSchedule(schedule, `$.schedules[${i}]`, push));
  if (record.open_24_7 && record.schedules.some((s) => s.channel === undefined || s.channel === 'phone'))
    push('$.schedules', 'open_24_7 is true, so the service must not also list phone hours');

  // Every way in needs its means: hours for a channel the record cannot be reached by are a channel without its means.
  const channels = channelsOf(record);
  record.schedules.forEach((schedule, i) => {
    if (schedule.channel && !channels.includes(schedule.channel)) push(`$.schedules[${i}].channel`, `gives hours for "${schedule.channel}", but the record has no means for it (${CHANNEL_MEANS[schedule.channel]})`);
  });
  const door = channels.length > 0;
  if (!door && !record.online_only && !record.contact_unconfirmed) {
    push('$', 'opens no door: give a phone, text number, chat link, email, BSL link, address or the published way to find them (in_person); for an online-only service set online_only; if no way in can be confirmed, set contact_unconfirmed and quote how_to_contact');
  }
  if (record.contact_unconfirmed && door) push('$.contact_unconfirmed', `is true, but the record gives a way in (${channels.join(', ')})`);
  if (record.contact_unconfirmed && record.online_only) push('$.contact_unconfirmed', 'cannot be true for an online-only service: its website is its door');

  if (record.minimum_age !== undefined && record.maximum_age !== undefined && record.minimum_age > record.maximum_age) {
    push('$.minimum_age', `${record.minimum_age} is above maximum_age ${record.maximum_age}`);
  }
  record.limited_to?.forEach((code, i) => {
    if (!codes.audiences.has(code)) push(`$.limited_to[${i}]`, `unknown audience code "${code}"`);
  });

  checkSources(record, channels.length > 0 && !record.online_only, push);

    if (record.last_verified > today) push('$.last_verified', `${record.last_verified} is in the future`);
  if (record.review_by <= record.last_verified) push('$.review_by', `${record.review_by} is not after last_verified ${record.last_verified}`);
}
