// The search as the app uses it: a query and chosen needs in, ranked and filtered services out.
import type { Service } from '../directory/types';
import { QueryMatcher, type QueryMatch } from './query';
import { passesFilters, rankServices, type Filters, type RankContext, type RankedService } from './rank';
import type { SearchIndex } from './search-index';

/** One search: typed words, needs chosen from tiles or chips, and filters. */
export interface SearchRequest {
  query: string;
  needs: readonly string[];
  /** Needs not to use even if the words point at them. */
  excludedNeeds?: readonly string[];
  filters: Filters;
}

/** What the results screen shows. */
export interface SearchResult {
  /** Needs understood from the query and the chosen ones, strongest first. */
  needs: Array<{ code: string; score: number }>;
  /** Services that match, before filters (for counts). */
  matched: number;
  /** Services that match and pass the filters, best first. */
  results: RankedService[];
}

/** Searches one directory; build once per directory and reuse for every keystroke. */
export class DirectorySearch {
  private readonly matcher: QueryMatcher;

  constructor(
    index: SearchIndex,
    private readonly services: Service[],
  ) {
    this.matcher = new QueryMatcher(index);
  }

  /** Runs a search; chosen needs count as fully matched. */
  search(request: SearchRequest, context: RankContext): SearchResult {
    const typed: QueryMatch = request.query.trim() ? this.matcher.match(request.query) : { needs: new Map(), names: new Map(), urgent: false };
    const needs = new Map(typed.needs);
    for (const code of request.needs) needs.set(code, 1);
    for (const code of request.excludedNeeds ?? []) needs.delete(code);
    const browsing = !request.query.trim() && request.needs.length === 0;
    const ranked = rankServices(this.services, { needs, names: typed.names, urgent: typed.urgent }, context, browsing);
    return {
      needs: [...needs].map(([code, score]) => ({ code, score })).sort((a, b) => b.score - a.score),
      matched: ranked.length,
      results: ranked.filter((entry) => passesFilters(entry, request.filters)),
    };
  }
}
