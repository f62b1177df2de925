// The search as the app uses it: a query and chosen needs in, ranked and filtered services out.
import type { Service } from '../directory/types';
import { londonTime, type LondonTime } from '../hours/london-time';
import { openStatusAt, type OpenStatus } from '../hours/open-status';
import { QueryMatcher, type QueryMatch } from './query';
import { Ranker, type Filters, type RankContext, type RankedService } from './rank';
import type { SearchIndex } from './search-index';

/** One search: typed words, needs chosen from tiles or chips, and filters. */
export interface SearchRequest {
  query: string;
  needs: readonly string[];
  /** Needs not to use even if the words point at them. */
  excludedNeeds?: readonly string[];
  filters: Filters;
  /** How many of the best results to return (the rest are only counted). */
  limit: number;
}

/** What the results screen shows. */
export interface SearchResult {
  /** Needs understood from the query and the chosen ones, strongest first. */
  needs: Array<{ code: string; score: number }>;
  /** Services that match, before filters. */
  matched: number;
  /** Services that match and pass the filters. */
  count: number;
  /** The best `limit` of those, best first. */
  results: RankedService[];
}

/** Searches one directory; build once per directory and reuse for every keystroke. */
export class DirectorySearch {
  private readonly matcher: QueryMatcher;
  private readonly ranker: Ranker;
  /** Open-now statuses for one London minute: they cannot change between keystrokes within it. */
  private statuses: { instant: number; minute: string; here: LondonTime; byIndex: Array<OpenStatus | undefined> } = {
    instant: Number.NaN,
    minute: '',
    here: { date: '', day: 'MO', minutes: 0 },
    byIndex: [],
  };

  constructor(
    index: SearchIndex,
    private readonly services: Service[],
  ) {
    this.matcher = new QueryMatcher(index);
    this.ranker = new Ranker(services, index);
  }

  /** Runs a search; chosen needs count as fully matched. */
  search(request: SearchRequest, context: RankContext): SearchResult {
    const typed: QueryMatch = request.query.trim() ? this.matcher.match(request.query) : { needs: new Map(), names: new Map(), urgent: false };
    const needs = new Map(typed.needs);
    for (const code of request.needs) needs.set(code, 1);
    for (const code of request.excludedNeeds ?? []) needs.delete(code);
    const browsing = !request.query.trim() && request.needs.length === 0;
    const ranking = this.ranker.rank(
      { needs, names: typed.names, urgent: typed.urgent },
      context,
      browsing,
      this.statusesAt(context),
      request.filters,
      request.limit,
    );
    return {
      needs: [...needs].map(([code, score]) => ({ code, score })).sort((a, b) => b.score - a.score),
      matched: ranking.matched,
      count: ranking.count,
      results: ranking.top,
    };
  }

  private statusesAt({ now, bankHolidays }: RankContext): (index: number) => OpenStatus {
    // Intl's time-zone conversion is costly: convert once per instant, not once per keystroke.
    if (this.statuses.instant !== now.getTime()) {
      const here = londonTime(now);
      const minute = `${here.date} ${here.minutes}`;
      this.statuses = this.statuses.minute === minute ? { ...this.statuses, instant: now.getTime() } : { instant: now.getTime(), minute, here, byIndex: [] };
    }
    const { byIndex, here } = this.statuses;
    return (index) => {
      let status = byIndex[index];
      if (!status) {
        status = openStatusAt(this.services[index] ?? { open_24_7: false, schedules: [] }, here, bankHolidays);
        byIndex[index] = status;
      }
      return status;
    };
  }
}
