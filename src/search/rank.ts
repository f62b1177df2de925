// Matched needs and names → ranked, filtered services. Pure: no DOM.
import type { AreaCode, Channel, Service } from '../directory/types';
import type { OpenStatus } from '../hours/open-status';
import type { QueryMatch } from './query';
import type { SearchIndex } from './search-index';

/** The filters a person can set on the results screen; absent means "any". */
export interface Filters {
  borough?: AreaCode;
  audience?: string;
  language?: string;
  channel?: Channel;
  openNow?: boolean;
  selfReferral?: boolean;
}

/** What ranking needs besides the query. */
export interface RankContext {
  /** The person's borough, if chosen: its services come before London-wide, then national. */
  borough?: AreaCode;
  /** The UI language: services that speak it rank higher. */
  language: string;
  now: Date;
  bankHolidays: ReadonlySet<string>;
}

/** The open-now status of the service at an index, at the context's moment. */
export type StatusOf = (index: number) => OpenStatus;

/** A service in the results, with its score and open-now status. */
export interface RankedService {
  service: Service;
  score: number;
  status: OpenStatus;
}

const NEED_POSITION_WEIGHTS = [1, 0.9];
const OTHER_NEED_WEIGHT = 0.8;
const NAME_WEIGHT = 1.1;
const BOROUGH_BONUS = 0.12;
const LONDON_BONUS = 0.06;
const ALWAYS_OPEN_BONUS = 0.15;
const OPEN_NOW_BONUS = 0.1;
const LANGUAGE_BONUS = 0.1;
/** A service that matches by name and by need is surer than one that matches only one way. */
const SECOND_MATCH_SHARE = 0.2;
const VOICE_BONUS = 0.06;
const ALWAYS_AVAILABLE_BONUS = 0.06;
const OPEN_NOW_AVAILABLE_BONUS = 0.03;
const REFERRAL_ONLY_PENALTY = 0.1;
const WEBSITE_ONLY_PENALTY = 0.08;
/** With no borough chosen, a service for one borough only may not serve this person. */
const ONE_BOROUGH_PENALTY = 0.05;

/** What ranking returns: how many services qualify, and the best of them in order. */
export interface Ranking {
  /** Services that match the search (before filters). */
  matched: number;
  /** Services that match and pass the filters. */
  count: number;
  /** The best `limit` of those, best first; ties keep directory order. */
  top: RankedService[];
}

/**
 * Ranks services by how well they meet the matched needs or names, then locality, open now and
 * language (when browsing, all of them), keeping only the best `limit`: a phone shows a page of
 * results, so the rest is counted, not sorted. Made once per directory: it walks the build-time
 * need postings instead of every service, with scratch arrays reused across keystrokes.
 */
export class Ranker {
  private readonly needPostings: Map<string, readonly number[]>;
  /** Score parts that depend only on the service: reachable by voice, referral only, website only. */
  private readonly fixedScore: Float64Array;
  private readonly localOnly: Uint8Array;
  private readonly needPart: Float64Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly services: Service[],
    index: Pick<SearchIndex, 'needs' | 'needServices'>,
  ) {
    this.needPostings = new Map(index.needs.map((code, i) => [code, index.needServices[i] ?? []]));
    this.fixedScore = Float64Array.from(services, (service) => {
      let score = 0;
      // Someone can reach them today, themselves: what a survivor searching alone needs first.
      if (service.phones.some((phone) => phone.type === 'voice')) score += VOICE_BONUS;
      if (service.access === 'professional-referral') score -= REFERRAL_ONLY_PENALTY;
      if (service.channels.length === 0) score -= WEBSITE_ONLY_PENALTY;
      return score;
    });
    this.localOnly = Uint8Array.from(services, (service) => (service.areas.some((area) => area === 'london' || area === 'uk') ? 0 : 1));
    this.needPart = new Float64Array(services.length);
    this.touched = new Int32Array(services.length);
  }

  /** The ranking for one search. */
  rank(match: QueryMatch, context: RankContext, browsing: boolean, statusOf: StatusOf, filters: Filters, limit: number): Ranking {
    const { services, needPart, touched } = this;
    let touchedCount = 0;
    let needTotal = 0;
    for (const score of match.needs.values()) needTotal += score;
    // Need postings are pairs (service index, position of the need in that service's list).
    for (const [code, score] of match.needs) {
      const postings = this.needPostings.get(code) ?? [];
      for (let i = 0; i < postings.length; i += 2) {
        const service = postings[i] ?? 0;
        const weight = NEED_POSITION_WEIGHTS[postings[i + 1] ?? 0] ?? OTHER_NEED_WEIGHT;
        if (needPart[service] === 0) touched[touchedCount++] = service;
        needPart[service] = (needPart[service] ?? 0) + (score * weight) / needTotal;
      }
    }
    for (const service of match.names.keys()) {
      if (needPart[service] === 0) {
        touched[touchedCount++] = service;
        // A tiny mark so a name-only match is not taken for an untouched slot.
        needPart[service] = Number.MIN_VALUE;
      }
    }

    const urgent = match.urgent || match.needs.has('help-now');
    const best = new BestScores(limit);
    let matched = 0;
    let count = 0;
    const consider = (index: number, base: number) => {
      const service = services[index] as Service;
      matched += 1;
      const status = statusOf(index);
      if (!passesFilters({ service, status }, filters)) return;
      count += 1;
      let score = base + (this.fixedScore[index] ?? 0);
      if (status.state === 'always') score += ALWAYS_AVAILABLE_BONUS + (urgent ? ALWAYS_OPEN_BONUS : 0);
      else if (status.state === 'open') score += OPEN_NOW_AVAILABLE_BONUS + (urgent ? OPEN_NOW_BONUS : 0);
      if (context.borough && service.areas.includes(context.borough)) score += BOROUGH_BONUS;
      else if (context.borough && service.areas.includes('london')) score += LONDON_BONUS;
      else if (!context.borough && this.localOnly[index]) score -= ONE_BOROUGH_PENALTY;
      if (context.language !== 'en' && service.languages.includes(context.language)) score += LANGUAGE_BONUS;
      best.offer(index, score);
    };

    if (browsing) {
      for (let index = 0; index < services.length; index += 1) consider(index, 0);
    } else {
      // Directory order for ties: visit the touched services by index.
      const visit = touched.subarray(0, touchedCount).sort();
      for (const index of visit) {
        const needs = needPart[index] ?? 0;
        const names = (match.names.get(index) ?? 0) * NAME_WEIGHT;
        consider(index, Math.max(needs, names) + SECOND_MATCH_SHARE * Math.min(needs, names));
      }
    }
    for (let i = 0; i < touchedCount; i += 1) needPart[touched[i] ?? 0] = 0;
    return { matched, count, top: best.indices().map(({ index, score }) => ({ service: services[index] as Service, score, status: statusOf(index) })) };
  }
}

/** The `limit` highest scores seen, kept sorted as they arrive; an equal later score never displaces an earlier one. */
class BestScores {
  private readonly kept: Array<{ index: number; score: number }> = [];

  constructor(private readonly limit: number) {}

  offer(index: number, score: number): void {
    const kept = this.kept;
    if (kept.length >= this.limit && score <= (kept[kept.length - 1]?.score ?? -Infinity)) return;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((kept[middle]?.score ?? 0) >= score) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, { index, score });
    if (kept.length > this.limit) kept.pop();
  }

  indices(): Array<{ index: number; score: number }> {
    return this.kept;
  }
}

/** Whether a service passes every filter that is set. */
export function passesFilters({ service, status }: Pick<RankedService, 'service' | 'status'>, filters: Filters): boolean {
  if (filters.borough && !service.areas.some((area) => area === filters.borough || area === 'london' || area === 'uk')) return false;
  // A service with no listed audiences is open to everyone.
  if (filters.audience && service.audiences.length > 0 && !service.audiences.includes(filters.audience)) return false;
  if (filters.language && !service.languages.includes(filters.language)) return false;
  if (filters.channel && !service.channels.includes(filters.channel)) return false;
  if (filters.openNow && status.state !== 'open' && status.state !== 'always') return false;
  if (filters.selfReferral && service.access === 'professional-referral') return false;
  return true;
}
