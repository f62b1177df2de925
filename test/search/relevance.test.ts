// The relevance set: queries in many languages, with typos and in plain speech, each with the
// services that must be among the first three results. Precision@3 must stay at 0.9 or more.
import { describe, expect, it } from 'vitest';
import { buildDirectoryBundle, loadValidatedServices } from '../../scripts/directory-source.ts';
import { evaluateRelevance, meanPrecision, readRelevanceSet } from '../../scripts/relevance.ts';

const queries = readRelevanceSet();
const outcomes = evaluateRelevance(buildDirectoryBundle(loadValidatedServices()), queries);

describe('search relevance', () => {
  it('has at least 60 queries in at least 6 languages, with typos and plain speech', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((query) => query.lang)).size).toBeGreaterThanOrEqual(6);
    expect(queries.filter((query) => query.kind === 'typo').length).toBeGreaterThanOrEqual(5);
    expect(queries.filter((query) => query.kind === 'plain').length).toBeGreaterThanOrEqual(20);
  });

  it('finds the expected services in the top 3 (precision@3 ≥ 0.9)', () => {
    const misses = outcomes.filter((outcome) => outcome.precision < 1).map((outcome) => `${outcome.query} → ${outcome.top3.join(', ')}`);
    const precision = meanPrecision(outcomes);
    console.log(`precision@3 = ${precision.toFixed(3)} over ${outcomes.length} queries; misses: ${misses.join(' | ') || 'none'}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('refers only to services that exist', () => {
    const ids = new Set(loadValidatedServices().map((service) => service.id));
    for (const query of queries) for (const id of query.expect) expect(ids.has(id), `${query.query}: ${id}`).toBe(true);
  });
});
