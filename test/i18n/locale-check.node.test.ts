// The mechanical mistakes the language reviews looked for, caught in every locale on every run:
// English left untranslated, one feature under two names, and figures where the language writes
// words. What each locale is held to is in locales/reviews/glossary.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../scripts/vite-plugin-locales.ts';

type Tree = { [key: string]: string | boolean | Tree };
interface Glossary {
  concepts: Record<string, Record<string, string[]>>;
  kept_in_english: string[];
  same_as_english: Record<string, string[]>;
  digits_as_words: string[];
}

const glossary = JSON.parse(readFileSync(join(LOCALES_DIR, 'reviews', 'glossary.json'), 'utf8')) as Glossary;
const read = (code: string) => JSON.parse(readFileSync(join(LOCALES_DIR, `${code}.json`), 'utf8')) as Tree;
function strings(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object') for (const [inner, leaf] of strings(value, `${prefix}${key}.`)) out.set(inner, leaf);
    else if (typeof value === 'string' && !`${prefix}${key}`.startsWith('meta.')) out.set(`${prefix}${key}`, value);
  }
  return out;
}
/** The text a reader sees: no {{placeholders}}. */
const shown = (text: string) => text.replace(/\{\{\s*\w+\s*\}\}/g, ' ');
const english = strings(read('en'));
const codes = readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.json') && file !== 'en.json').map((file) => file.replace(/\.json$/, ''));
const LATIN_SCRIPT = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\p{Z}]*$/u;
const keptInEnglish = new Set(glossary.kept_in_english.map((word) => word.toLowerCase()));
// Words that are English in any Latin-script locale; the commonest ones an untranslated string would carry.
const ENGLISH_ONLY = ['the', 'and', 'you', 'your', 'with', 'this', 'that', 'from', 'please', 'which'];
// The numbers a person must dial or press exactly as written, in every script.
const EMERGENCY_NUMBERS = new Set(['999', '55', '18000', '112', '101', '111', '116', '123']);

describe.each(codes)('locale check: %s', (code) => {
  const translated = strings(read(code));
  const latin = [...translated.values()].every((text) => LATIN_SCRIPT.test(shown(text)));

  it('leaves no English untranslated', () => {
    const allowed = new Set(glossary.same_as_english[code] ?? []);
    const left: string[] = [];
    for (const [key, text] of translated) {
      const words = shown(text).match(/[A-Za-z][A-Za-z.-]*[A-Za-z]|[A-Za-z]/g) ?? [];
      if (text === english.get(key) && words.length >= 2 && !allowed.has(key)) left.push(`${key}: same as English`);
      if (latin) {
        const found = words.filter((word) => ENGLISH_ONLY.includes(word.toLowerCase()));
        if (found.length > 0) left.push(`${key}: ${found.join(', ')}`);
      } else {
        const found = words.filter((word) => word.length >= 3 && !keptInEnglish.has(word.replace(/[.-]+$/, '').toLowerCase()));
        if (found.length > 0) left.push(`${key}: ${found.join(', ')}`);
      }
    }
    expect(left).toEqual([]);
  });

  it('calls each feature by one name wherever the English names it', () => {
    const mismatches: string[] = [];
    for (const [concept, forms] of Object.entries(glossary.concepts)) {
      const ours = forms[code];
      const theirs = forms['en'] ?? [];
      for (const [key, source] of english) {
        if (!theirs.some((term) => source.toLowerCase().includes(term))) continue;
        if (!ours) {
          mismatches.push(`${concept}: no term for ${code} (used in ${key})`);
          continue;
        }
        // A plural form the language does not use ("_one" in Chinese) is not there to check.
        if (!translated.has(key) && /_(zero|one|two|few|many)$/.test(key)) continue;
        const text = (translated.get(key) ?? '').toLowerCase();
        if (!ours.some((form) => text.includes(form.toLowerCase()))) mismatches.push(`${concept} in ${key}: «${translated.get(key)}» has none of ${ours.join(', ')}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  if (!glossary.digits_as_words.includes(code)) return;
  it('writes small numbers as words, keeping the emergency numbers and years as figures', () => {
    const figures: string[] = [];
    for (const [key, text] of translated) {
      for (const number of shown(text).match(/\d+/g) ?? []) {
        if (!EMERGENCY_NUMBERS.has(number) && !/^(19|20)\d\d$/.test(number)) figures.push(`${key}: ${number}`);
      }
    }
    expect(figures).toEqual([]);
  });
});
