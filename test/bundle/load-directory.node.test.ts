// The directory as the phone loads it: the core (London-wide and national services) plus the
// packs of the boroughs asked for, widened on request, each service once.
import { describe, expect, it } from 'vitest';
import { loadValidatedServices } from '../../scripts/directory-source.ts';
import { loadDirectory } from '../../src/bundle/load-directory.ts';
import { BANK_HOLIDAYS } from '../../src/hours/bank-holidays.ts';

const records = loadValidatedServices();
const wide = (areas: string[]) => areas.includes('london') || areas.includes('uk');
const idsFor = (include: (areas: string[]) => boolean) => records.filter((record) => include(record.areas)).map((record) => record.id).sort();

describe('loading the directory by region', () => {
  it('with no borough, has only London-wide and national services', async () => {
    const directory = await loadDirectory([]);
    expect(directory.bundle.services.map((service) => service.id)).toEqual(idsFor(wide));
    expect(directory.covers('wandsworth')).toBe(false);
    expect(directory.covers('london')).toBe(true);
  });

  it("with a borough, adds that borough's own services and no other borough's", async () => {
    const directory = await loadDirectory(['wandsworth']);
    expect(directory.bundle.services.map((service) => service.id)).toEqual(idsFor((areas) => wide(areas) || areas.includes('wandsworth')));
    expect(directory.bundle.regions).toEqual(['wandsworth']);
  });

  it('adds another borough on request, with a shared service once, and search finds its services', async () => {
    const first = await loadDirectory(['westminster']);
    const both = await first.withRegions(['westminster', 'kensington-chelsea']);
    const ids = both.bundle.services.map((service) => service.id);
    expect(ids).toEqual(idsFor((areas) => wide(areas) || areas.includes('westminster') || areas.includes('kensington-chelsea')));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await both.withRegions(['kensington-chelsea'])).toBe(both);
    const local = records.find((record) => record.areas.includes('kensington-chelsea') && !wide(record.areas) && !record.areas.includes('westminster'));
    const found = both.engine.search(
      { query: local?.name ?? '', needs: [], filters: {}, limit: 5 },
      { borough: 'kensington-chelsea', language: 'en', now: new Date('2026-11-24T11:00:00Z'), bankHolidays: BANK_HOLIDAYS },
    );
    expect(found.results.map((result) => result.service.id)).toContain(local?.id);
    expect(first.engine.search({ query: local?.name ?? '', needs: [], filters: {}, limit: 50 }, { borough: 'westminster', language: 'en', now: new Date('2026-11-24T11:00:00Z'), bankHolidays: BANK_HOLIDAYS }).results.map((result) => result.service.id)).not.toContain(local?.id);
  });
});
