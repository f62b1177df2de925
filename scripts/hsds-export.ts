// The Open Referral export of the directory, written under openreferral/ in the build output so other
// directories can reuse the data. Each service is an HSDS 3 service object that also validates against
// the Open Referral UK profile (test/fixtures/openreferral-uk): every fact goes in the field the UK
// profile reads, and the HSDS 3 fields the profile leaves out (phones above all: the profile has no
// phone field anywhere) are kept too, since its schemas allow extra properties and dropping a helpline's
// number would make the export useless to the people it is for.
import { createHash } from 'node:crypto';
import type { Channel, Location, Phone, ServiceRecord, TaxonomyLabels } from '../src/directory/types.ts';

/** Namespace for Waymark's name-based UUIDs (RFC 4122 version 5), fixed so ids stay stable across builds. */
const WAYMARK_NAMESPACE = '6f1b7a52-3c1e-4d53-9a4e-2f0b8c6d1e90';

const ALL_DAYS = 'MO,TU,WE,TH,FR,SA,SU';
// The profile drops HSDS's schedule timezone, so the zone is said in words on every schedule.
const LONDON_TIME = 'Times are Europe/London local time.';

/** A stable UUID v5 for a name, so the same record always gets the same HSDS id. */
export function stableUuid(name: string): string {
  const namespace = Buffer.from(WAYMARK_NAMESPACE.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(Buffer.concat([namespace, Buffer.from(name, 'utf8')])).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An exported HSDS / Open Referral UK service object; its id is a stable UUID. */
export type HsdsService = { id: string } & Record<string, unknown>;

// HSDS phone types follow RFC 6350, which calls a video line "video".
const PHONE_TYPES = { voice: 'voice', text: 'text', textphone: 'textphone', 'bsl-video': 'video' } as const;

// A schedule's channel is how the hours are attended (HSDS attending_type is free text for that).
const ATTENDING_TYPES: Record<Channel, string> = {
  phone: 'By phone',
  text: 'By text message',
  webchat: 'By webchat',
  email: 'By email',
  'bsl-video': 'By BSL video relay',
  'in-person': 'In person',
  'online-form': 'By online form',
  app: 'In the app',
};

// HSDS wants ISO 639-1 or 639-3 codes; a BCP 47 primary subtag is one of those, except for sign
// languages, which BCP 47 writes as "sgn-<country>" and ISO 639-3 gives codes of their own.
const SIGN_LANGUAGES: Readonly<Record<string, { code: string; name: string }>> = {
  'sgn-GB': { code: 'bfi', name: 'British Sign Language' },
};
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** A record's BCP 47 tag as HSDS language code and English name; a sign language not in the table keeps only its tag, in a note. */
function hsdsLanguage(tag: string): { code?: string; name?: string; note?: string } {
  const sign = SIGN_LANGUAGES[tag];
  if (sign) return sign;
  const code = (tag.split('-')[0] ?? tag).toLowerCase();
  if (code === 'sgn') return { note: `Language tag (BCP 47): ${tag}` };
  const name = LANGUAGE_NAMES.of(code);
  return { code, ...(name ? { name } : {}) };
}

/** An HSDS closing time: the records' "24:00" (midnight at the end of the day) is not a time of day, so it becomes 23:59. */
function hsdsTime(time: string): string {
  return time === '24:00' ? '23:59' : time;
}

// HSDS extension is a number; "0123" or anything not plain digits would change as one, so it stays in the description.
function phoneExtension(phone: Phone): { extension?: number; description: string } {
  if (!phone.extension) return { description: phone.description };
  if (String(Number(phone.extension)) === phone.extension) return { extension: Number(phone.extension), description: phone.description };
  return { description: `${phone.description} Extension ${phone.extension}.` };
}

/** Keys for a service's lines, unique within it: the number, as ids have always been keyed, or with its type when one number is two lines (999 voice and 999 emergencySMS). */
function phoneKeys(phones: Phone[]): string[] {
  const seen = new Set<string>();
  return phones.map((phone, index) => {
    const key = [phone.number, `${phone.number}:${phone.type}`, `${phone.number}:${phone.type}:${index}`].find((candidate) => !seen.has(candidate)) ?? String(index);
    seen.add(key);
    return key;
  });
}

/** A line's own hours, HSDS-style (24/7 as every day 00:00–23:59). */
function phoneSchedules(phone: Phone): Array<{ byday: string; opens_at: string; closes_at: string; description?: string }> {
  if (phone.open_24_7) return [{ byday: ALL_DAYS, opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours, every day' }];
  return (phone.schedules ?? []).map((schedule) => ({ ...schedule, closes_at: hsdsTime(schedule.closes_at) }));
}

// The London post town lies wholly in Greater London, so that region is known from the record; any
// other town's county is not, and an address without state_province is not a complete HSDS address.
const REGION_OF_TOWN: Readonly<Record<string, string>> = { London: 'Greater London' };

/** A place to go as an HSDS service_at_location; the address only when every required part of it is known. */
function serviceAtLocation(serviceId: string, sub: (kind: string, key: string) => string, location: Location, index: number): Record<string, unknown> {
  const locationId = sub('location', String(index));
  const region = REGION_OF_TOWN[location.city];
  return {
    id: sub('service-at-location', String(index)),
    service_id: serviceId,
    location_id: locationId,
    location: {
      id: locationId,
      location_type: 'physical',
      name: location.name,
      ...(location.description ? { description: location.description } : {}),
      ...(location.postal_code && region
        ? {
            addresses: [
              {
                id: sub('address', String(index)),
                location_id: locationId,
                address_1: location.address_1,
                city: location.city,
                state_province: region,
                postal_code: location.postal_code,
                // The records accept only UK postcodes, so the country is known.
                country: 'GB',
                address_type: 'physical',
              },
            ],
          }
        : {}),
    },
  };
}

/** One service as an HSDS 3 service object, valid against the Open Referral UK profile's service schema. */
export function toHsdsService(service: ServiceRecord, labels: TaxonomyLabels): HsdsService {
  const id = stableUuid(`service:${service.id}`);
  const sub = (kind: string, key: string) => stableUuid(`${kind}:${service.id}:${key}`);
  // link_type says what the term describes (HSDS's own examples: eligibility, audience); link_entity the table.
  const term = (linkType: 'need' | 'audience' | 'eligibility', taxonomy: 'needs' | 'audiences', code: string, name: string) => ({
    // Keyed as before for needs and audiences, so their attribute ids do not change.
    id: sub('attribute', linkType === 'eligibility' ? `eligibility:${taxonomy}:${code}` : `${taxonomy}:${code}`),
    link_id: id,
    link_type: linkType,
    link_entity: 'service',
    taxonomy_term_id: stableUuid(`term:${taxonomy}:${code}`),
    // Our code lists have a label and no other text, so the label is the term, its name and its description.
    taxonomy_term: {
      id: stableUuid(`term:${taxonomy}:${code}`),
      code,
      name,
      term: name,
      description: name,
      taxonomy: `waymark-${taxonomy}`,
      taxonomy_id: stableUuid(`taxonomy:${taxonomy}`),
    },
  });
  const schedules = service.schedules.map((schedule, index) => ({
    id: sub('schedule', String(index)),
    service_id: id,
    freq: 'WEEKLY',
    byday: schedule.byday,
    opens_at: schedule.opens_at,
    closes_at: hsdsTime(schedule.closes_at),
    ...(schedule.description ? { description: schedule.description } : {}),
    ...(schedule.channel ? { attending_type: ATTENDING_TYPES[schedule.channel] } : {}),
    notes: LONDON_TIME,
  }));
  if (service.open_24_7) {
    schedules.unshift({ id: sub('schedule', '24-7'), service_id: id, freq: 'WEEKLY', byday: ALL_DAYS, opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours, every day', notes: LONDON_TIME });
  }
  const organizationId = stableUuid(`organization:${service.organization.name}`);
  const lineKeys = phoneKeys(service.phones);
  return {
    id,
    organization_id: organizationId,
    name: service.name,
    ...(service.alternate_name ? { alternate_name: service.alternate_name } : {}),
    description: service.description,
    url: service.url,
    ...(service.email ? { email: service.email } : {}),
    status: 'active',
    eligibility_description: service.eligibility_description,
    ...(service.application_process ? { application_process: service.application_process } : {}),
    // The UK profile reads only the (HSDS-deprecated) fees; HSDS 3 readers look for fees_description.
    ...(service.fees ? { fees: service.fees, fees_description: service.fees } : {}),
    ...(service.minimum_age !== undefined ? { minimum_age: service.minimum_age } : {}),
    ...(service.maximum_age !== undefined ? { maximum_age: service.maximum_age } : {}),
    ...(service.interpretation_services ? { interpretation_services: service.interpretation_services } : {}),
    assured_date: service.last_verified,
    // The records name an organisation and sometimes its website, nothing more. Its description is
    // required; its name is the one true thing we have, and it is the same on every service of the
    // organisation, as it must be for one organisation id.
    organization: {
      id: organizationId,
      name: service.organization.name,
      description: service.organization.name,
      ...(service.organization.url ? { website: service.organization.url } : {}),
    },
    phones: service.phones.map((phone, index) => {
      const schedulesOfLine = phoneSchedules(phone);
      const key = lineKeys[index] ?? String(index);
      return {
        id: sub('phone', key),
        service_id: id,
        number: phone.number,
        type: PHONE_TYPES[phone.type],
        ...phoneExtension(phone),
        ...(schedulesOfLine.length
          ? { schedules: schedulesOfLine.map((schedule, index) => ({ id: sub('phone-schedule', `${key}:${index}`), freq: 'WEEKLY', ...schedule, notes: LONDON_TIME })) }
          : {}),
      };
    }),
    schedules,
    // The profile's service_area (free text) and HSDS's name both carry the area as people say it.
    service_areas: service.areas.map((area) => {
      const name = labels.areas[area] ?? area;
      return { id: sub('area', area), service_id: id, name, service_area: name };
    }),
    ...(service.locations?.length ? { service_at_locations: service.locations.map((location, index) => serviceAtLocation(id, sub, location, index)) } : {}),
    languages: service.languages.map((tag) => ({ id: sub('language', tag), service_id: id, ...hsdsLanguage(tag) })),
    attributes: [
      ...service.needs.map((code) => term('need', 'needs', code, labels.needs[code]?.label ?? code)),
      ...service.audiences.map((code) => term('audience', 'audiences', code, labels.audiences[code] ?? code)),
      // "Women only" is who may use the service, not only whom it is meant for.
      ...(service.limited_to ?? []).map((code) => term('eligibility', 'audiences', code, labels.audiences[code] ?? code)),
    ],
    // Where each fact was confirmed, and when: one metadata entry per source page.
    metadata: service.sources.map((source, index) => ({
      id: sub('metadata', `source-${index}`),
      resource_id: id,
      resource_type: 'service',
      last_action_date: service.last_verified,
      last_action_type: 'verified',
      field_name: 'source_url',
      previous_value: '',
      replacement_value: source.url,
      updated_by: `${source.publisher} (${source.kind}${source.page_date ? `, page dated ${source.page_date}` : ''})`,
    })),
  };
}

/** Every service as HSDS 3 service objects, in the directory's order. */
export function toHsdsServices(services: ServiceRecord[], labels: TaxonomyLabels): HsdsService[] {
  return services.map((service) => toHsdsService(service, labels));
}

// A list page carries only a service's one-to-one fields (the UK profile's compiled/service_list.json
// and organization_list.json); the schedules, phones and the rest are in the service's own file.
const LIST_FIELDS = ['id', 'organization_id', 'name', 'description', 'url', 'email', 'status', 'fees', 'accreditations', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'alert', 'last_modified', 'organization'];
const ORGANIZATION_LIST_FIELDS = ['id', 'name', 'description', 'email', 'website', 'logo', 'uri', 'parent_organization_id'];

function pick(value: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => value[field] !== undefined).map((field) => [field, value[field]]));
}

/** A service as an item of a GET /services page: its one-to-one fields only. */
function toListItem(service: HsdsService): Record<string, unknown> {
  const item = pick(service, LIST_FIELDS);
  const organization = service['organization'];
  return organization && typeof organization === 'object' ? { ...item, organization: pick(organization as Record<string, unknown>, ORGANIZATION_LIST_FIELDS) } : item;
}

/** One page of GET /services, as the UK profile's API answers it (its OpenAPI `Page` plus `contents`). */
export interface ServicePage {
  total_items: number;
  total_pages: number;
  /** Counted from 1. */
  page_number: number;
  /** The number of services on this page (the profile's meaning), so the last page may be shorter. */
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Array<Record<string, unknown>>;
}

/** The services split into pages of pageSize, in order; an empty directory is one empty page, so page 1 always exists. */
function servicePages(services: HsdsService[], pageSize: number): ServicePage[] {
  const totalPages = Math.max(1, Math.ceil(services.length / pageSize));
  return Array.from({ length: totalPages }, (_, index) => {
    const contents = services.slice(index * pageSize, (index + 1) * pageSize).map(toListItem);
    return {
      total_items: services.length,
      total_pages: totalPages,
      page_number: index + 1,
      size: contents.length,
      first_page: index === 0,
      last_page: index === totalPages - 1,
      empty: contents.length === 0,
      contents,
    };
  });
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

/** The openreferral/ files as a static Open Referral UK API: services.json (every full service, as always), services/index.json (page 1 of GET /services, for a static host to serve at /openreferral/services/: most serve only index.html for a folder unless told, e.g. nginx `index index.json;`), services/page/<n>.json (page n from 1, since a static host cannot read ?page=n) and services/<uuid>.json (GET /services/{id}). */
export function openReferralFiles(services: ServiceRecord[], labels: TaxonomyLabels, pageSize = 50): Array<{ fileName: string; source: string }> {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`pageSize must be a whole number of at least 1, not ${pageSize}`);
  const exported = toHsdsServices(services, labels);
  // Pages hold each service's one-to-one fields, as the profile's list endpoint does; the full service is in its own file.
  const pages = servicePages(exported, pageSize);
  return [
    { fileName: 'openreferral/services.json', source: json(exported) },
    { fileName: 'openreferral/services/index.json', source: json(pages[0]) },
    ...pages.map((page) => ({ fileName: `openreferral/services/page/${page.page_number}.json`, source: json(page) })),
    ...exported.map((service) => ({ fileName: `openreferral/services/${service.id}.json`, source: json(service) })),
  ];
}
