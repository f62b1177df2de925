// What the person is looking for, held in memory only (DESIGN.md §2 rules 1 and 2).
import type { AreaCode } from './directory/types';
import type { Filters } from './search/rank';

/** The current search: typed words, chosen needs, needs the person removed, and filters. */
export interface SearchState {
  query: string;
  needs: string[];
  /** Needs understood from the words that the person took away with their chip. */
  excludedNeeds: string[];
  filters: Filters;
}

/** Nothing chosen yet. */
export const EMPTY_SEARCH: SearchState = { query: '', needs: [], excludedNeeds: [], filters: {} };

/** A fresh search from the home screen, keeping the borough the person chose. */
export function newSearch(borough: AreaCode | undefined, change: Partial<SearchState>): SearchState {
  return { ...EMPTY_SEARCH, filters: borough ? { borough } : {}, ...change };
}

/** How many filters are on. */
export function activeFilterCount(filters: Filters): number {
  return Object.values(filters).filter((value) => value !== undefined && value !== false).length;
}
