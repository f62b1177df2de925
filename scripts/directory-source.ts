// Reads the directory's source files from data/ and validates them. Used by the Vite plugin,
// `npm run check:data` and the tests, so all three see exactly the same rules.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { channelsOf } from './directory/channels.ts';
import { codeListMismatches } from './directory/code-list-check.ts';
import { decodeUtf8 } from './directory/strict-json.ts';
import { DirectoryValidationError, dialString, validateDirectory, type KnownCodes, type RequiredServices, type SourceFile } from './directory/validate.ts';
import type { DirectoryBundle, DirectoryCore, RegionPack, ServicesPart } from '../src/bundle/directory-bundle.ts';
import { mergeRegions } from '../src/bundle/merge-regions.ts';
import { LONDON_WIDE, UK_WIDE, type HelpNowLines, type Publisher, type Service, type ServiceRecord, type TaxonomyLabels, type Topic } from '../src/directory/types.ts';
import { buildVocabularyIndex, nameWordsOf, type NeedVocabulary, type SearchVocabulary } from '../src/search/search-index.ts';

/** The repository's data folder. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** The "Is this happening to me?" pages, one file per language. */
export const UNDERSTANDING_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales', 'understanding');

interface CodeList {
  [key: string]: Array<{ code: string; family?: 'happening' | 'need'; label: Record<string, string>; phrases?: Record<string, string[]> }>;
}

function readCodeList(dataDir: string, file: string, key: string) {
  return (JSON.parse(readFileSync(join(dataDir, 'taxonomy', file), 'utf8')) as CodeList)[key] ?? [];
}

/** A service file's name: its id, lower-case kebab-case, then ".json". */
const SERVICE_FILE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*\.json$/;
/** No service needs more; a bigger file is a mistake (a pasted document), caught before it bloats the app. */
export const MAX_SERVICE_FILE_BYTES = 64 * 1024;

/**
 * Reads every file in data/services, sorted by name so builds are reproducible. Anything that is
 * not a `<id>.json` file (a folder, "childline.JSON", "x.json.bak", a stray note) comes back
 * unreadable with the reason, so the check fails by name instead of silently skipping a service.
 */
export function readServiceFiles(dataDir = DATA_DIR): SourceFile[] {
  const dir = join(dataDir, 'services');
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => {
      const path = join(dir, entry.name);
      const file = relative(process.cwd(), path);
      if (entry.isDirectory()) return { file: `${file}/`, text: '', unreadable: 'is a folder: data/services holds only <id>.json files; move it out' };
      if (!entry.isFile() || !SERVICE_FILE_NAME.test(entry.name)) {
        return { file, text: '', unreadable: 'is not read: only files named <id>.json (lower-case letters, digits and hyphens) are services; rename it or move it out' };
      }
      const size = statSync(path).size;
      if (size > MAX_SERVICE_FILE_BYTES) return { file, text: '', unreadable: `is ${size} bytes; a service file may be at most ${MAX_SERVICE_FILE_BYTES} bytes` };
      const decoded = decodeUtf8(readFileSync(path));
      return 'text' in decoded ? { file, text: decoded.text } : { file, text: '', unreadable: decoded.problem.reason };
    });
}

/** The emergency route and the helplines every page carries (data/help-right-now.json). */
export function readRequiredServices(dataDir = DATA_DIR): RequiredServices {
  const path = join(dataDir, 'help-right-now.json');
  const file = JSON.parse(readFileSync(path, 'utf8')) as Omit<RequiredServices, 'file'>;
  return { file: relative(process.cwd(), path), emergency: file.emergency, helplines: file.helplines, domestic_abuse_line: file.domestic_abuse_line, for_audience: file.for_audience };
}

/** The kinds of area: boroughs are offered in the borough choice; a region and a nation are not. */
export type AreaKind = 'borough' | 'region' | 'nation';

/** Every area of data/taxonomy/areas.json with its kind, in file order. */
export function readAreas(dataDir = DATA_DIR): Array<{ code: string; kind: AreaKind }> {
  return (readCodeList(dataDir, 'areas.json', 'areas') as Array<{ code: string; kind?: AreaKind }>).map((area) => ({ code: area.code, kind: area.kind ?? 'borough' }));
}

/** The codes of the boroughs (kind "borough"), in file order: those offered in the borough choice and given a region pack. */
export function readBoroughs(dataDir = DATA_DIR): string[] {
  return readAreas(dataDir)
    .filter((area) => area.kind === 'borough')
    .map((area) => area.code);
}

/** Every code list a record is checked against, each read from its one file in data/taxonomy. */
export function readKnownCodes(dataDir = DATA_DIR): KnownCodes {
  const codes = (file: string, key: string) => new Set(readCodeList(dataDir, file, key).map((entry) => entry.code));
  const lists = readTaxonomyFile<Record<string, unknown>>(dataDir, 'code-lists.json');
  const list = (key: string) => new Set(((lists[key] ?? []) as Array<{ code: string }>).map((entry) => entry.code));
  return {
    needs: codes('needs.json', 'needs'),
    audiences: codes('audiences.json', 'audiences'),
    areas: codes('areas.json', 'areas'),
    channels: list('channels'),
    phone_types: list('phone_types'),
    phone_roles: list('phone_roles'),
    access: list('access'),
    source_kinds: list('source_kinds'),
    source_publishers: list('source_publishers'),
    source_facts: list('source_facts'),
  };
}

/** Labels for every need, audience and area code in one language, English where not translated. */
export function readTaxonomyLabels(dataDir = DATA_DIR, language = 'en'): TaxonomyLabels {
  const label = (entry: { code: string; label: Record<string, string> }) => entry.label[language] ?? entry.label['en'] ?? entry.code;
  const labels = (file: string, key: string) => Object.fromEntries(readCodeList(dataDir, file, key).map((entry) => [entry.code, label(entry)]));
  return {
    needs: Object.fromEntries(readCodeList(dataDir, 'needs.json', 'needs').map((entry) => [entry.code, { label: label(entry), family: entry.family ?? 'need' }])),
    audiences: labels('audiences.json', 'audiences'),
    areas: labels('areas.json', 'areas'),
  };
}

/** Taxonomy labels for every language that has any, English first. */
export function readLabelsByLanguage(dataDir = DATA_DIR): Record<string, TaxonomyLabels> {
  const languages = new Set(['en']);
  for (const [file, key] of [
    ['needs.json', 'needs'],
    ['audiences.json', 'audiences'],
    ['areas.json', 'areas'],
  ] as const) {
    for (const entry of readCodeList(dataDir, file, key)) for (const language of Object.keys(entry.label)) languages.add(language);
  }
  return Object.fromEntries([...languages].map((language) => [language, readTaxonomyLabels(dataDir, language)]));
}

/** Today's date in Europe/London, as an ISO date. */
export function londonToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

/** Every need's labels and everyday phrases, in every language, for the search index. */
export function readNeedVocabulary(dataDir = DATA_DIR): NeedVocabulary[] {
  return readCodeList(dataDir, 'needs.json', 'needs').map((need) => ({
    code: need.code,
    phrases: [...Object.values(need.label), ...Object.values(need.phrases ?? {}).flat()],
  }));
}

function readTaxonomyFile<T>(dataDir: string, file: string): T {
  return JSON.parse(readFileSync(join(dataDir, 'taxonomy', file), 'utf8')) as T;
}

/**
 * Everything search understands, from data/: needs, audience words, how people say who they are
 * and their partner, ages, places (data/places.json, the borough names and their aliases) and
 * postcode districts. Read once at build time and turned into the index.
 */
export function readSearchVocabulary(dataDir = DATA_DIR): SearchVocabulary {
  type Phrased = { code: string; label: Record<string, string>; phrases?: Record<string, string[]>; aliases?: string[] };
  const audiences = readCodeList(dataDir, 'audiences.json', 'audiences') as Phrased[];
  const person = readTaxonomyFile<{ words: Record<string, Record<'self_male' | 'self_female' | 'partner_male' | 'partner_female', string[]>> }>(dataDir, 'person-words.json');
  const ages = readTaxonomyFile<{ languages: Record<string, { number_words: Record<string, number>; age_markers: string[]; self_markers: string[] }> }>(dataDir, 'ages.json');
  const sequences: SearchVocabulary['sequences'] = [
    ...audiences.map((audience) => ({ tag: `audience:${audience.code}`, phrases: Object.values(audience.phrases ?? {}).flat() })),
    ...(['self_male', 'self_female', 'partner_male', 'partner_female'] as const).map((kind) => ({
      tag: kind.replace('_', ':'),
      phrases: Object.values(person.words).flatMap((words) => words[kind]),
    })),
    { tag: 'age:marker', phrases: Object.values(ages.languages).flatMap((language) => language.age_markers) },
    { tag: 'age:self', phrases: Object.values(ages.languages).flatMap((language) => language.self_markers) },
  ];
  const numberWords = Object.assign({}, ...Object.values(ages.languages).map((language) => language.number_words)) as Record<string, number>;
  const placesFile = JSON.parse(readFileSync(join(dataDir, 'places.json'), 'utf8')) as { places: Array<{ name: string; kind: string; boroughs: string[] }> };
  const boroughCodes = new Set(readBoroughs(dataDir));
  const boroughs = (readCodeList(dataDir, 'areas.json', 'areas') as Phrased[])
    .filter((area) => boroughCodes.has(area.code))
    .map((area) => ({ name: area.label['en'] ?? area.code, areas: [area.code], aliases: area.aliases ?? [] }));
  const named = placesFile.places.filter((place) => place.kind !== 'postcode-district').map((place) => ({ name: place.name, areas: place.boroughs }));
  const postcodes = Object.fromEntries(placesFile.places.filter((place) => place.kind === 'postcode-district' && place.boroughs.length > 0).map((place) => [place.name, place.boroughs]));
  const ambiguous = readTaxonomyFile<{ words: Record<string, string[]> }>(dataDir, 'ambiguous-words.json');
  return { needs: readNeedVocabulary(dataDir), stopwords: readStopwords(dataDir), sequences, numberWords, places: [...boroughs, ...named], postcodes, topics: readTopics(dataDir), ambiguous: Object.values(ambiguous.words).flat() };
}

/** The pages, their needs, and the everyday words for each in every language that has its page. */
export function readTopics(dataDir = DATA_DIR, pagesDir = UNDERSTANDING_DIR): Array<Topic & { cues: string[] }> {
  const path = join(dataDir, 'taxonomy', 'topics.json');
  if (!existsSync(path)) return [];
  const { topics } = JSON.parse(readFileSync(path, 'utf8')) as { topics: Topic[] };
  const pages = readdirSync(pagesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(pagesDir, file), 'utf8')) as { topics: Record<string, { cues: string[] }> });
  return topics.map((topic) => ({ ...topic, cues: pages.flatMap((page) => page.topics[topic.code]?.cues ?? []) }));
}

/** The lines "Help right now" puts first (data/help-right-now.json). */
export function readHelpNowLines(dataDir = DATA_DIR): HelpNowLines {
  const { emergency, domestic_abuse_line, for_audience } = readRequiredServices(dataDir);
  return { emergency, domestic_abuse_line, for_audience };
}

/** Who keeps the directory (data/publisher.json): an email for corrections, or none yet. */
export function readPublisher(dataDir = DATA_DIR): Publisher {
  const path = join(dataDir, 'publisher.json');
  const { corrections_email: email } = JSON.parse(readFileSync(path, 'utf8')) as { corrections_email?: unknown };
  if (email !== null && (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) {
    throw new DirectoryValidationError([{ file: relative(process.cwd(), path), path: '$.corrections_email', reason: 'must be null or an email address' }]);
  }
  return { corrections_email: email };
}

/** Stop words of every language, which the search index weighs lightly. */
export function readStopwords(dataDir = DATA_DIR): string[] {
  const file = JSON.parse(readFileSync(join(dataDir, 'taxonomy', 'stopwords.json'), 'utf8')) as { words: Record<string, string[]> };
  return Object.values(file.words).flat();
}

/** Validates the whole directory; throws DirectoryValidationError listing every problem. */
export function loadValidatedServices(dataDir = DATA_DIR, today = londonToday()): ServiceRecord[] {
  const codes = readKnownCodes(dataDir);
  const { services, errors } = validateDirectory(readServiceFiles(dataDir), codes, today, readRequiredServices(dataDir));
  const lists = readTaxonomyFile<{ source_kinds: Array<{ code: string; may_give_contact: boolean }> }>(dataDir, 'code-lists.json');
  const contactKinds = new Set(lists.source_kinds.filter((kind) => kind.may_give_contact).map((kind) => kind.code));
  errors.unshift(...codeListMismatches(codes, contactKinds, join(dataDir, 'taxonomy', 'code-lists.json')));
  if (errors.length > 0) throw new DirectoryValidationError(errors);
  return services;
}

/** A record as the app gets it: dialable numbers and its ways in worked out at build time. */
function forTheApp(service: ServiceRecord): Service {
  return {
    ...service,
    phones: service.phones.map((phone) => ({ ...phone, dial: dialString(phone.number, phone.extension) ?? '' })),
    channels: channelsOf(service),
  };
}

function servicesPart(services: ServiceRecord[]): ServicesPart {
  return { services: services.map(forTheApp), nameWords: services.map(nameWordsOf) };
}

/** True for a service that is London-wide or national: it goes in the core, which every phone loads. */
function isWide(service: ServiceRecord): boolean {
  return service.areas.includes(LONDON_WIDE) || service.areas.includes(UK_WIDE);
}

/**
 * The runtime directory in files: the core (vocabulary, labels, London-wide and national services)
 * and one pack per borough that has services of its own. A service shared by two boroughs is in
 * both packs; the app merges them by id.
 */
export function buildDirectoryPacks(services: ServiceRecord[], dataDir = DATA_DIR): { core: DirectoryCore; packs: RegionPack[] } {
  const core: DirectoryCore = {
    labels: readLabelsByLanguage(dataDir),
    topics: readTopics(dataDir).map(({ cues: _cues, ...topic }) => topic),
    vocabulary: buildVocabularyIndex(readSearchVocabulary(dataDir)),
    helpNow: readHelpNowLines(dataDir),
    publisher: readPublisher(dataDir),
    ...servicesPart(services.filter(isWide)),
  };
  const packs = readBoroughs(dataDir)
    .map((code) => ({ area: code, ...servicesPart(services.filter((service) => !isWide(service) && service.areas.includes(code))) }))
    .filter((pack) => pack.services.length > 0);
  return { core, packs };
}

/** The whole directory merged as a phone with every borough loaded would have it (tests, relevance, bench). */
export function buildDirectoryBundle(services: ServiceRecord[], dataDir = DATA_DIR): DirectoryBundle {
  const { core, packs } = buildDirectoryPacks(services, dataDir);
  return mergeRegions(core, packs);
}
