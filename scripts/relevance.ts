// Precision@3 of the search over the relevance set in test/search/relevance.json: for each
// query, the share of the expected services found among the first three results.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DirectoryCore, RegionPack } from '../src/bundle/directory-bundle.ts';
import { mergeRegions } from '../src/bundle/merge-regions.ts';
import type { AreaCode } from '../src/directory/types.ts';
import type { Filters } from '../src/search/filters.ts';
import { BANK_HOLIDAYS } from '../src/hours/bank-holidays.ts';
import { DirectorySearch } from '../src/search/search.ts';

/** What a query is testing, for the per-category figures. */
export type RelevanceCategory = 'plain' | 'typo' | 'language' | 'name' | 'audience' | 'age' | 'place';

/** One query of the relevance set. */
export interface RelevanceQuery {
  query: string;
  lang: string;
  category: RelevanceCategory;
  borough?: AreaCode;
  filters?: Filters;
  /** Needs chosen from the tiles, as when "Help right now" is tapped. */
  needs?: string[];
  /** The services that must be in the top three; empty means nothing should be understood (no list). */
  expect: string[];
}

/** How one query did. */
export interface RelevanceOutcome extends RelevanceQuery {
  top3: string[];
  precision: number;
}

/** The fixed moment the relevance set is judged at (a Tuesday morning in London). */
export const RELEVANCE_NOW = new Date('2026-11-24T11:00:00Z');

/** The two halves: the one search is tuned on, and the one written first and never tuned on. */
export type RelevanceHalf = 'tuning' | 'held-out';

const HALF_FILES: Record<RelevanceHalf, string> = { tuning: 'relevance.json', 'held-out': 'relevance-held-out.json' };

/** The queries of one half of the relevance set (test/search/). */
export function readRelevanceSet(half: RelevanceHalf = 'tuning'): RelevanceQuery[] {
  const path = fileURLToPath(new URL(`../test/search/${HALF_FILES[half]}`, import.meta.url));
  return (JSON.parse(readFileSync(path, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/**
 * Runs every query and scores it; the mean of `precision` is precision@3. Each query searches
 * what the phone would have loaded, as the app does: London-wide and national services plus the
 * chosen borough's, and, when the words name a place in another borough, that borough's too.
 */
export function evaluateRelevance(directory: { core: DirectoryCore; packs: RegionPack[] }, queries: RelevanceQuery[]): RelevanceOutcome[] {
  const engines = new Map<string, DirectorySearch>();
  const engineFor = (areas: ReadonlyArray<string | undefined>) => {
    const wanted = [...new Set(areas.filter((area): area is string => area !== undefined))].sort();
    const key = wanted.join(' ');
    let engine = engines.get(key);
    if (!engine) {
      const bundle = mergeRegions(directory.core, directory.packs.filter((pack) => wanted.includes(pack.area)));
      engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
      engines.set(key, engine);
    }
    return engine;
  };
  return queries.map((entry) => {
    const filters: Filters = { ...(entry.borough ? { borough: entry.borough } : {}), ...entry.filters };
    const request = { query: entry.query, needs: entry.needs ?? [], filters, limit: 3 };
    const context = { borough: filters.borough, language: entry.lang, now: RELEVANCE_NOW, bankHolidays: BANK_HOLIDAYS };
    const first = engineFor([filters.borough]).search(request, context);
    const named = first.person.places.flatMap((place) => place.areas);
    const { results, understood } = named.length > 0 ? engineFor([filters.borough, ...named]).search(request, context) : first;
    const top3 = understood ? results.slice(0, 3).map((result) => result.service.id) : [];
    if (entry.expect.length === 0) return { ...entry, top3, precision: understood ? 0 : 1 };
    const found = entry.expect.filter((id) => top3.includes(id)).length;
    return { ...entry, top3, precision: found / entry.expect.length };
  });
}

/** The mean precision over outcomes. */
export function meanPrecision(outcomes: RelevanceOutcome[]): number {
  return outcomes.reduce((sum, outcome) => sum + outcome.precision, 0) / outcomes.length;
}

/** Precision@3 per category and per language, with how many queries each. */
export function precisionBy(outcomes: RelevanceOutcome[], key: 'category' | 'lang'): Array<{ group: string; queries: number; precision: number }> {
  const groups = new Map<string, RelevanceOutcome[]>();
  for (const outcome of outcomes) groups.set(outcome[key], [...(groups.get(outcome[key]) ?? []), outcome]);
  return [...groups].map(([group, list]) => ({ group, queries: list.length, precision: meanPrecision(list) })).sort((a, b) => a.group.localeCompare(b.group));
}
