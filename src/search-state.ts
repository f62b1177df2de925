// What the person is looking for, held in memory only (Safety rules 1 and 2, README).
import type { AreaCode } from './directory/types';
import type { Filters } from './search/filters';

/** The current search: typed words, chosen needs, what the person took away, and filters. */
export interface SearchState {
  query: string;
  needs: string[];
  /** Needs understood from the words that the person took away with their chip. */
  excludedNeeds: string[];
  /** Who-is-asking and where chips the person took away (audiences, the age, places). */
  excludedAudiences: string[];
  ignoreAge: boolean;
  excludedPlaces: string[];
  filters: Filters;
}

/** Nothing chosen yet. */
export const EMPTY_SEARCH: SearchState = { query: '', needs: [], excludedNeeds: [], excludedAudiences: [], ignoreAge: false, excludedPlaces: [], filters: {} };

/** The same search with new words: what was taken away from the old words no longer applies. */
export function withQuery(state: SearchState, query: string): SearchState {
  return { ...state, query, excludedNeeds: [], excludedAudiences: [], ignoreAge: false, excludedPlaces: [] };
}

/** A fresh search from the home screen, keeping the borough the person chose. */
export function newSearch(borough: AreaCode | undefined, change: Partial<SearchState>): SearchState {
  return { ...EMPTY_SEARCH, filters: borough ? { borough } : {}, ...change };
}
