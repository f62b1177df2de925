// Every exported service validates against the official HSDS 3 service schema (copied into
// data/schema/hsds-3 with its licence), not only a sample.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadValidatedServices, readTaxonomyLabels } from '../../scripts/directory-source.ts';
import { stableUuid, toHsdsServices } from '../../scripts/hsds-export.ts';

const schemaDir = join(DATA_DIR, 'schema', 'hsds-3');
// HSDS schemas carry documentation keywords (name, core, constraints…) that are not JSON Schema.
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object, file);
}
const validateService = ajv.getSchema('service.json');

const services = loadValidatedServices();
const exported = toHsdsServices(services, readTaxonomyLabels());

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
  });

  it('keeps the numbers, hours and check date of each service', () => {
    const samaritans = exported[services.findIndex((service) => service.id === 'samaritans')];
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
