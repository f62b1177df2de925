// The maintainers' coverage report: every need is a row, every borough a column, and a borough
// with no service of its own for a need is marked, as are cells whose services cannot be reached.
import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../scripts/coverage.ts';
import { loadValidatedServices, readTaxonomyLabels } from '../../scripts/directory-source.ts';

const labels = readTaxonomyLabels();
const services = loadValidatedServices();
const report = coverageReport(services, labels);

describe('coverage report', () => {
  it('has a row for every need, with the four boroughs, London-wide and UK-wide', () => {
    for (const need of Object.values(labels.needs)) expect(report).toContain(`| ${need.label} |`);
    expect(report).toContain('| need | Hammersmith & Fulham | Kensington & Chelsea | Westminster | Wandsworth | London-wide | UK-wide |');
  });

  it('marks a borough with no service of its own, and says how many of a cell can be reached', () => {
    const stalking = report.split('\n').find((line) => line.startsWith(`| ${labels.needs['stalking']?.label} |`)) ?? '';
    const local = services.filter((service) => service.needs.includes('stalking') && service.areas.includes('westminster') && !service.areas.includes('london') && !service.areas.includes('uk'));
    expect(stalking.split('|')[4]?.trim().startsWith(local.length === 0 ? '—' : String(local.length))).toBe(true);
    if (services.some((service) => service.contact_unconfirmed)) expect(report).toMatch(/\(\S+ reachable\)/);
  });

  it('counts audiences and the languages services work in', () => {
    for (const label of Object.values(labels.audiences)) expect(report).toContain(`| ${label} |`);
    expect(report).toMatch(/Languages services say they work in: en \d+/);
  });
});
