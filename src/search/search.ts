// The search as the app uses it: a query and chosen needs in, ranked and filtered services out.
import type { DialablePhone, HelpNowLines, Service } from '../directory/types';
import { lineToCall, serviceStatusAt } from '../hours/line-status';
import { londonTime, type LondonTime } from '../hours/london-time';
import type { OpenStatus } from '../hours/open-status';
import { isExcluded, type Asker } from './eligibility';
import type { PersonMatch } from './person';
import { QueryMatcher, type QueryMatch } from './query';
import type { Filters } from './filters';
import { Ranker, type RankContext, type RankedService } from './rank';
import type { SearchIndex } from './search-index';

const HELP_NOW = 'help-now';
/** How strongly a situation described in everyday words ("he checks my phone") points at its needs. */
const TOPIC_NEED_SCORE = 0.8;
/**
 * A page is offered for a need only when the words say it plainly ("stalking" 0.79, "fgm" 0.70):
 * a word that merely resembles one ("me cortaron la luz", "cut off", 0.51) must not bring up FGM.
 */
const TOPIC_FROM_NEED_MIN = 0.65;
const NOTHING_TYPED: QueryMatch = {
  needs: new Map(),
  names: new Map(),
  urgent: false,
  person: { audiences: new Map(), suggested: new Map(), fromAge: new Set(), places: [], consumed: new Set(), topics: new Map() },
};

/** One search: typed words, needs chosen from tiles or chips, and filters. */
export interface SearchRequest {
  query: string;
  needs: readonly string[];
  /** Needs not to use even if the words point at them. */
  excludedNeeds?: readonly string[];
  /** Who-is-asking chips the person took away: audiences, the age, places. */
  excludedAudiences?: readonly string[];
  ignoreAge?: boolean;
  excludedPlaces?: readonly string[];
  filters: Filters;
  /** How many of the best results to return (the rest are only counted). */
  limit: number;
}

/** What the results screen shows. */
export interface SearchResult {
  /** Needs understood from the query and the chosen ones, strongest first. */
  needs: Array<{ code: string; score: number }>;
  /** Who is asking and where, as understood (each a removable chip). */
  person: { audiences: string[]; age?: number; places: Array<{ name: string; areas: string[] }> };
  /** False when words were typed and none of them was understood: the screen says so instead of guessing. */
  understood: boolean;
  /** The form of abuse the words or the chosen need describe, whose "Is this happening to me?" page the screen offers. */
  topic?: string;
  /** Services that match, before filters. */
  matched: number;
  /** Services that match and pass the filters. */
  count: number;
  /** The best `limit` of those, best first, each with the number to dial now. */
  results: Array<RankedService & { callNow: DialablePhone | undefined }>;
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

  private readonly indexOf: Map<string, number>;

  constructor(
    private readonly index: SearchIndex,
    private readonly services: Service[],
    private readonly helpNow?: HelpNowLines,
  ) {
    this.matcher = new QueryMatcher(index);
    this.ranker = new Ranker(services, index);
    this.indexOf = new Map(services.map((service, i) => [service.id, i]));
  }

  /** Runs a search; chosen needs count as fully matched. */
  search(request: SearchRequest, context: RankContext): SearchResult {
    const typed: QueryMatch = request.query.trim() ? this.matcher.match(request.query) : NOTHING_TYPED;
    const needs = new Map(typed.needs);
    for (const code of request.needs) needs.set(code, 1);
    for (const [code, quality] of typed.person.topics) {
      for (const need of this.index.topics.find((topic) => topic.code === code)?.needs ?? []) needs.set(need, Math.max(needs.get(need) ?? 0, quality * TOPIC_NEED_SCORE));
    }
    for (const code of request.excludedNeeds ?? []) needs.delete(code);
    const person = this.personOf(typed.person, request);
    const browsing = !request.query.trim() && request.needs.length === 0;
    const understood = !request.query.trim() || needs.size > 0 || typed.names.size > 0 || person.asker.audiences.size > 0 || person.places.length > 0;
    const strongest = [...needs].sort((a, b) => b[1] - a[1])[0]?.[0];
    const topic = this.topicOf(typed.person.topics, strongest && (needs.get(strongest) ?? 0) >= TOPIC_FROM_NEED_MIN ? strongest : undefined, request.excludedNeeds ?? []);
    const helpNowAsked = request.needs.includes(HELP_NOW) || strongest === HELP_NOW;
    const ranking = this.ranker.rank(
      {
        needs,
        names: typed.names,
        urgent: typed.urgent,
        asker: person.asker,
        places: request.filters.borough ? [] : person.places.flatMap((place) => place.areas),
        pins: helpNowAsked ? this.pinsFor(person.asker) : [],
      },
      context,
      browsing,
      this.statusesAt(context),
      request.filters,
      request.limit,
    );
    return {
      needs: [...needs].map(([code, score]) => ({ code, score })).sort((a, b) => b.score - a.score),
      person: { audiences: [...typed.person.audiences.keys()].filter((code) => person.asker.audiences.has(code)), ...(person.asker.age !== undefined ? { age: person.asker.age } : {}), places: person.places },
      understood,
      ...(topic ? { topic } : {}),
      matched: ranking.matched,
      count: ranking.count,
      results: ranking.top.map((ranked) => ({ ...ranked, callNow: lineToCall(ranked.service, this.statuses.here, context.bankHolidays)?.phone })),
    };
  }

  /**
   * The page to offer: the situation the words describe best, else the page about exactly the
   * strongest need (stalking, forced marriage…).
   */
  private topicOf(described: ReadonlyMap<string, number>, strongest: string | undefined, excludedNeeds: readonly string[]): string | undefined {
    const kept = [...described].filter(([code]) => !(this.index.topics.find((topic) => topic.code === code)?.needs ?? []).every((need) => excludedNeeds.includes(need)));
    const best = kept.sort((a, b) => b[1] - a[1])[0]?.[0];
    if (best) return best;
    return strongest ? this.index.topics.find((topic) => topic.for_need === strongest)?.code : undefined;
  }

  /** Who is asking, from the words, the audience filter, and the chips the person kept. */
  private personOf(understood: PersonMatch, request: SearchRequest): { asker: Asker; places: Array<{ name: string; areas: string[] }> } {
    const excluded = new Set(request.excludedAudiences ?? []);
    const audiences = new Set([...understood.audiences.keys()].filter((code) => !excluded.has(code)));
    if (request.filters.audience) audiences.add(request.filters.audience);
    const age = request.ignoreAge ? undefined : understood.age;
    // Taking the age chip away takes away what the age alone said (a child, an older person).
    if (request.ignoreAge) for (const code of understood.fromAge) if (request.filters.audience !== code) audiences.delete(code);
    let gender = understood.gender;
    if (excluded.has('men') && gender === 'male') gender = undefined;
    if (request.filters.audience === 'men') gender = 'male';
    if (request.filters.audience === 'women') gender = 'female';
    const asker: Asker = { audiences, suggested: understood.suggested, ...(gender ? { gender } : {}), ...(age !== undefined ? { age } : {}) };
    const places = understood.places.filter((place) => !(request.excludedPlaces ?? []).includes(place.name));
    return { asker, places };
  }

  /** The lines "Help right now" puts first: the line for who is asking, the domestic abuse line (if they can use it), the emergency route. */
  private pinsFor(asker: Asker): number[] {
    if (!this.helpNow) return [];
    const ids: string[] = [];
    for (const audience of asker.audiences) {
      const line = this.helpNow.for_audience[audience];
      if (line) ids.push(line);
    }
    const domestic = this.services[this.indexOf.get(this.helpNow.domestic_abuse_line) ?? -1];
    if (domestic && !isExcluded(domestic, asker)) ids.push(domestic.id);
    ids.push(this.helpNow.emergency);
    return [...new Set(ids)].flatMap((id) => this.indexOf.get(id) ?? []);
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
        status = serviceStatusAt(this.services[index] ?? { open_24_7: false, schedules: [], phones: [] }, here, bankHolidays);
        byIndex[index] = status;
      }
      return status;
    };
  }
}
