// Types of the directory, shared by the build (validation, export) and the app.
// Field names follow the Open Referral UK / HSDS service model where one exists.
import type { SearchIndex } from '../search/search-index';

/** Where a service works. */
export const AREA_CODES = ['hammersmith-fulham', 'kensington-chelsea', 'westminster', 'wandsworth', 'london', 'uk'] as const;
/** One of AREA_CODES. */
export type AreaCode = (typeof AREA_CODES)[number];

/** The four boroughs the directory serves locally. */
export const BOROUGHS: readonly AreaCode[] = AREA_CODES.filter((area) => area !== 'london' && area !== 'uk');

/** Ways to reach a service. */
export const CHANNELS = ['phone', 'text', 'webchat', 'email', 'bsl-video', 'in-person', 'online-form', 'app'] as const;
/** One of CHANNELS. */
export type Channel = (typeof CHANNELS)[number];

/** Who may refer: the person themself, a professional, or either. */
export const ACCESS_ROUTES = ['self-referral', 'professional-referral', 'both'] as const;
/** One of ACCESS_ROUTES. */
export type Access = (typeof ACCESS_ROUTES)[number];

/** HSDS weekday codes (RFC 5545 BYDAY). */
export const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** One of DAY_CODES. */
export type DayCode = (typeof DAY_CODES)[number];

/** A published phone number; `type` follows HSDS phone types plus BSL video relay. */
export interface Phone {
  number: string;
  type: 'voice' | 'text' | 'textphone' | 'bsl-video';
  /** Digits dialled after the call connects. */
  extension?: string;
  description: string;
}

/** A weekly opening window in Europe/London local time (HSDS regular schedule). */
export interface Schedule {
  /** Which channel the hours apply to; absent means the whole service. */
  channel?: Channel;
  /** Comma-separated HSDS BYDAY codes, e.g. "MO,TU,WE". */
  byday: string;
  opens_at: string;
  closes_at: string;
  description?: string;
}

/** Where a record's facts were confirmed. */
export type VerifiedFrom = 'organisation' | 'official-third-party';

/** One service as written in data/services/<id>.json. */
export interface ServiceRecord {
  id: string;
  name: string;
  organization: { name: string; url?: string };
  description: string;
  url: string;
  email?: string;
  phones: Phone[];
  webchat_url?: string;
  open_24_7: boolean;
  schedules: Schedule[];
  /** True only when the organisation says it closes on bank holidays. */
  closed_on_bank_holidays?: boolean;
  eligibility_description: string;
  application_process?: string;
  fees?: string;
  /** Access for disabled people, as published. */
  accessibility?: string;
  access: Access;
  needs: string[];
  audiences: string[];
  areas: AreaCode[];
  channels: Channel[];
  languages: string[];
  safety_notes: string[];
  source_url: string;
  /** The date the page was shown to say so, when the page carries one. */
  source_date?: string;
  last_verified: string;
  verified_from: VerifiedFrom;
  review_by: string;
}

/** A phone number as the app gets it: with the digits to dial worked out at build time. */
export interface DialablePhone extends Phone {
  /** E.164 (+44…) or a UK short code, for tel: and sms: links. */
  dial: string;
}

/** A service as the app gets it. */
export interface Service extends Omit<ServiceRecord, 'phones'> {
  phones: DialablePhone[];
}

/** Labels for the taxonomy codes, in one language. */
export interface TaxonomyLabels {
  needs: Record<string, { label: string; family: 'happening' | 'need' }>;
  audiences: Record<string, string>;
  areas: Record<string, string>;
}

/** What the app loads: every service, validated and normalised at build time, and the search index. */
export interface DirectoryBundle {
  services: Service[];
  /** Taxonomy labels per UI language, each complete (English where a label is not translated). */
  labels: Record<string, TaxonomyLabels>;
  search: SearchIndex;
}
