// Types of the directory, shared by the build (validation, export) and the app.
// Field names follow the Open Referral UK / HSDS service model where one exists.

/** Where a service works: a code of data/taxonomy/areas.json (a borough, London-wide or UK-wide). */
export type AreaCode = string;
/** The area of services for all of London, and of those for the whole UK. */
export const LONDON_WIDE: AreaCode = 'london';
export const UK_WIDE: AreaCode = 'uk';


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

/** What a number is for, besides the main line; absent means the main line. */
export const PHONE_ROLES = ['out-of-hours', 'from-abroad'] as const;
/** One of PHONE_ROLES. */
export type PhoneRole = (typeof PHONE_ROLES)[number];

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

/** What a number is reached by: HSDS phone types plus BSL video relay. */
export const PHONE_TYPES = ['voice', 'text', 'textphone', 'bsl-video'] as const;
/** One of PHONE_TYPES. */
export type PhoneType = (typeof PHONE_TYPES)[number];

/** A published phone number. */
export interface Phone {
  number: string;
  type: PhoneType;
  /** Digits dialled after the call connects. */
  extension?: string;
  description: string;
  /** "out-of-hours": answers when the service's main hours are over; "from-abroad": the same line dialled from outside the UK. */
  role?: PhoneRole;
  /** The line's own hours, when they differ from the service's (HSDS phone schedules). */
  open_24_7?: boolean;
  schedules?: Array<Omit<Schedule, 'channel'>>;
}

/** A place to go in person, as published (HSDS location with its physical address). */
export interface Location {
  name: string;
  address_1: string;
  city: string;
  postal_code?: string;
  description?: string;
}

/** What kind of page a fact was read on. Only the first three may be the source of a number or an hour. */
export const SOURCE_KINDS = ['contact-page', 'service-page', 'official-listing', 'news', 'other'] as const;
/** One of SOURCE_KINDS. */
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** Kinds of page that may be the source of a number or an hour (a news item, podcast, funding announcement or terms page never is). */
export const CONTACT_SOURCE_KINDS: readonly SourceKind[] = ['contact-page', 'service-page', 'official-listing'];

/** Which facts a source backs; absent means all of them. */
export const SOURCE_FACTS = ['contact', 'hours', 'eligibility', 'languages', 'description', 'safety-notes'] as const;
/** One of SOURCE_FACTS. */
export type SourceFact = (typeof SOURCE_FACTS)[number];

/** Who published the page. */
export const SOURCE_PUBLISHERS = ['organisation', 'official-third-party'] as const;
/** One of SOURCE_PUBLISHERS. */
export type VerifiedFrom = (typeof SOURCE_PUBLISHERS)[number];

/** A page the record's facts were confirmed on. */
export interface Source {
  url: string;
  kind: SourceKind;
  publisher: VerifiedFrom;
  /** The page's own date ("Last updated …"), when it shows one. */
  page_date?: string;
  supports?: SourceFact[];
}

/** One service as written in data/services/<id>.json. */
export interface ServiceRecord {
  id: string;
  name: string;
  /** Another name the service is known by ("Clare's Law"), as published (HSDS). */
  alternate_name?: string;
  organization: { name: string; url?: string };
  description: string;
  /** The page where a person gets help (never a news item). */
  url: string;
  email?: string;
  phones: Phone[];
  webchat_url?: string;
  bsl_video_url?: string;
  online_form_url?: string;
  app_url?: string;
  locations?: Location[];
  /** The published way to find a place to go in person, when there is no one address ("any Boots pharmacy"). */
  in_person?: string;
  /** The service is reached only online (an app, guides, a forum): its url is the door. */
  online_only?: boolean;
  /** True when no direct way in could be confirmed; `how_to_contact` then says what is published. */
  contact_unconfirmed?: boolean;
  /** How the service says to contact it, in its own words. */
  how_to_contact?: string;
  open_24_7: boolean;
  schedules: Schedule[];
  /** True only when the organisation says it closes on bank holidays. */
  closed_on_bank_holidays?: boolean;
  eligibility_description: string;
  /** Published age limits (HSDS). */
  minimum_age?: number;
  maximum_age?: number;
  /** The only audiences the service takes, as published (a women-only line: ["women"]). */
  limited_to?: string[];
  application_process?: string;
  fees?: string;
  /** Access for disabled people, as published. */
  accessibility?: string;
  access: Access;
  needs: string[];
  audiences: string[];
  areas: AreaCode[];
  /** Languages the service says it works in (BCP 47: "en", "ar", "sgn-GB" for BSL). */
  languages: string[];
  /** The service's own sentence about interpreters, when it offers them (HSDS interpretation_services). */
  interpretation_services?: string;
  safety_notes: string[];
  sources: Source[];
  last_verified: string;
  review_by: string;
}

/** A phone number as the app gets it: with the digits to dial worked out at build time. */
export interface DialablePhone extends Phone {
  /** E.164 (+44…) or a UK short code, for tel: and sms: links. */
  dial: string;
}

/** A service as the app gets it: numbers ready to dial, and the ways in worked out from the means it has. */
export interface Service extends Omit<ServiceRecord, 'phones'> {
  phones: DialablePhone[];
  /** Derived at build time from the means the record gives (a number, a chat link, an address…). */
  channels: Channel[];
}

/** The lines "Help right now" shows first (data/help-right-now.json), by service id. */
export interface HelpNowLines {
  emergency: string;
  domestic_abuse_line: string;
  /** The line for a stated audience (men, young people, older people, LGBT+). */
  for_audience: Readonly<Record<string, string>>;
}

/** A form of abuse with its own page: the needs whose services it lists, and what its words rest on. */
export interface Topic {
  code: string;
  needs: string[];
  /** The need whose results offer this page though no everyday words for it were typed; absent when the page covers only part of a need. */
  for_need?: string;
  sources: Array<{ url?: string; publisher: string; kind: 'official-guidance' | 'strategy' | 'charity-guidance'; page_date?: string }>;
}

/** A line open day and night, built into the first screen's code so "Help right now" needs no directory. */
export interface HelpNowLine {
  id: string;
  name: string;
  /** The service's own words, in English. */
  description: string;
  /** Every voice, text and textphone number of the service, ready to dial. */
  phones: DialablePhone[];
}

/** Labels for the taxonomy codes, in one language. */
export interface TaxonomyLabels {
  needs: Record<string, { label: string; family: 'happening' | 'need' }>;
  audiences: Record<string, string>;
  areas: Record<string, string>;
}


/** Who keeps the directory: where "Report a problem" sends reports, when an address is set. */
export interface Publisher {
  corrections_email: string | null;
}
