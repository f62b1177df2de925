// The real directory in data/: valid, covering every need and every borough, and free of the
// numbers known to be wrong.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadValidatedServices, readBoroughs, readKnownCodes } from '../../scripts/directory-source.ts';

const services = loadValidatedServices();

describe('the real directory', () => {
  it('has at least 45 services, all valid', () => {
    expect(services.length).toBeGreaterThanOrEqual(45);
  });

  it('has at least one service for every need', () => {
    const missing = [...readKnownCodes().needs].filter((need) => !services.some((service) => service.needs.includes(need)));
    expect(missing).toEqual([]);
  });

  it('has local services in each of the four boroughs, besides the London and national ones', () => {
    for (const borough of readBoroughs()) expect(services.filter((service) => service.areas.includes(borough)).length, borough).toBeGreaterThan(0);
  });

  it('never contains a known wrong number, however it is spaced', () => {
    const dir = join(DATA_DIR, 'services');
    for (const name of readdirSync(dir)) {
      const digits = readFileSync(join(dir, name), 'utf8').replace(/[\s()-]/g, '');
      expect(digits, name).not.toContain('08088029999');
      expect(digits, name).not.toContain('08005002222');
    }
  });

  it('has a 24/7 line for help right now, for the empty-result fallback', () => {
    expect(services.filter((service) => service.open_24_7 && service.areas.includes('uk') && service.phones.length > 0).length).toBeGreaterThanOrEqual(3);
  });
});
