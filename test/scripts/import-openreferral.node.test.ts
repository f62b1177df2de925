// The Open Referral importer, run on the Open Referral UK profile's own examples
// (test/fixtures/openreferral-uk, CC BY-SA 4.0): expected values are read from the fixtures, not typed in.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readKnownCodes, readTaxonomyLabels } from '../../scripts/directory-source.ts';
import { dialString, phoneCharacterProblem, validateDirectory } from '../../scripts/directory/validate.ts';
import {
  draftId,
  draftService,
  draftServices,
  matchArea,
  ourLanguage,
  outDirProblem,
  parseArguments,
  readFeed,
  reportLine,
  servicesOfFeed,
  uniqueId,
  type DraftContext,
  type JsonObject,
  type ServiceDraft,
} from '../../scripts/import-openreferral.ts';
import type { ServiceRecord } from '../../src/directory/types.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = join(REPO, 'scripts', 'import-openreferral.ts');
const EXAMPLES = join(REPO, 'test', 'fixtures', 'openreferral-uk', 'examples');
const TODAY = '2026-12-02';
const context: DraftContext = { today: TODAY, areaLabels: readTaxonomyLabels(undefined, 'en').areas };

/** The parts of the profile's example service the tests compare with. */
interface ExampleService extends JsonObject {
  id: string;
  name: string;
  description: string;
  url: string;
  email: string;
  fees: string;
  minimum_age: number;
  maximum_age: number;
  organization: { name: string; website: string };
  schedules: Array<{ byday: string; opens_at: string; closes_at: string; description: string; bymonthday: string; valid_to: string } & JsonObject>;
  languages: JsonObject[];
  service_areas: Array<{ name: string }>;
  service_at_locations: Array<{ location: { name: string; addresses: Array<{ address_type: string; address_1: string; city: string } & JsonObject> } & JsonObject }>;
}

const readExample = <T>(name: string): T => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8')) as T;
const full = readExample<ExampleService>('service_full.json');
const list = readExample<{ contents: JsonObject[] }>('service_list.json');
const organizationFull = readExample<{ name: string; services: JsonObject[] }>('organization_full.json');
const clone = <T>(value: T): T => structuredClone(value);
const bytes = (text: string) => new TextEncoder().encode(text);
const draftOf = (service: JsonObject): ServiceDraft => draftService(service, 'feed.json', context);
const refusalAt = (draft: ServiceDraft, path: string) => draft.refused.filter((refusal) => refusal.path === path);

/** What a person adds to a draft: the fields no feed can settle, as a checked record in data/services would have them. */
function completed(draft: ServiceDraft['record'], extra: Partial<ServiceRecord> = {}): ServiceRecord {
  return {
    ...draft,
    access: 'self-referral',
    needs: ['counselling'],
    audiences: [],
    areas: draft.areas.length ? draft.areas : ['london'],
    sources: [{ url: draft.url ?? extra.url ?? '', kind: 'service-page', publisher: 'organisation' }],
    last_verified: TODAY,
    review_by: '2027-06-02',
    ...extra,
  } as ServiceRecord;
}

function validate(record: ServiceRecord) {
  return validateDirectory([{ file: `data/services/${record.id}.json`, text: `${JSON.stringify(record, null, 2)}\n` }], readKnownCodes(), TODAY).errors;
}

describe('reading feeds', () => {
  it('reads a single service, a paginated list, an array, an organization and a service_at_location', () => {
    const count = (name: string) => {
      const reading = readFeed(name, readFileSync(join(EXAMPLES, name)));
      if (!('services' in reading)) throw new Error(reading.problem);
      return reading.services;
    };
    expect(count('service_full.json')).toEqual([full]);
    expect(count('service_list.json')).toEqual(list.contents);
    const array = servicesOfFeed([full, ...list.contents]);
    expect('services' in array && array.services).toEqual([full, ...list.contents]);
    // An organization is not a service: its services are, each with the organization it belongs to.
    const services = count('organization_full.json');
    expect(services.map((service) => service['name'])).toEqual(organizationFull.services.map((service) => service['name']));
    expect(services.every((service) => (service['organization'] as { name: string }).name === organizationFull.name)).toBe(true);
    // A service_at_location is the service at that place.
    const atLocation = readExample<{ service: { name: string }; location: JsonObject }>('service_at_location_full.json');
    const [linked] = count('service_at_location_full.json');
    expect(linked?.['name']).toBe(atLocation.service.name);
  });

  it('drafts exactly one record per service', () => {
    const feeds = [
      { file: 'service_full.json', services: [full] },
      { file: 'service_list.json', services: list.contents },
      { file: 'array.json', services: [full, ...list.contents] },
    ];
    const drafts = draftServices(feeds, context);
    expect(drafts).toHaveLength(1 + list.contents.length * 2 + 1);
    // The same example service four times: four files, each id unique, the repeats said to be the same service.
    expect(new Set(drafts.map((draft) => draft.record.id)).size).toBe(drafts.length);
    expect(drafts.slice(1).every((draft) => draft.sameServiceAs === drafts[0]?.record.id)).toBe(true);
  });

  it.each([
    ['cut short', bytes('{"id": "a", "name": '), /^is not valid JSON: Unexpected end of JSON input \(line 1, column 21\)$/],
    ['not JSON at all', bytes('not json'), /^is not valid JSON: Unexpected token 'o', near "not json"$/],
    ['not UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /^is not UTF-8 text \(first bad byte at offset 2\)/],
    ['JSON but not HSDS', bytes('{"foo": 1}'), /^is not HSDS: \$ has no "id" string/],
    ['contents not an array', bytes('{"contents": {"id": "a", "name": "b"}}'), /^is not HSDS: "contents" must be an array of services, not an object$/],
    ['a list item without a name', bytes('{"contents": [{"id": "a", "name": "A"}, {"id": "b"}]}'), /^is not HSDS: \$\.contents\[1\] has no "name" string/],
    ['an array of numbers', bytes('[1]'), /^is not HSDS: \$\[0\] is a number, not a service object$/],
    ['a key written twice', bytes('{"id": "a", "name": "A", "name": "B"}'), /^\$\.name: the key "name" is written twice/],
  ])('refuses a whole file that is %s', (_what, input, reason) => {
    const reading = readFeed('bad.json', input);
    expect('problem' in reading && reading.problem).toMatch(reason);
  });
});

describe('the draft of service_full.json', () => {
  const draft = draftOf(full);
  const { record } = draft;

  it('carries the name, organisation, description, email, ages and fees as written', () => {
    expect(record.name).toBe(full.name);
    expect(record.organization?.name).toBe(full.organization.name);
    // Only the space HSDS left at the end goes.
    expect(record.description).toBe(full.description.trim());
    expect(record.email).toBe(full.email);
    expect(record.minimum_age).toBe(full.minimum_age);
    expect(record.maximum_age).toBe(full.maximum_age);
    expect(record.fees).toBe(full.fees);
    expect(record.id).toBe(draftId(full.organization.name, full.name));
  });

  it('refuses the http links, since our records link only to https pages, and carries them once https', () => {
    expect(full.url).toMatch(/^http:\/\//);
    expect(record.url).toBeUndefined();
    expect(refusalAt(draft, 'url')).toEqual([{ path: 'url', value: full.url, reason: expect.stringContaining('https') as unknown }]);
    expect(refusalAt(draft, 'organization.website')[0]?.value).toBe(full.organization.website);
    const https = draftOf({ ...full, url: full.url.replace(/^http:/, 'https:'), organization: { ...full.organization, website: full.organization.website.replace(/^http:/, 'https:') } });
    expect(https.record.url).toBe(full.url.replace(/^http:/, 'https:'));
    expect(https.record.organization?.url).toBe(full.organization.website.replace(/^http:/, 'https:'));
  });

  it('has no phones, since the example has none (the UK profile has no phone field)', () => {
    expect(full['phones']).toBeUndefined();
    expect(record.phones).toEqual([]);
  });

  it('refuses the example schedule, which is a WEEKLY rule narrowed by bymonthday and ended in 2005, and maps it without those', () => {
    const [schedule] = full.schedules;
    if (!schedule) throw new Error('the example has a schedule');
    expect(record.schedules).toEqual([]);
    expect(refusalAt(draft, 'schedules[0].bymonthday')[0]?.value).toBe(schedule.bymonthday);
    expect(refusalAt(draft, 'schedules[0].valid_to')[0]).toEqual({ path: 'schedules[0].valid_to', value: schedule.valid_to, reason: `ended on ${schedule.valid_to}; schedule not drafted` });

    const { bymonthday: _bymonthday, valid_from: _from, valid_to: _to, ...weekly } = schedule;
    const mapped = draftOf({ ...full, schedules: [weekly] });
    expect(mapped.record.schedules).toEqual([{ byday: schedule.byday, opens_at: schedule.opens_at.slice(0, 5), closes_at: schedule.closes_at.slice(0, 5), description: schedule.description }]);
    expect(mapped.record.open_24_7).toBe(false);
    // Free-text attending_type names no one channel: the window is for the whole service, and the report says so.
    expect(refusalAt(mapped, 'schedules[0].attending_type')[0]?.value).toBe(schedule['attending_type']);
  });

  it('refuses the example language, which has only an id and no code', () => {
    expect(full.languages.every((language) => language['code'] === undefined)).toBe(true);
    expect(record.languages).toEqual([]);
    expect(refusalAt(draft, 'languages[0]')[0]?.value).toEqual(full.languages[0]);
    expect(draft.toDecide).toContain('languages');
  });

  it('leaves areas empty and reports the example service area, a sentence that is no area label', () => {
    expect(record.areas).toEqual([]);
    expect(refusalAt(draft, 'service_areas[0].name')[0]?.value).toBe(full.service_areas[0]?.name);
    expect(draft.toDecide).toContain('areas');
  });

  it('refuses the example location, whose only address is a postal one (and in the US)', () => {
    const location = full.service_at_locations[0]?.location;
    expect(location?.addresses.map((address) => address.address_type)).toEqual(['postal']);
    expect(record.locations).toBeUndefined();
    expect(refusalAt(draft, 'service_at_locations[0].location.addresses[0].address_type')[0]?.value).toBe('postal');
  });

  it('decides no needs, audiences, access or provenance, and invents no dates', () => {
    expect(record.needs).toEqual([]);
    expect(record.audiences).toEqual([]);
    expect(record.sources).toEqual([]);
    expect(record).not.toHaveProperty('access');
    expect(record).not.toHaveProperty('last_verified');
    expect(record).not.toHaveProperty('review_by');
    expect(draft.toDecide.slice(0, 5)).toEqual(['needs', 'audiences', 'areas', 'provenance', 'access']);
  });

  it('has a report line naming what is still to decide, what was refused and what has no field here', () => {
    const line = reportLine('out/x.json', draft);
    expect(line.startsWith(`out/x.json: ${full.name}: still to decide: needs, audiences, areas, provenance, access`)).toBe(true);
    expect(line).toContain("provenance: a person must confirm the contact on the organisation's own page and record sources, last_verified and review_by");
    expect(line).toContain(`refused: organization.website "${full.organization.website}" (`);
    expect(line).toContain(`url "${full.url}" (is not an https:// address`);
    expect(line).toMatch(/not carried \(our records have no field for them\): .*accreditations.*funding.*cost_options.*contacts/);
  });

  it('once a person adds what the feed cannot give, passes our data check', () => {
    expect(validate(completed(record, { url: 'https://example.com/counselling', languages: ['en'], eligibility_description: 'Not published.' }))).toEqual([]);
    // As drafted it does not: it is a draft.
    expect(validate(record as ServiceRecord).length).toBeGreaterThan(0);
  });
});

describe('phones', () => {
  const phones: JsonObject[] = [
    { id: 'p0', number: '  0800 1111 ', type: 'voice', extension: 12, description: 'Helpline' },
    { id: 'p1', number: '0800 1111 abc', type: 'voice', description: 'Letters' },
    { id: 'p2', number: '"0800 1111"', type: 'voice', description: 'Quotes' },
    { id: 'p3', number: '０８００ １１１１', type: 'voice', description: 'Full-width' },
    { id: 'p4', number: '0800 1111 ext 2', type: 'voice', description: 'Extension written in' },
    { id: 'p5', number: '0800', type: 'voice', description: 'Too short' },
    { id: 'p6', number: '020 7946 0000', type: 'cell', description: 'Mobile line' },
    { id: 'p7', number: '020 7946 0001', type: 'fax', description: 'Fax' },
    { id: 'p8', number: '020 7946 0002', type: 'video', description: 'BSL video relay' },
    { id: 'p9', number: '020 7946 0003', type: 'video', description: 'Video call' },
    { id: 'p10', number: '18001 0800 1111', type: 'textphone', description: 'Relay UK' },
    { id: 'p11', number: 8001111, type: 'voice', description: 'A JSON number' },
    {
      id: 'p12',
      number: '020 7946 0004',
      type: 'voice',
      description: 'Weekday line',
      schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00:00', closes_at: '17:00:00' }],
    },
    { id: 'p13', number: '020 7946 0005', type: 'voice', description: 'Night and day', schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }] },
    { id: 'p14', number: '020 7946 0006' },
  ];
  const draft = draftOf({ ...full, phones });
  const byDescription = (description: string) => draft.record.phones.find((phone) => phone.description === description);

  it('drafts only numbers that our data check dials', () => {
    expect(draft.record.phones.map((phone) => phone.number)).toEqual(['0800 1111', '020 7946 0000', '020 7946 0002', '18001 0800 1111', '020 7946 0004', '020 7946 0005', '020 7946 0006']);
    for (const phone of draft.record.phones) expect(dialString(phone.number, phone.extension)).toBeDefined();
  });

  it('keeps the extension, and maps cell to voice, BSL video to bsl-video, textphone to textphone', () => {
    expect(byDescription('Helpline')).toEqual({ number: '0800 1111', type: 'voice', extension: '12', description: 'Helpline' });
    expect(byDescription('Mobile line')?.type).toBe('voice');
    expect(byDescription('BSL video relay')?.type).toBe('bsl-video');
    expect(byDescription('Relay UK')?.type).toBe('textphone');
  });

  it('carries a line’s own hours, and all day every day as open_24_7', () => {
    expect(byDescription('Weekday line')?.schedules).toEqual([{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }]);
    expect(byDescription('Night and day')).toMatchObject({ open_24_7: true });
    expect(byDescription('Night and day')).not.toHaveProperty('schedules');
  });

  it('refuses, with our data check’s own reason, numbers with letters, quotes, full-width digits or an extension written in', () => {
    for (const [index, number] of [
      [1, '0800 1111 abc'],
      [2, '"0800 1111"'],
      [3, '０８００ １１１１'],
      [4, '0800 1111 ext 2'],
    ] as const) {
      expect(refusalAt(draft, `phones[${index}].number`)).toEqual([{ path: `phones[${index}].number`, value: number, reason: `${phoneCharacterProblem(number)}; phone not drafted` }]);
    }
    expect(refusalAt(draft, 'phones[5].number')[0]?.reason).toBe('is not a valid UK phone number; phone not drafted');
    expect(refusalAt(draft, 'phones[11].number')[0]?.reason).toMatch(/not text/);
  });

  it('refuses fax lines and video lines not described as BSL', () => {
    expect(refusalAt(draft, 'phones[7].type')[0]?.reason).toMatch(/^is a fax line/);
    expect(refusalAt(draft, 'phones[9].type')[0]?.reason).toMatch(/not described as BSL/);
  });

  it('writes the refusals into the report (stray quotes escaped) and drafts the rest of the service', () => {
    const line = reportLine('out/x.json', draft);
    expect(line).toContain('phones[1].number "0800 1111 abc" (has letters');
    expect(line).toContain('phones[2].number "\\"0800 1111\\"" (has quote marks');
    expect(draft.record.name).toBe(full.name);
    expect(draft.record.email).toBe(full.email);
    // A line with no type or description is drafted, and a person decides them.
    expect(draft.toDecide).toEqual(expect.arrayContaining(['phones[6].type (of 020 7946 0006)', 'phones[6].description (of 020 7946 0006)']));
  });
});

describe('schedules', () => {
  const base = { id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' };
  const refusedFields = (schedule: JsonObject) => {
    const draft = draftOf({ ...full, schedules: [schedule] });
    expect(draft.record.schedules).toEqual([]);
    return draft.refused.map((refusal) => refusal.path).filter((path) => path.startsWith('schedules'));
  };

  it.each([
    ['a MONTHLY rule', { freq: 'MONTHLY', byday: '2MO' }, ['schedules[0].freq', 'schedules[0].byday']],
    ['every other week', { interval: 2 }, ['schedules[0].interval']],
    ['seconds', { opens_at: '09:00:30' }, ['schedules[0].opens_at']],
    ['a UTC offset', { closes_at: '17:00Z' }, ['schedules[0].closes_at']],
    ['no closing time', { closes_at: undefined }, ['schedules[0].closes_at']],
    ['an end', { until: '2027-01-01' }, ['schedules[0].until']],
    ['a start after today', { valid_from: '2027-01-01' }, ['schedules[0].valid_from']],
  ])('refuses %s', (_what, change, paths) => {
    expect(refusedFields({ ...base, ...change })).toEqual(paths);
  });

  it('maps a weekly window, reads our exporter’s attending_type back as a channel, and 24/7 as open_24_7', () => {
    const draft = draftOf({ ...full, schedules: [{ ...base, byday: 'mo, tu', attending_type: 'By phone' }] });
    expect(draft.record.schedules).toEqual([{ channel: 'phone', byday: 'MO,TU', opens_at: '09:00', closes_at: '17:00' }]);
    const always = draftOf({ ...full, schedules: [{ ...base, byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }] });
    expect(always.record).toMatchObject({ open_24_7: true, schedules: [] });
  });
});

describe('languages, areas and places', () => {
  it('maps language codes to ours and refuses unknown shapes', () => {
    expect(ourLanguage({ code: 'en' })).toEqual({ code: 'en' });
    expect(ourLanguage({ code: 'POL' })).toEqual({ code: 'pl' });
    expect(ourLanguage({ code: 'bfi' })).toEqual({ code: 'sgn-GB' });
    expect(ourLanguage({ code: 'tl' })).toEqual({ code: 'tl' });
    expect(ourLanguage({ code: 'xx' })).toHaveProperty('reason');
    expect(ourLanguage({ name: 'English' })).toEqual({ reason: expect.stringContaining('the feed names it "English"') as unknown });
    expect(ourLanguage('en')).toHaveProperty('reason');
  });

  it('matches an area only by its exact label, "and" and "&" alike', () => {
    const { areaLabels } = context;
    const [code, label] = Object.entries(areaLabels).find(([, text]) => text.includes('&')) ?? [];
    if (!code || !label) throw new Error('areas.json has a label with "&"');
    expect(matchArea(label.toUpperCase(), areaLabels)).toBe(code);
    expect(matchArea(label.replace('&', 'and'), areaLabels)).toBe(code);
    expect(matchArea(label.split(' ')[0] ?? '', areaLabels)).toBeUndefined();
    const draft = draftOf({ ...full, service_areas: [{ id: 'a', name: label.replace('&', 'and') }] });
    expect(draft.record.areas).toEqual([code]);
    expect(draft.toDecide).not.toContain('areas');
  });

  it('maps a physical UK address and drops a postcode that is not one', () => {
    const [link] = full.service_at_locations;
    if (!link) throw new Error('the example has a location');
    const address = { ...link.location.addresses[0], address_type: 'physical', country: 'GB', postal_code: 'w6 9jt' };
    const draft = draftOf({ ...full, service_at_locations: [{ ...link, location: { ...link.location, addresses: [address] } }] });
    expect(draft.record.locations).toEqual([{ name: link.location.name, address_1: address.address_1, city: address.city, postal_code: 'W6 9JT', description: link.location['description'] }]);
    expect(draft.record.accessibility).toBe((link.location['accessibility'] as Array<{ description: string }>)[0]?.description);
    const badPostcode = draftOf({ ...full, service_at_locations: [{ ...link, location: { ...link.location, addresses: [{ ...address, postal_code: 'ABC 1234' }] } }] });
    expect(badPostcode.record.locations?.[0]).not.toHaveProperty('postal_code');
    expect(refusalAt(badPostcode, 'service_at_locations[0].location.addresses[0].postal_code')[0]?.value).toBe('ABC 1234');
  });
});

describe('ids', () => {
  it('is kebab-case ascii of organisation and name, at most 80 characters, unique within the run', () => {
    expect(draftId('Ça Va Ltd', 'Clare’s Helpline & Café')).toBe('ca-va-ltd-clares-helpline-and-cafe');
    expect(draftId('Galop', 'Galop helpline')).toBe('galop-helpline');
    const long = draftId('Organisation '.repeat(10), 'Service');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const taken = new Set<string>();
    expect([uniqueId(long, taken), uniqueId(long, taken), uniqueId(long, taken)].map((id) => id.length <= 80 && id)).toEqual([long, expect.stringMatching(/-2$/), expect.stringMatching(/-3$/)]);
  });
});

describe('a complete HSDS 3 service', () => {
  it('drafts a record that passes our data check once needs, areas, access, sources and dates are added', () => {
    const service = {
      ...clone(full),
      url: 'https://example.org/counselling',
      eligibility_description: 'Anyone aged 12 or over.',
      languages: [{ id: 'l1', code: 'en' }, { id: 'l2', code: 'pol' }],
      phones: [{ id: 'p', number: '020 7946 0000', type: 'voice', description: 'Reception', schedules: [{ id: 's', freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00:00', closes_at: '17:00:00' }] }],
      schedules: [{ id: 's', freq: 'WEEKLY', byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00', description: 'Drop-in hours' }],
      service_areas: [{ id: 'a', name: 'London-wide' }],
    };
    const draft = draftOf(service);
    expect(draft.record.languages).toEqual(['en', 'pl']);
    expect(draft.record.areas).toEqual(['london']);
    expect(draft.toDecide).toEqual(['needs', 'audiences', 'provenance', 'access']);
    expect(validate(completed(draft.record))).toEqual([]);
  });
});

describe('the command line', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-openreferral-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: REPO, encoding: 'utf8' });
  const example = (name: string) => join(EXAMPLES, name);

  it('writes one draft per service and the report, and prints the report', { timeout: 30_000 }, () => {
    const dir = tempDir();
    const array = join(dir, 'array.json');
    writeFileSync(array, JSON.stringify([full, ...list.contents]));
    const out = join(dir, 'drafts');
    const result = run(example('service_full.json'), example('service_list.json'), array, '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const files = readdirSync(out).filter((file) => file !== 'import-report.txt');
    expect(files).toHaveLength(1 + list.contents.length + 1 + list.contents.length);
    for (const file of files) {
      const text = readFileSync(join(out, file), 'utf8');
      const record = JSON.parse(text) as { id: string; name: string };
      expect(text).toBe(`${JSON.stringify(record, null, 2)}\n`);
      expect(`${record.id}.json`).toBe(file);
      expect(record.name).toBe(full.name);
    }
    const report = readFileSync(join(out, 'import-report.txt'), 'utf8');
    expect(result.stdout).toBe(report);
    const lines = report.trimEnd().split('\n');
    expect(lines).toHaveLength(files.length + 1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(new RegExp(`^${out}/[a-z0-9-]+\\.json: ${full.name}: still to decide: needs, audiences, areas, provenance, access`));
    expect(lines.at(-1)).toMatch(/last_verified and review_by are left out on purpose/);
  });

  it('drafts a service with refused phones, refusing only those', { timeout: 30_000 }, () => {
    const dir = tempDir();
    const feed = join(dir, 'phones.json');
    writeFileSync(feed, JSON.stringify({ ...full, phones: [{ id: 'a', number: '0800 1111 abc', type: 'voice' }, { id: 'b', number: '"0800 1111"', type: 'voice' }, { id: 'c', number: '0800 1111', type: 'voice', description: 'Helpline' }] }));
    const out = join(dir, 'drafts');
    const result = run(feed, '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('refused: ');
    expect(result.stdout).toContain('phones[0].number "0800 1111 abc" (has letters');
    expect(result.stdout).toContain('phones[1].number "\\"0800 1111\\"" (has quote marks');
    const [file] = readdirSync(out).filter((name) => name.endsWith('.json'));
    const record = JSON.parse(readFileSync(join(out, file ?? ''), 'utf8')) as ServiceRecord;
    expect(record.phones).toEqual([{ number: '0800 1111', type: 'voice', description: 'Helpline' }]);
    expect(record.name).toBe(full.name);
  });

  it('writes nothing for any file when one file is bad', { timeout: 30_000 }, () => {
    const dir = tempDir();
    const out = join(dir, 'drafts');
    mkdirSync(out);
    const notJson = join(dir, 'not-json.json');
    const notHsds = join(dir, 'not-hsds.json');
    writeFileSync(notJson, '{"id": ');
    writeFileSync(notHsds, '{"foo": 1}');
    const result = run(example('service_full.json'), notJson, notHsds, example('service_list.json'), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${notJson}: is not valid JSON: `);
    expect(result.stderr).toContain(`${notHsds}: is not HSDS: $ has no "id" string`);
    expect(result.stdout).toBe('');
    expect(readdirSync(out)).toEqual([]);
  });

  it('never writes into data/services', { timeout: 30_000 }, () => {
    const services = join(REPO, 'data', 'services');
    const before = readdirSync(services);
    for (const out of ['data/services', 'data/services/drafts', join(services, '.')]) {
      const result = run(example('service_full.json'), '--out', out);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/data\/services: drafts never go there/);
    }
    expect(readdirSync(services)).toEqual(before);
    // Nor through a link to it (a stand-in folder: no link to the real data is ever made, let alone removed).
    const dir = tempDir();
    const standIn = join(dir, 'data', 'services');
    mkdirSync(standIn, { recursive: true });
    symlinkSync(standIn, join(dir, 'link'));
    expect(outDirProblem(join(dir, 'link', 'drafts'), standIn)).toMatch(/inside data\/services/);
    expect(outDirProblem(join(dir, 'elsewhere'), standIn)).toBeUndefined();
    expect(outDirProblem(tempDir())).toBeUndefined();
  });

  it('never overwrites a file in DIR', { timeout: 30_000 }, () => {
    const out = tempDir();
    expect(run(example('service_full.json'), '--out', out).status).toBe(0);
    const first = readdirSync(out).sort();
    const again = run(example('service_full.json'), '--out', out);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/\.json: already exists/);
    expect(readdirSync(out).sort()).toEqual(first);
  });

  it('prints the usage and exits 2 without FILE or --out', { timeout: 30_000 }, () => {
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^no FILE given\nusage: npm run import:openreferral -- FILE\.\.\. --out DIR/);
    expect(run(example('service_full.json')).status).toBe(2);
    expect(parseArguments(['a.json', '--out=x'])).toEqual({ files: ['a.json'], out: 'x' });
    expect(parseArguments(['a.json', '--out'])).toHaveProperty('usage');
  });
});
