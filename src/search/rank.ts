// Matched needs and names → ranked, filtered services. Pure: no DOM.
import { LONDON_WIDE, UK_WIDE, type AreaCode, type Service } from '../directory/types';
import type { OpenStatus } from '../hours/open-status';
import { isExcluded, servesAudience, type Asker } from './eligibility';
import { ADULT_AGE } from './person';
import type { SearchIndex } from './search-index';

import { INTERPRETERS, type Filters } from './filters';

/** What the search understood, as ranking uses it. */
export interface RankInput {
  needs: ReadonlyMap<string, number>;
  names: ReadonlyMap<number, number>;
  urgent: boolean;
  /** Who is asking: audiences raise the services for them; what they said rules some out. */
  asker: Asker;
  /** Areas named in the query (a neighbourhood, a postcode district), when no borough was chosen. */
  places: readonly string[];
  /** Services pinned to the top, in order (the 24/7 lines for "Help right now"). */
  pins: readonly number[];
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

/** How much a service's first, second and third needs count: what it is mostly for counts most. */
const NEED_POSITION_WEIGHTS = [1, 0.8, 0.65];
const OTHER_NEED_WEIGHT = 0.55;
const NAME_WEIGHT = 1.1;
/** The person's borough (chosen, or named in the query): its own services come first. */
const BOROUGH_BONUS = 0.35;
const LONDON_BONUS = 0.06;
const ALWAYS_OPEN_BONUS = 0.15;
const OPEN_NOW_BONUS = 0.1;
const LANGUAGE_BONUS = 0.1;
/** How much less the commonest need counts than the rarest, when a query says several. */
const COMMON_NEED_DISCOUNT = 0.2;
/** How much each need a service meets besides its best one adds. */
const OTHER_NEEDS_SHARE = 0.15;
/** For someone who said they are a child or young person, a service not made for them (an adult line). */
const NOT_FOR_YOUNG_PENALTY = 0.4;
/** A child or young person asking needs support for children, whatever else the words say. */
const YOUNG_NEEDS = { need: 'children-support', score: 0.8 };
/** A service that matches by name and by need is surer than one that matches only one way. */
const SECOND_MATCH_SHARE = 0.2;
const VOICE_BONUS = 0.06;
const ALWAYS_AVAILABLE_BONUS = 0.06;
const OPEN_NOW_AVAILABLE_BONUS = 0.03;
const REFERRAL_ONLY_PENALTY = 0.1;
/** No confirmed way in: below every service a person can actually reach. */
const UNCONFIRMED_CONTACT_PENALTY = 0.15;
/** With no borough chosen or named, a service for one borough only may well not serve this person. */
const ONE_BOROUGH_PENALTY = 0.4;
/** A service for the audience the person stated ("gay", "I'm 15"), or one they only suggested. */
const AUDIENCE_BONUS = 0.3;
const SUGGESTED_AUDIENCE_BONUS = 0.12;
/**
 * A service especially for an audience the person did not say they belong to (children's social
 * workers, a line for professionals): below the general ones. Not for women's services, which
 * most services here are and whose users rarely say so.
 */
const OTHER_AUDIENCE_PENALTY = 0.3;
/** A service the person said they cannot use (a women-only line for a man): below every one they can. */
const EXCLUDED_PENALTY = 1.5;
/** Pinned lines come first, in their order. */
const PIN_BONUS = 10;
/** The base score of a service found only through who is asking or where ("im 15", "W6"). */
const PERSON_ONLY_BASE = 0.5;
/** A service for the person's audience that the words' needs did not reach ("13 and groomed online": Childline). */
const AUDIENCE_CANDIDATE_BASE = 0.3;

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
  private readonly specificity: Map<string, number>;
  /** Score parts that depend only on the service: reachable by voice, referral only, website only. */
  private readonly fixedScore: Float64Array;
  private readonly localOnly: Uint8Array;
  /** Services especially for some audience other than women. */
  private readonly forOthers: Uint8Array;
  /** Services made for children and young people. */
  private readonly forYoung: Uint8Array;
  /** Per service, a bit for each audience it is for (especially or only), by AUDIENCE_BITS. */
  private readonly audienceMask: Uint32Array;
  private readonly audienceBits = new Map<string, number>();
  /** Services for each audience, and each borough's own services: candidates without a need match. */
  private readonly audienceServices = new Map<string, number[]>();
  private readonly areaServices = new Map<string, number[]>();
  private readonly needPart: Float64Array;
  private readonly needSum: Float64Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly services: Service[],
    index: Pick<SearchIndex, 'needs' | 'needServices'>,
  ) {
    this.needPostings = new Map(index.needs.map((code, i) => [code, index.needServices[i] ?? []]));
    // A need many services list (domestic abuse) says less about which one fits than a rare one
    // (stalking): when both are understood, the services made for the rare one come first.
    const most = Math.max(1, ...[...this.needPostings.values()].map((postings) => postings.length));
    this.specificity = new Map([...this.needPostings].map(([code, postings]) => [code, 1 - COMMON_NEED_DISCOUNT * (postings.length / most)]));
    this.fixedScore = Float64Array.from(services, (service) => {
      let score = 0;
      // Someone can reach them today, themselves: what a survivor searching alone needs first.
      if (service.phones.some((phone) => phone.type === 'voice')) score += VOICE_BONUS;
      if (service.access === 'professional-referral') score -= REFERRAL_ONLY_PENALTY;
      if (service.contact_unconfirmed) score -= UNCONFIRMED_CONTACT_PENALTY;
      return score;
    });
    this.localOnly = Uint8Array.from(services, (service) => (service.areas.some((area) => area === LONDON_WIDE || area === UK_WIDE) ? 0 : 1));
    for (const service of services) for (const audience of [...service.audiences, ...(service.limited_to ?? [])]) if (!this.audienceBits.has(audience) && this.audienceBits.size < 32) this.audienceBits.set(audience, 1 << this.audienceBits.size);
    this.audienceMask = Uint32Array.from(services, (service) => [...service.audiences, ...(service.limited_to ?? [])].reduce((mask, audience) => mask | (this.audienceBits.get(audience) ?? 0), 0));
    services.forEach((service, index) => {
      for (const audience of new Set([...service.audiences, ...(service.limited_to ?? [])])) (this.audienceServices.get(audience) ?? this.audienceServices.set(audience, []).get(audience))?.push(index);
      if (this.localOnly[index]) for (const area of service.areas) (this.areaServices.get(area) ?? this.areaServices.set(area, []).get(area))?.push(index);
    });
    this.forYoung = Uint8Array.from(services, (service) => (servesAudience(service, 'young-people') || (service.maximum_age !== undefined && service.maximum_age < 25) ? 1 : 0));
    this.forOthers = Uint8Array.from(services, (service) => ([...service.audiences, ...(service.limited_to ?? [])].some((audience) => audience !== 'women') ? 1 : 0));
    this.needPart = new Float64Array(services.length);
    this.needSum = new Float64Array(services.length);
    this.touched = new Int32Array(services.length);
  }

  /** The ranking for one search. */
  rank(match: RankInput, context: RankContext, browsing: boolean, statusOf: StatusOf, filters: Filters, limit: number): Ranking {
    const { services, needPart, touched } = this;
    let touchedCount = 0;
    // A service scores by the need it meets best (weak understanding gives a weak score, so who is
    // asking and where can count), plus a little for each other need it meets: one situation said
    // two ways ("my ex follows me": stalking and domestic abuse) should not favour services that
    // list everything over the one made for it.
    const { needSum } = this;
    const needs = new Map(match.needs);
    if (match.asker.audiences.has('young-people') || (match.asker.age !== undefined && match.asker.age < ADULT_AGE)) {
      needs.set(YOUNG_NEEDS.need, Math.max(needs.get(YOUNG_NEEDS.need) ?? 0, YOUNG_NEEDS.score));
    }
    for (const [code, score] of needs) {
      const postings = this.needPostings.get(code) ?? [];
      for (let i = 0; i < postings.length; i += 2) {
        const service = postings[i] ?? 0;
        const part = score * (NEED_POSITION_WEIGHTS[postings[i + 1] ?? 0] ?? OTHER_NEED_WEIGHT) * (this.specificity.get(code) ?? 1);
        if (needPart[service] === 0) touched[touchedCount++] = service;
        needPart[service] = Math.max(needPart[service] ?? 0, part);
        needSum[service] = (needSum[service] ?? 0) + part;
      }
    }
    for (let i = 0; i < touchedCount; i += 1) {
      const service = touched[i] ?? 0;
      needPart[service] = (needPart[service] ?? 0) + OTHER_NEEDS_SHARE * ((needSum[service] ?? 0) - (needPart[service] ?? 0));
    }
    const { places, pins } = match;
    // What the words are about points at who the service is for, though nobody said so: a child
    // being abused at services for young people, an older person's abuse at services for them.
    const asker = withNeedAudiences(match.asker, needs);
    const mark = (service: number, base = Number.MIN_VALUE) => {
      if (needPart[service] === 0) {
        touched[touchedCount++] = service;
        // A tiny mark so a name-only match is not taken for an untouched slot.
        needPart[service] = base;
      }
    };
    for (const service of match.names.keys()) mark(service);
    for (const service of pins) mark(service);
    // Services for the person's audience, and a named place's own services, are candidates too,
    // whatever the words' needs reached; if nothing else was understood ("im 15", "W6"), they are
    // the answer.
    const personOnly = match.needs.size === 0 && match.names.size === 0;
    const placeAreas = new Set(places);
    for (const audience of asker.audiences) for (const index of this.audienceServices.get(audience) ?? []) mark(index, personOnly ? PERSON_ONLY_BASE : AUDIENCE_CANDIDATE_BASE);
    for (const area of placeAreas) for (const index of this.areaServices.get(area) ?? []) mark(index, personOnly && asker.audiences.size === 0 ? PERSON_ONLY_BASE : AUDIENCE_CANDIDATE_BASE);
    const young = asker.audiences.has('young-people') || (asker.age !== undefined && asker.age < ADULT_AGE);
    const askerMask = [...asker.audiences].reduce((mask, audience) => mask | (this.audienceBits.get(audience) ?? 0), 0);
    const suggested = [...asker.suggested].map(([audience, strength]) => ({ bit: this.audienceBits.get(audience) ?? 0, strength })).filter(({ bit }) => bit !== 0);
    const mayExclude = asker.gender !== undefined || asker.age !== undefined || asker.audiences.size > 0;

    const urgent = match.urgent || match.needs.has('help-now');
    const filtering = Object.values(filters).some((value) => value !== undefined && value !== false);
    const hasPins = pins.length > 0;
    const hasPlaces = placeAreas.size > 0;
    const best = new BestScores(limit);
    let matched = 0;
    let count = 0;
    const consider = (index: number, base: number) => {
      const service = services[index] as Service;
      matched += 1;
      const status = statusOf(index);
      if (filtering && !passesFilters({ service, status }, filters)) return;
      // A place named acts as the borough choice does: other boroughs' local services are left out.
      if (hasPlaces && this.localOnly[index] && !service.areas.some((area) => placeAreas.has(area))) return;
      count += 1;
      let score = base + (this.fixedScore[index] ?? 0);
      if (hasPins) {
        const pin = pins.indexOf(index);
        if (pin >= 0) score += PIN_BONUS - pin;
      }
      const mask = this.audienceMask[index] ?? 0;
      let suggestion = 0;
      for (const { bit, strength } of suggested) if (mask & bit && strength > suggestion) suggestion = strength;
      if (mask & askerMask) score += AUDIENCE_BONUS;
      else if (suggestion > 0) score += SUGGESTED_AUDIENCE_BONUS * suggestion;
      else if (this.forOthers[index]) score -= OTHER_AUDIENCE_PENALTY;
      if (mayExclude && isExcluded(service, asker)) score -= EXCLUDED_PENALTY;
      else if (young && !this.forYoung[index]) score -= NOT_FOR_YOUNG_PENALTY;
      if (status.state === 'always') score += ALWAYS_AVAILABLE_BONUS + (urgent ? ALWAYS_OPEN_BONUS : 0);
      else if (status.state === 'open') score += OPEN_NOW_AVAILABLE_BONUS + (urgent ? OPEN_NOW_BONUS : 0);
      if (context.borough && service.areas.includes(context.borough)) score += BOROUGH_BONUS;
      else if (hasPlaces && service.areas.some((area) => placeAreas.has(area))) score += BOROUGH_BONUS;
      else if ((context.borough || hasPlaces) && service.areas.includes(LONDON_WIDE)) score += LONDON_BONUS;
      else if (!context.borough && !hasPlaces && this.localOnly[index]) score -= ONE_BOROUGH_PENALTY;
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
    for (let i = 0; i < touchedCount; i += 1) {
      needPart[touched[i] ?? 0] = 0;
      needSum[touched[i] ?? 0] = 0;
    }
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

/** The audience a need is about, when it is about one. */
const NEED_AUDIENCES: Readonly<Record<string, string>> = { 'child-abuse': 'young-people', 'children-support': 'young-people', 'elder-abuse': 'older-people' };

function withNeedAudiences(asker: Asker, needs: ReadonlyMap<string, number>): Asker {
  const implied = [...needs.keys()].flatMap((need) => NEED_AUDIENCES[need] ?? []).filter((audience) => !asker.audiences.has(audience));
  if (implied.length === 0) return asker;
  const suggested = new Map(asker.suggested);
  for (const audience of implied) suggested.set(audience, 1);
  return { ...asker, suggested };
}

/** Whether a service passes every filter that is set. */
export function passesFilters({ service, status }: Pick<RankedService, 'service' | 'status'>, filters: Filters): boolean {
  if (filters.borough && !service.areas.some((area) => area === filters.borough || area === LONDON_WIDE || area === UK_WIDE)) return false;
  // A service with no listed audiences is open to everyone.
  if (filters.audience && service.audiences.length > 0 && !service.audiences.includes(filters.audience)) return false;
  if (filters.language === INTERPRETERS) {
    if (!service.interpretation_services) return false;
  } else if (filters.language && !service.languages.includes(filters.language)) return false;
  if (filters.channel && !service.channels.includes(filters.channel)) return false;
  if (filters.openNow && status.state !== 'open' && status.state !== 'always') return false;
  if (filters.selfReferral && service.access === 'professional-referral') return false;
  return true;
}
