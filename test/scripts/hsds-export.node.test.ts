// Every exported service validates against the official HSDS 3 service schema (copied into
// data/schema/hsds-3 with its licence) and against the Open Referral UK profile (copied into
// test/fixtures/openreferral-uk), not only a sample; the paginated GET /services files validate
// against the profile's own API response schemas.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadValidatedServices, readTaxonomyLabels } from '../../scripts/directory-source.ts';
import { openReferralFiles, stableUuid, toHsdsServices, type ServicePage } from '../../scripts/hsds-export.ts';

const schemaDir = join(DATA_DIR, 'schema', 'hsds-3');
// HSDS schemas carry documentation keywords (name, core, constraints…) that are not JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object, file);
}
const validateService = ajv.getSchema('service.json');

// The UK profile's compiled schemas have no $schema; its OpenAPI document, which uses them, declares
// the 2020-12 dialect. They are self-contained except through the OpenAPI file, whose $refs name the
// compiled files by their GitHub URL, so each copy is added under that URL.
const ukDir = join(import.meta.dirname, '..', 'fixtures', 'openreferral-uk');
const ukCompiled = join(ukDir, 'schema', 'compiled');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const UK_URL = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/compiled/';
// Strict mode stays on (it catches a mistyped keyword in a schema); the profile's documentation keywords are declared as such.
const uk = new Ajv2020({ allErrors: true, strictTypes: false });
uk.addVocabulary(['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'tabular_required', 'datapackage_type']);
addFormats.default(uk);
for (const file of readdirSync(ukCompiled).filter((name) => name.endsWith('.json'))) uk.addSchema(readJson(join(ukCompiled, file)), `${UK_URL}${file}`);
// The OpenAPI document is not a schema itself, only its response schemas are: it skips the meta-schema
// check, and its top-level sections are declared so that its root compiles as "anything".
uk.addVocabulary(['openapi', 'info', 'jsonSchemaDialect', 'paths', 'components']);
uk.addSchema(readJson(join(ukDir, 'schema', 'openapi.json')), 'openapi.json', undefined, false);
const ukSchema = (name: string) => {
  const validate = uk.getSchema(name);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate;
};
const response = (path: string) => `openapi.json#/paths/${path.replace(/\//g, '~1')}/get/responses/200/content/application~1json/schema`;
const ukService = ukSchema(`${UK_URL}service.json`);
const ukServiceArray = ukSchema(`${UK_URL}service_package.json`);
const ukServiceById = ukSchema(response('/services/{id}'));
const ukServicePage = ukSchema(response('/services'));

const services = loadValidatedServices();
const labels = readTaxonomyLabels();
const exported = toHsdsServices(services, labels);
const exportedOf = (id: string) => exported[services.findIndex((service) => service.id === id)];

/** Each error of a validator as "<record id>: <instancePath> <message>". */
function failuresOf(validate: ReturnType<typeof ukSchema>, values: unknown[], names: string[]): string[] {
  return values.flatMap((value, index) => (validate(value) ? [] : (validate.errors ?? []).map((error) => `${names[index]}: ${error.instancePath} ${error.message ?? ''}`)));
}

describe('Open Referral HSDS 3 export', () => {
  it('validates every exported service against the HSDS service schema', () => {
    expect(validateService).toBeDefined();
    const failures = exported.flatMap((service) =>
      validateService?.(service) ? [] : [`${String(service['name'])}: ${ajv.errorsText(validateService?.errors)}`],
    );
    expect(failures).toEqual([]);
    expect(exported).toHaveLength(services.length);
  });

  it('gives every service a stable, unique UUID', () => {
    const ids = exported.map((service) => service['id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stableUuid('service:samaritans')).toBe(stableUuid('service:samaritans'));
    expect(stableUuid('service:samaritans')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The id is derived from the record id alone, so it is the same in every build.
    expect(exportedOf('samaritans')?.id).toBe(stableUuid('service:samaritans'));
  });

  it('gives every record in the export its own id, sharing only organisations and taxonomy terms', () => {
    // An organisation and a taxonomy term are one thing wherever they appear, so their ids repeat on purpose.
    const ids = (value: unknown, key = ''): string[] => {
      if (key === 'organization' || key === 'taxonomy_term') return [];
      if (Array.isArray(value)) return value.flatMap((item) => ids(item));
      if (!value || typeof value !== 'object') return [];
      return Object.entries(value).flatMap(([childKey, child]) => (childKey === 'id' && typeof child === 'string' ? [child] : ids(child, childKey)));
    };
    const all = exported.flatMap((service) => ids(service));
    expect(all.filter((id, index) => all.indexOf(id) !== index)).toEqual([]);
    // A number that is two lines (999 to call, 999 for emergencySMS) is two phones with two ids.
    const emergency = exported.flatMap((service) => service['phones'] as Array<{ id: string; number: string }>).filter((phone) => phone.number === '999');
    expect(emergency.length).toBeGreaterThan(1);
  });

  it('keeps the numbers, hours and check date of each service', () => {
    const samaritans = exportedOf('samaritans');
    expect(samaritans).toMatchObject({ name: 'Samaritans', status: 'active', assured_date: services.find((service) => service.id === 'samaritans')?.last_verified });
    expect(samaritans?.['phones']).toEqual([expect.objectContaining({ number: '116 123', type: 'voice' })]);
    expect(samaritans?.['schedules']).toEqual([expect.objectContaining({ byday: 'MO,TU,WE,TH,FR,SA,SU', description: 'Open 24 hours, every day' })]);
  });

  it('would catch a service that breaks the schema', () => {
    const broken = { ...exported[0], id: 'not-a-uuid', status: 'open' };
    expect(validateService?.(broken)).toBe(false);
    // Nested objects are checked through the referenced schemas too (phone.json needs a number).
    const brokenPhone = { ...exported[0], phones: [{ id: stableUuid('x'), type: 'voice' }] };
    expect(validateService?.(brokenPhone)).toBe(false);
  });
});

type SchemaNode = { properties?: Record<string, SchemaNode>; items?: SchemaNode };

/** Every property path of a value that the schema does not define ("phones", "languages[].code"). */
function undefinedPaths(value: unknown, schema: SchemaNode | undefined, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => undefinedPaths(item, schema?.items, `${path}[]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const childPath = path ? `${path}.${key}` : key;
    const childSchema = schema?.properties?.[key];
    return childSchema ? undefinedPaths(child, childSchema, childPath) : [childPath];
  });
}

describe('Open Referral UK profile', () => {
  it('validates every exported service against the profile service schema', () => {
    expect(failuresOf(ukService, exported, services.map((service) => service.id))).toEqual([]);
  });

  it('would catch a service that breaks the profile', () => {
    const first = exported[0];
    expect(first).toBeDefined();
    const cases: Array<[string, unknown]> = [
      ['id', { ...first, id: 'samaritans' }],
      ['status', { ...first, status: 'open' }],
      ['email', { ...first, email: 'not an email' }],
      ['url', { ...first, url: 'samaritans.org' }],
      ['organization description', { ...first, organization: { id: stableUuid('o'), name: 'O' } }],
      ['schedule freq', { ...first, schedules: [{ id: stableUuid('s'), freq: 'DAILY' }] }],
      ['attribute term name', { ...first, attributes: [{ id: stableUuid('a'), taxonomy_term: { id: stableUuid('t'), description: 'd' } }] }],
    ];
    for (const [what, service] of cases) expect(ukService(service), what).toBe(false);
  });

  // The profile's schemas allow any extra property, so a misspelt field ("fee") would pass unseen:
  // every field outside the profile must be one of the HSDS 3 fields kept on purpose.
  it('writes outside the profile only the HSDS 3 fields it has no place for', () => {
    const extra = new Set(exported.flatMap((service) => undefinedPaths(service, readJson(join(ukCompiled, 'service.json')) as SchemaNode)));
    expect([...extra].sort()).toEqual(
      [
        // The profile has no phone anywhere (service, contact, location and organization phones are all removed).
        'phones',
        // Service text fields the profile removed from HSDS 3.
        'alternate_name',
        'application_process',
        'eligibility_description',
        'fees_description',
        'interpretation_services',
        // The profile's language has only ids; HSDS 3 says which language.
        'languages[].code',
        'languages[].name',
        // HSDS 3's link table and term code; the profile reads link_type and term instead.
        'attributes[].link_entity',
        'attributes[].taxonomy_term.code',
        // Where each fact was confirmed: the profile has no metadata table.
        'metadata',
      ].sort(),
    );
  });

  it('puts each fact in the field the profile reads', () => {
    for (const service of exported) {
      expect(service['organization_id']).toBe((service['organization'] as { id: string }).id);
      for (const area of service['service_areas'] as Array<{ name: string; service_area: string }>) expect(area.service_area).toBe(area.name);
      for (const attribute of service['attributes'] as Array<{ link_type: string; taxonomy_term: { name: string; term: string } }>) {
        expect(['need', 'audience', 'eligibility']).toContain(attribute.link_type);
        expect(attribute.taxonomy_term.term).toBe(attribute.taxonomy_term.name);
      }
    }
    const withFees = services.find((service) => service.fees);
    expect(withFees && exportedOf(withFees.id)).toMatchObject({ fees: withFees?.fees, fees_description: withFees?.fees });
    // One organisation, one id, one organisation object, whichever service it comes with.
    const nspcc = exported.filter((service) => (service['organization'] as { name: string }).name === 'NSPCC').map((service) => service['organization']);
    expect(nspcc.length).toBeGreaterThan(1);
    for (const organization of nspcc) expect(organization).toEqual(nspcc[0]);
  });

  it('gives languages their ISO 639 code, British Sign Language included', () => {
    const bsl = services.find((service) => service.languages.includes('sgn-GB'));
    expect(bsl).toBeDefined();
    expect(exportedOf(bsl?.id ?? '')?.['languages']).toContainEqual(expect.objectContaining({ code: 'bfi', name: 'British Sign Language' }));
    expect(exportedOf('samaritans')?.['languages']).toContainEqual(expect.objectContaining({ code: 'en', name: 'English' }));
    for (const service of exported) for (const language of service['languages'] as Array<{ code?: string }>) expect(language.code).toMatch(/^[a-z]{2,3}$/);
  });

  it('exports hours that end at midnight as 23:59, and a place to go with its address', () => {
    const midnight = services.find((service) => service.schedules.some((schedule) => schedule.closes_at === '24:00'));
    expect(midnight).toBeDefined();
    const times = (exportedOf(midnight?.id ?? '')?.['schedules'] as Array<{ closes_at: string }>).map((schedule) => schedule.closes_at);
    expect(times).not.toContain('24:00');
    expect(times).toContain('23:59');
    const placed = services.find((service) => service.locations?.length);
    const location = placed?.locations?.[0];
    expect(exportedOf(placed?.id ?? '')?.['service_at_locations']).toEqual([
      expect.objectContaining({
        location: expect.objectContaining({
          location_type: 'physical',
          name: location?.name,
          addresses: [expect.objectContaining({ address_1: location?.address_1, city: 'London', state_province: 'Greater London', postal_code: location?.postal_code, country: 'GB', address_type: 'physical' })],
        }),
      }),
    ]);
  });
});

describe('Open Referral files: GET /services as static files', () => {
  const parse = (files: Array<{ fileName: string; source: string }>) => new Map(files.map((file) => [file.fileName, JSON.parse(file.source) as unknown]));
  const pagesOf = (files: Map<string, unknown>) => [...files].filter(([name]) => name.startsWith('openreferral/services/page/')).map(([, page]) => page as ServicePage);

  for (const pageSize of [50, 10]) {
    it(`pages the real services ${pageSize} at a time`, () => {
      const fileList = openReferralFiles(services, labels, pageSize);
      const files = parse(fileList);
      const totalPages = Math.ceil(services.length / pageSize);
      expect(services.length).toBeGreaterThan(pageSize);
      expect(fileList.map((file) => file.fileName)).toEqual([
        'openreferral/services.json',
        'openreferral/services/index.json',
        ...Array.from({ length: totalPages }, (_, index) => `openreferral/services/page/${index + 1}.json`),
        ...exported.map((service) => `openreferral/services/${service.id}.json`),
      ]);
      const pages = pagesOf(files);
      expect(pages.map((page) => page.page_number)).toEqual(Array.from({ length: totalPages }, (_, index) => index + 1));
      for (const page of pages) {
        expect(page).toMatchObject({ total_items: services.length, total_pages: totalPages, first_page: page.page_number === 1, last_page: page.page_number === totalPages, empty: false });
        expect(page.size).toBe(page.contents.length);
        expect(page.size).toBe(page.page_number < totalPages ? pageSize : services.length - pageSize * (totalPages - 1));
      }
      // /openreferral/services/ answers as page 1 does.
      expect(fileList.find((file) => file.fileName === 'openreferral/services/index.json')?.source).toBe(fileList.find((file) => file.fileName === 'openreferral/services/page/1.json')?.source);
    });
  }

  it('lists every service once, in the order of the full list, with its one-to-one fields', () => {
    const files = parse(openReferralFiles(services, labels, 10));
    const full = files.get('openreferral/services.json') as Array<Record<string, unknown>>;
    expect(full).toEqual(JSON.parse(JSON.stringify(exported)));
    const listed = pagesOf(files).flatMap((page) => page.contents);
    expect(listed.map((item) => item['id'])).toEqual(full.map((service) => service['id']));
    const listFields = Object.keys((readJson(join(ukCompiled, 'service_list.json')) as SchemaNode).properties ?? {});
    listed.forEach((item, index) => {
      expect(full[index]).toMatchObject(item);
      for (const key of Object.keys(item)) expect(listFields).toContain(key);
      // Everything one-to-one the profile lists, and nothing more: the rest is in the service's own file.
      for (const key of listFields) if (full[index]?.[key] !== undefined) expect(item).toHaveProperty(key);
    });
    for (const service of full) expect(files.get(`openreferral/services/${String(service['id'])}.json`)).toEqual(service);
  });

  it('writes every file valid against the profile and its API responses', () => {
    const files = parse(openReferralFiles(services, labels));
    const example = readJson(join(ukDir, 'examples', 'service_list.json'));
    expect(ukServicePage(example)).toBe(true);
    const failures: string[] = [];
    for (const [name, value] of files) {
      const validate = name === 'openreferral/services.json' ? ukServiceArray : name.startsWith('openreferral/services/page/') || name.endsWith('/index.json') ? ukServicePage : ukServiceById;
      failures.push(...failuresOf(validate, [value], [name]));
      // A page has exactly the fields of the profile's example page.
      if (validate === ukServicePage) expect(Object.keys(value as object).sort()).toEqual(Object.keys(example).sort());
    }
    expect(failures).toEqual([]);
    // The page schema does check its fields (Page) and its items (service_list.json).
    const page = files.get('openreferral/services/index.json') as ServicePage;
    expect(ukServicePage({ ...page, total_items: '90' })).toBe(false);
    expect(ukServicePage({ ...page, contents: [{ ...page.contents[0], id: 'samaritans' }] })).toBe(false);
    expect(ukServiceById({ ...exported[0], status: 'open' })).toBe(false);
  });

  it('answers an empty directory with one empty page, and refuses a page size that is not a whole number', () => {
    const files = parse(openReferralFiles([], labels));
    expect([...files.keys()]).toEqual(['openreferral/services.json', 'openreferral/services/index.json', 'openreferral/services/page/1.json']);
    expect(files.get('openreferral/services/page/1.json')).toEqual({ total_items: 0, total_pages: 1, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => openReferralFiles(services, labels, size)).toThrow(RangeError);
  });
});
