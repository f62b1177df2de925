// The data rules: every malformed file fails with file, JSON path and reason, and nothing
// else in the directory is lost when one file is bad.
import { describe, expect, it } from 'vitest';
import { readKnownCodes } from '../../../scripts/directory-source.ts';
import { dialString, formatDataError, validateDirectory, type SourceFile } from '../../../scripts/directory/validate.ts';

const TODAY = '2026-11-22';
const codes = readKnownCodes();

const valid = {
  id: 'example-line',
  name: 'Example Line',
  organization: { name: 'Example Charity' },
  description: 'A free helpline.',
  url: 'https://example.org/',
  phones: [{ number: '0808 2000 247', type: 'voice', description: 'Helpline' }],
  open_24_7: false,
  schedules: [{ channel: 'phone', byday: 'MO,TU,WE', opens_at: '09:00', closes_at: '17:00' }],
  eligibility_description: 'Anyone.',
  access: 'self-referral',
  needs: ['domestic-abuse'],
  audiences: ['women'],
  areas: ['uk'],
  languages: ['en'],
  safety_notes: [],
  sources: [{ url: 'https://example.org/contact', kind: 'contact-page', publisher: 'organisation' }],
  last_verified: '2026-11-01',
  review_by: '2027-05-01',
};
const newsOnly = [{ url: 'https://example.org/news/launch', kind: 'news', publisher: 'organisation' }];

const file = (record: unknown, name = 'example-line'): SourceFile => ({
  file: `data/services/${name}.json`,
  text: typeof record === 'string' ? record : JSON.stringify(record),
});

/** Validates one file alongside a good one; returns the formatted errors. */
function errorsFor(record: unknown, name?: string): string[] {
  const good = file({ ...valid, id: 'good-line' }, 'good-line');
  const { services, errors } = validateDirectory([good, file(record, name)], codes, TODAY);
  expect(services.map((service) => service.id)).toContain('good-line');
  return errors.map(formatDataError);
}

const malformed: Array<[string, unknown, string]> = [
  ['broken JSON', '{ "id": "example-line", ', 'data/services/example-line.json: $: not valid JSON'],
  ['a missing required field', { ...valid, name: undefined }, 'data/services/example-line.json: $: missing required field "name"'],
  ['an unknown field', { ...valid, phone: '0808' }, 'data/services/example-line.json: $: unknown field "phone"'],
  ['an http:// URL', { ...valid, url: 'http://example.org/' }, 'data/services/example-line.json: $.url: must be an https:// URL'],
  ['a blank description', { ...valid, description: '   ' }, 'data/services/example-line.json: $.description: must not be blank'],
  ['an invalid phone number', { ...valid, phones: [{ number: '0808 123', type: 'voice', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].number: "0808 123" is not a valid UK phone number'],
  ['the old Rape Crisis number', { ...valid, phones: [{ number: '0808 802 9999', type: 'voice', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].number: "0808 802 9999" is a known wrong number'],
  ['the misprinted Rape Crisis number', { ...valid, phones: [{ number: '0800 500 2222', type: 'voice', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].number: "0800 500 2222" is a known wrong number'],
  ['an unknown phone type', { ...valid, phones: [{ number: '0808 2000 247', type: 'fax', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].type: must be one of "voice", "text", "textphone", "bsl-video"'],
  ['an unknown need code', { ...valid, needs: ['domestic-abuse', 'hugs'] }, 'data/services/example-line.json: $.needs[1]: unknown need code "hugs"'],
  ['an unknown audience code', { ...valid, audiences: ['martians'] }, 'data/services/example-line.json: $.audiences[0]: unknown audience code "martians"'],
  ['an unknown area', { ...valid, areas: ['camden'] }, 'data/services/example-line.json: $.areas[0]: must be one of'],
  ['a time that is not HH:MM', { ...valid, schedules: [{ byday: 'MO', opens_at: '9am', closes_at: '17:00' }] }, 'data/services/example-line.json: $.schedules[0].opens_at: must be a 24-hour time HH:MM'],
  ['a bad day code', { ...valid, schedules: [{ byday: 'MON', opens_at: '09:00', closes_at: '17:00' }] }, 'data/services/example-line.json: $.schedules[0].byday: must be comma-separated day codes'],
  ['a schedule that opens and closes at the same time', { ...valid, schedules: [{ byday: 'MO', opens_at: '09:00', closes_at: '09:00' }] }, 'data/services/example-line.json: $.schedules[0]: opens_at and closes_at are both 09:00'],
  ['a day listed twice', { ...valid, schedules: [{ byday: 'MO,MO', opens_at: '09:00', closes_at: '17:00' }] }, 'data/services/example-line.json: $.schedules[0].byday: repeats a day in "MO,MO"'],
  ['a date that is not a date', { ...valid, last_verified: '2026-02-30' }, 'data/services/example-line.json: $.last_verified: must be a real calendar date written YYYY-MM-DD'],
  ['a check date in the future', { ...valid, last_verified: '2027-01-01', review_by: '2027-06-01' }, 'data/services/example-line.json: $.last_verified: 2027-01-01 is in the future'],
  ['a review date before the check', { ...valid, review_by: '2026-10-01' }, 'data/services/example-line.json: $.review_by: 2026-10-01 is not after last_verified 2026-11-01'],
  ['an id that is not the file name', valid, 'data/services/other-name.json: $.id: "example-line" does not match the file name "other-name.json"'],
  ['an id that is not kebab-case', { ...valid, id: 'Example Line' }, 'data/services/example-line.json: $.id: must be a kebab-case code'],
  ['a record that opens no door', { ...valid, phones: [], schedules: [] }, 'data/services/example-line.json: $: opens no door'],
  ['web chat hours with no chat link', { ...valid, schedules: [{ channel: 'webchat', byday: 'MO', opens_at: '09:00', closes_at: '17:00' }] }, 'data/services/example-line.json: $.schedules[0].channel: gives hours for "webchat", but the record has no means for it (webchat_url)'],
  ['contact unconfirmed although there is a number', { ...valid, contact_unconfirmed: true }, 'data/services/example-line.json: $.contact_unconfirmed: is true, but the record gives a way in (phone)'],
  ['a number whose only source is a news item', { ...valid, sources: newsOnly }, 'data/services/example-line.json: $.sources: no contact page, service page or official listing backs the numbers and links'],
  ['hours whose only source is a news item', { ...valid, sources: [{ ...valid.sources[0], supports: ['contact'] }, ...newsOnly] }, 'data/services/example-line.json: $.sources: no contact page, service page or official listing backs the opening hours'],
  ['a url that is a news item', { ...valid, url: newsOnly[0]?.url, sources: [...valid.sources, ...newsOnly] }, 'data/services/example-line.json: $.url: is a news page (sources[1]): point it at the page where a person gets help'],
  ['a minimum age above the maximum', { ...valid, minimum_age: 18, maximum_age: 16 }, 'data/services/example-line.json: $.minimum_age: 18 is above maximum_age 16'],
  ['an out-of-hours line with no hours for the main one', { ...valid, schedules: [], phones: [...valid.phones, { number: '020 7008 1500', type: 'voice', role: 'out-of-hours', description: 'x' }] }, 'data/services/example-line.json: $.phones: has an out-of-hours number, but no hours say when the main line is open'],
  ['an unknown source kind', { ...valid, sources: [{ ...valid.sources[0], kind: 'tweet' }] }, 'data/services/example-line.json: $.sources[0].kind: must be one of'],
  ['an unknown limited_to audience', { ...valid, limited_to: ['martians'] }, 'data/services/example-line.json: $.limited_to[0]: unknown audience code "martians"'],
  ['24/7 with phone hours as well', { ...valid, open_24_7: true }, 'data/services/example-line.json: $.schedules: open_24_7 is true, so the service must not also list phone hours'],
  ['not an object', '[]', 'data/services/example-line.json: $: must be object'],
  ['a number with letters in it', { ...valid, phones: [{ number: '0800 1111 abc', type: 'voice', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].number: "0800 1111 abc" has letters'],
  ['an extension written into the number', { ...valid, phones: [{ number: '0800 1111 ext 5', type: 'voice', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].number: "0800 1111 ext 5" has an extension written into it; put the digits after "ext" in "extension"'],
  ['full-width digits', { ...valid, phones: [{ number: '０８００ １１１１', type: 'voice', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].number: "０８００ １１１１" has full-width digits'],
  ['stray quotes around a number', { ...valid, phones: [{ number: '"0800 1111"', type: 'voice', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].number: ""0800 1111"" has quote marks'],
  ['an extension that is not digits', { ...valid, phones: [{ number: '020 7008 0151', extension: 'five', type: 'voice', description: 'x' }] }, 'data/services/example-line.json: $.phones[0].extension: must match'],
  ['an extension on a text number', { ...valid, phones: [...valid.phones, { number: '85258', extension: '2', type: 'text', description: 'x' }] }, 'data/services/example-line.json: $.phones[1].extension: an extension only makes sense on a full number you call'],
  ['a key written twice', '{ "id": "example-line", "name": "Old name", "name": "New name" }', 'data/services/example-line.json: $.name: the key "name" is written twice in the same object (again at line 1)'],
  ['a description over its limit', { ...valid, description: 'x'.repeat(5_000_000) }, 'data/services/example-line.json: $.description: is longer than the limit of 600 characters'],
  ['a phone description over its limit', { ...valid, phones: [{ number: '0808 2000 247', type: 'voice', description: 'y'.repeat(201) }] }, 'data/services/example-line.json: $.phones[0].description: is longer than the limit of 200 characters'],
];

describe('directory validation', () => {
  it.each(malformed)('rejects %s with file, path and reason', (_label, record, expected) => {
    const name = expected.includes('other-name') ? 'other-name' : undefined;
    const errors = errorsFor(record, name);
    expect(errors.some((error) => error.startsWith(expected)), errors.join('\n')).toBe(true);
  });

  it('accepts the valid example and works out the number to dial', () => {
    expect(validateDirectory([file(valid)], codes, TODAY).errors).toEqual([]);
  });

  it('accepts text relay numbers (18001 then a valid number) and rejects a bad one', () => {
    const relay = (number: string) => ({ ...valid, phones: [...valid.phones, { number, type: 'textphone', description: 'Text relay' }] });
    expect(validateDirectory([file(relay('18001 101'))], codes, TODAY).errors).toEqual([]);
    expect(validateDirectory([file(relay('18001 0808 2000 247'))], codes, TODAY).errors).toEqual([]);
    expect(errorsFor(relay('18001 12'))).toContain('data/services/example-line.json: $.phones[1].number: "18001 12" is not a valid UK phone number');
  });

  it('dials an extension after a pause, and refuses nothing that is right', () => {
    const withExtension = { ...valid, phones: [{ number: '020 7008 0151', extension: '5', type: 'voice', description: 'Ask for extension 5' }] };
    expect(validateDirectory([file(withExtension)], codes, TODAY).errors).toEqual([]);
    expect(dialString('020 7008 0151', '5')).toBe('+442070080151,5');
    expect(dialString('0800 1111 abc')).toBeUndefined();
  });

  it('finds a key written twice deep inside, with its path', () => {
    const text = JSON.stringify({ ...valid, phones: [{ number: '0808 2000 247', type: 'voice', description: 'x' }] }).replace('"type":"voice"', '"type":"voice","number":"0808 2000 248"');
    expect(errorsFor(text)).toContain('data/services/example-line.json: $.phones[0].number: the key "number" is written twice in the same object (again at line 1); JSON keeps only the last, so remove one');
  });

  it('requires the emergency route and the page helplines, open day and night', () => {
    const required = { file: 'data/help-right-now.json', emergency: 'emergency-line', helplines: ['example-line'], domestic_abuse_line: 'example-line', for_audience: {} };
    const { errors } = validateDirectory([file(valid)], codes, TODAY, required);
    const messages = errors.map(formatDataError);
    expect(messages).toContain('data/services/emergency-line.json: $: is missing, but it is required (the emergency route on every page, listed in data/help-right-now.json $.emergency)');
    expect(messages.some((message) => message.startsWith('data/services/example-line.json: $.open_24_7: must be true: it is a helpline written into every page'))).toBe(true);
  });

  it('reports a duplicate id in two files', () => {
    const { errors } = validateDirectory([file(valid), file(valid)], codes, TODAY);
    expect(errors.map(formatDataError)).toContain('data/services/example-line.json: $.id: duplicate id "example-line", also used by data/services/example-line.json');
  });

  it('reports every problem in a file, not only the first', () => {
    const errors = errorsFor({ ...valid, url: 'http://x.org', needs: ['hugs'], areas: ['camden'] });
    expect(errors.length).toBeGreaterThanOrEqual(2);
  });
});
