// Precision@3 of the search over the relevance set in test/search/relevance.json: for each
// query, the share of the expected services found among the first three results.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AreaCode, DirectoryBundle } from '../src/directory/types.ts';
import { BANK_HOLIDAYS } from '../src/hours/bank-holidays.ts';
import { DirectorySearch } from '../src/search/search.ts';

/** One query of the relevance set. */
export interface RelevanceQuery {
  query: string;
  lang: string;
  kind: 'plain' | 'typo' | 'language' | 'name';
  borough?: AreaCode;
  expect: string[];
}

/** How one query did. */
export interface RelevanceOutcome extends RelevanceQuery {
  top3: string[];
  precision: number;
}

/** The fixed moment the relevance set is judged at (a Tuesday morning in London). */
export const RELEVANCE_NOW = new Date('2026-11-24T11:00:00Z');

/** The queries of test/search/relevance.json. */
export function readRelevanceSet(): RelevanceQuery[] {
  const path = fileURLToPath(new URL('../test/search/relevance.json', import.meta.url));
  return (JSON.parse(readFileSync(path, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** Runs every query and scores it; the mean of `precision` is precision@3. */
export function evaluateRelevance(bundle: DirectoryBundle, queries: RelevanceQuery[]): RelevanceOutcome[] {
  const engine = new DirectorySearch(bundle.search, bundle.services);
  return queries.map((entry) => {
    const { results } = engine.search(
      { query: entry.query, needs: [], filters: {}, limit: 3 },
      { borough: entry.borough, language: 'en', now: RELEVANCE_NOW, bankHolidays: BANK_HOLIDAYS },
    );
    const top3 = results.slice(0, 3).map((result) => result.service.id);
    const found = entry.expect.filter((id) => top3.includes(id)).length;
    return { ...entry, top3, precision: found / entry.expect.length };
  });
}

/** The mean precision over outcomes. */
export function meanPrecision(outcomes: RelevanceOutcome[]): number {
  return outcomes.reduce((sum, outcome) => sum + outcome.precision, 0) / outcomes.length;
}
