// Matched needs and names → ranked, filtered services. Pure: no DOM.
import type { AreaCode, Channel, Service } from '../directory/types';
import { openStatus, type OpenStatus } from '../hours/open-status';
import type { QueryMatch } from './query';

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

/** Ranks services by how well they meet the matched needs or names, then locality, open now and language; when browsing, all of them. */
export function rankServices(services: Service[], match: QueryMatch, context: RankContext, browsing: boolean): RankedService[] {
  let needTotal = 0;
  for (const score of match.needs.values()) needTotal += score;
  const urgent = match.urgent || match.needs.has('help-now');

  const ranked: RankedService[] = [];
  services.forEach((service, index) => {
    let needPart = 0;
    for (const [code, score] of match.needs) {
      const position = service.needs.indexOf(code);
      if (position >= 0) needPart += score * (NEED_POSITION_WEIGHTS[position] ?? OTHER_NEED_WEIGHT);
    }
    if (needTotal > 0) needPart /= needTotal;
    const namePart = (match.names.get(index) ?? 0) * NAME_WEIGHT;
    const base = browsing ? 0 : Math.max(needPart, namePart) + SECOND_MATCH_SHARE * Math.min(needPart, namePart);
    if (!browsing && base === 0) return;

    const status = openStatus(service, context.now, context.bankHolidays);
    let score = base;
    // Someone can reach them today, themselves: what a survivor searching alone needs first.
    if (service.phones.some((phone) => phone.type === 'voice')) score += VOICE_BONUS;
    if (status.state === 'always') score += ALWAYS_AVAILABLE_BONUS;
    else if (status.state === 'open') score += OPEN_NOW_AVAILABLE_BONUS;
    if (service.access === 'professional-referral') score -= REFERRAL_ONLY_PENALTY;
    if (service.channels.length === 0) score -= WEBSITE_ONLY_PENALTY;
    if (context.borough && service.areas.includes(context.borough)) score += BOROUGH_BONUS;
    else if (context.borough && service.areas.includes('london')) score += LONDON_BONUS;
    else if (!context.borough && !service.areas.some((area) => area === 'london' || area === 'uk')) score -= ONE_BOROUGH_PENALTY;
    if (urgent && status.state === 'always') score += ALWAYS_OPEN_BONUS;
    else if (urgent && status.state === 'open') score += OPEN_NOW_BONUS;
    if (context.language !== 'en' && service.languages.includes(context.language)) score += LANGUAGE_BONUS;
    ranked.push({ service, score, status });
  });
  return ranked.sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name));
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
