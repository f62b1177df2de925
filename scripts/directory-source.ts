// Reads the directory's source files from data/ and validates them. Used by the Vite plugin,
// `npm run check:data` and the tests, so all three see exactly the same rules.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DirectoryValidationError, dialString, validateDirectory, type KnownCodes, type SourceFile } from '../src/directory/validate.ts';
import type { DirectoryBundle, ServiceRecord, TaxonomyLabels } from '../src/directory/types.ts';
import { buildSearchIndex, type NeedVocabulary } from '../src/search/search-index.ts';

/** The repository's data folder. */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

interface CodeList {
  [key: string]: Array<{ code: string; family?: 'happening' | 'need'; label: Record<string, string>; phrases?: Record<string, string[]> }>;
}

function readCodeList(dataDir: string, file: string, key: string) {
  return (JSON.parse(readFileSync(join(dataDir, 'taxonomy', file), 'utf8')) as CodeList)[key] ?? [];
}

/** Reads every data/services/*.json file, sorted by name so builds are reproducible. */
export function readServiceFiles(dataDir = DATA_DIR): SourceFile[] {
  const dir = join(dataDir, 'services');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: relative(process.cwd(), join(dir, name)), text: readFileSync(join(dir, name), 'utf8') }));
}

/** The need and audience codes defined in data/taxonomy. */
export function readKnownCodes(dataDir = DATA_DIR): KnownCodes {
  const codes = (file: string, key: string) => new Set(readCodeList(dataDir, file, key).map((entry) => entry.code));
  return { needs: codes('needs.json', 'needs'), audiences: codes('audiences.json', 'audiences') };
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

/** Stop words of every language, which the search index weighs lightly. */
export function readStopwords(dataDir = DATA_DIR): string[] {
  const file = JSON.parse(readFileSync(join(dataDir, 'taxonomy', 'stopwords.json'), 'utf8')) as { words: Record<string, string[]> };
  return Object.values(file.words).flat();
}

/** Validates the whole directory; throws DirectoryValidationError listing every problem. */
export function loadValidatedServices(dataDir = DATA_DIR, today = londonToday()): ServiceRecord[] {
  const { services, errors } = validateDirectory(readServiceFiles(dataDir), readKnownCodes(dataDir), today);
  if (errors.length > 0) throw new DirectoryValidationError(errors);
  return services;
}

/** The runtime bundle: validated services with dialable numbers worked out at build time. */
export function buildDirectoryBundle(
  services: ServiceRecord[],
  labels: Record<string, TaxonomyLabels> = readLabelsByLanguage(),
  vocabulary: NeedVocabulary[] = readNeedVocabulary(),
  stopwords: string[] = readStopwords(),
): DirectoryBundle {
  return {
    labels,
    search: buildSearchIndex(vocabulary, services, stopwords),
    services: services.map((service) => ({
      ...service,
      phones: service.phones.map((phone) => ({ ...phone, dial: dialString(phone.number) ?? '' })),
    })),
  };
}
