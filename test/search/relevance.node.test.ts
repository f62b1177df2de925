// The relevance set, in two halves: the tuning half (search was tuned while looking at it) and the
// held-out half (written first, from users' situations, and never tuned on). Each half must keep
// precision@3 at 0.9 or more; both print their figures so the gap between them stays visible.
import { describe, expect, it } from 'vitest';
import { buildDirectoryPacks, loadValidatedServices } from '../../scripts/directory-source.ts';
import { evaluateRelevance, meanPrecision, precisionBy, readRelevanceSet, type RelevanceHalf } from '../../scripts/relevance.ts';

const services = loadValidatedServices();
const directory = buildDirectoryPacks(services);
const ids = new Set(services.map((service) => service.id));
const halves: RelevanceHalf[] = ['tuning', 'held-out'];

describe('search relevance', () => {
  it('has at least 250 queries in all 20 languages, each half with audience, age, place, language and typo queries', () => {
    const all = halves.flatMap((half) => readRelevanceSet(half));
    expect(all.length).toBeGreaterThanOrEqual(250);
    expect(new Set(all.map((query) => query.lang)).size).toBe(20);
    for (const half of halves) {
      const categories = new Set(readRelevanceSet(half).map((query) => query.category));
      for (const category of ['audience', 'age', 'place', 'language', 'typo', 'plain']) expect(categories, `${half}: ${category}`).toContain(category);
    }
  });

  it('keeps the halves apart: no query is in both', () => {
    const tuning = new Set(readRelevanceSet('tuning').map((query) => query.query.toLowerCase()));
    expect(readRelevanceSet('held-out').filter((query) => tuning.has(query.query.toLowerCase()))).toEqual([]);
  });

  it.each(halves)('finds the expected services in the top 3 on the %s half (precision@3 ≥ 0.9)', (half) => {
    const outcomes = evaluateRelevance(directory, readRelevanceSet(half));
    const precision = meanPrecision(outcomes);
    const categories = precisionBy(outcomes, 'category').map((row) => `${row.group} ${row.precision.toFixed(2)} (${row.queries})`);
    console.log(`${half}: precision@3 = ${precision.toFixed(3)} over ${outcomes.length} queries; by category: ${categories.join(', ')}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it('refers only to services that exist', () => {
    for (const half of halves) for (const query of readRelevanceSet(half)) for (const id of query.expect) expect(ids.has(id), `${query.query}: ${id}`).toBe(true);
  });
});
