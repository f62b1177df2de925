// The Open Referral (HSDS 3) shaped export of the directory, written to
// openreferral/services.json in the build output so other directories can reuse the data.
import { createHash } from 'node:crypto';
import type { ServiceRecord, TaxonomyLabels } from '../src/directory/types.ts';

/** Namespace for Waymark's name-based UUIDs (RFC 4122 version 5), fixed so ids stay stable across builds. */
const WAYMARK_NAMESPACE = '6f1b7a52-3c1e-4d53-9a4e-2f0b8c6d1e90';

const ALL_DAYS = 'MO,TU,WE,TH,FR,SA,SU';

/** A stable UUID v5 for a name, so the same record always gets the same HSDS id. */
export function stableUuid(name: string): string {
  const namespace = Buffer.from(WAYMARK_NAMESPACE.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(Buffer.concat([namespace, Buffer.from(name, 'utf8')])).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const PHONE_TYPES = { voice: 'voice', text: 'text', textphone: 'textphone', 'bsl-video': 'video' } as const;

/** A line's own hours, HSDS-style (24/7 as every day 00:00–23:59). */
function phoneSchedules(phone: ServiceRecord['phones'][number]): Array<{ byday: string; opens_at: string; closes_at: string; description?: string }> {
  if (phone.open_24_7) return [{ byday: ALL_DAYS, opens_at: '00:00', closes_at: '23:59', description: 'Open 24 hours, every day' }];
  return (phone.schedules ?? []).map((schedule) => ({ ...schedule, closes_at: schedule.closes_at === '24:00' ? '23:59' : schedule.closes_at }));
}

/** One service as an HSDS 3 service object. */
export function toHsdsService(service: ServiceRecord, labels: TaxonomyLabels): Record<string, unknown> {
  const id = stableUuid(`service:${service.id}`);
  const sub = (kind: string, key: string) => stableUuid(`${kind}:${service.id}:${key}`);
  const term = (taxonomy: string, code: string, name: string) => ({
    id: sub('attribute', `${taxonomy}:${code}`),
    link_id: id,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: stableUuid(`term:${taxonomy}:${code}`),
    value: code,
    taxonomy_term: { id: stableUuid(`term:${taxonomy}:${code}`), code, name, description: name, taxonomy: `waymark-${taxonomy}` },
  });
  const schedules = service.schedules.map((schedule, index) => ({
    id: sub('schedule', String(index)),
    service_id: id,
    freq: 'WEEKLY',
    byday: schedule.byday,
    opens_at: schedule.opens_at,
    closes_at: schedule.closes_at,
    description: [schedule.channel ? `${schedule.channel}` : '', schedule.description ?? ''].filter(Boolean).join(': ') || 'Opening hours',
    notes: 'Times are Europe/London local time.',
  }));
  if (service.open_24_7) {
    schedules.unshift({
      id: sub('schedule', '24-7'),
      service_id: id,
      freq: 'WEEKLY',
      byday: ALL_DAYS,
      opens_at: '00:00',
      closes_at: '23:59',
      description: 'Open 24 hours, every day',
      notes: 'Times are Europe/London local time.',
    });
  }
  return {
    id,
    name: service.name,
    description: service.description,
    url: service.url,
    ...(service.email ? { email: service.email } : {}),
    status: 'active',
    eligibility_description: service.eligibility_description,
    ...(service.application_process ? { application_process: service.application_process } : {}),
    ...(service.fees ? { fees_description: service.fees } : {}),
    assured_date: service.last_verified,
    organization: {
      id: stableUuid(`organization:${service.organization.name}`),
      name: service.organization.name,
      description: `The organisation that runs ${service.name}.`,
      ...(service.organization.url ? { website: service.organization.url } : {}),
    },
    phones: service.phones.map((phone) => ({
      id: sub('phone', phone.number),
      service_id: id,
      number: phone.number,
      ...(phone.extension ? { extension: Number(phone.extension) } : {}),
      type: PHONE_TYPES[phone.type],
      description: phone.description,
      ...(phoneSchedules(phone).length ? { schedules: phoneSchedules(phone).map((schedule, index) => ({ id: sub('phone-schedule', `${phone.number}:${index}`), freq: 'WEEKLY', ...schedule, notes: 'Times are Europe/London local time.' })) } : {}),
    })),
    schedules,
    service_areas: service.areas.map((area) => ({ id: sub('area', area), service_id: id, name: labels.areas[area] ?? area, description: area })),
    languages: service.languages.map((code) => ({ id: sub('language', code), service_id: id, code })),
    attributes: [
      ...service.needs.map((code) => term('needs', code, labels.needs[code]?.label ?? code)),
      ...service.audiences.map((code) => term('audiences', code, labels.audiences[code] ?? code)),
    ],
    ...(service.minimum_age !== undefined ? { minimum_age: service.minimum_age } : {}),
    ...(service.maximum_age !== undefined ? { maximum_age: service.maximum_age } : {}),
    ...(service.interpretation_services ? { interpretation_services: service.interpretation_services } : {}),
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
export function toHsdsServices(services: ServiceRecord[], labels: TaxonomyLabels): Array<Record<string, unknown>> {
  return services.map((service) => toHsdsService(service, labels));
}
