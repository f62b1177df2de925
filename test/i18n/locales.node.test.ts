// Every locale is complete: every key of en.json, the plural forms its language needs, the
// placeholders intact, the emergency facts unchanged, and an honest review flag.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, readLocaleList } from '../../scripts/vite-plugin-locales.ts';

type Tree = { [key: string]: string | boolean | Tree };
const read = (code: string) => JSON.parse(readFileSync(join(LOCALES_DIR, `${code}.json`), 'utf8')) as Tree;
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Flattens nested keys to "a.b.c" → value. */
function flatten(tree: Tree, prefix = ''): Map<string, string | boolean> {
  const out = new Map<string, string | boolean>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'object') for (const [inner, leaf] of flatten(value, `${prefix}${key}.`)) out.set(inner, leaf);
    else out.set(`${prefix}${key}`, value);
  }
  return out;
}

const english = flatten(read('en'));
const baseKeys = new Set([...english.keys()].filter((key) => !key.startsWith('meta.')).map((key) => key.replace(PLURAL, '')));
const codes = readdirSync(LOCALES_DIR).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('locales', () => {
  it('has at least 20 languages, at least 3 of them right-to-left', () => {
    const list = readLocaleList();
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(list.filter((locale) => locale.dir === 'rtl').length).toBeGreaterThanOrEqual(3);
    expect(list[0]?.code).toBe('en');
  });

  describe.each(codes.filter((code) => code !== 'en'))('%s', (code) => {
    const strings = flatten(read(code));
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

    it('has every key of en.json and no others', () => {
      const keys = new Set([...strings.keys()].filter((key) => !key.startsWith('meta.')).map((key) => key.replace(PLURAL, '')));
      expect([...baseKeys].filter((key) => !keys.has(key))).toEqual([]);
      expect([...keys].filter((key) => !baseKeys.has(key))).toEqual([]);
    });

    it('gives each plural the forms its language needs (Intl.PluralRules)', () => {
      const plurals = [...english.keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, ''));
      for (const base of new Set(plurals)) {
        const forms = [...strings.keys()].filter((key) => key.startsWith(`${base}_`)).map((key) => key.slice(base.length + 1));
        for (const category of categories) expect(forms, `${base}_${category}`).toContain(category);
      }
    });

    it('keeps every placeholder of the English text', () => {
      for (const [key, value] of strings) {
        if (key.startsWith('meta.') || typeof value !== 'string') continue;
        const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
        if (typeof source !== 'string') continue;
        // A plural form may leave out {{count}} ("one service"), but never add or lose another.
        const wanted = placeholders(source).filter((name) => !(PLURAL.test(key) && name === 'count'));
        expect(placeholders(value).filter((name) => name !== 'count' || !PLURAL.test(key)), key).toEqual(wanted);
      }
    });

    it('keeps the emergency numbers exactly', () => {
      for (const key of ['emergency.line', 'emergency.call', 'safety.advice.emergency', 'safety.advice.deaf']) {
        const text = String(strings.get(key));
        for (const fact of (String(english.get(key)).match(/\b\d+\b/g) ?? [])) expect(text, key).toContain(fact);
      }
    });

    it('says honestly whether a native speaker has reviewed it', () => {
      expect(typeof strings.get('meta.reviewed')).toBe('boolean');
      expect(['ltr', 'rtl']).toContain(strings.get('meta.dir'));
      expect(String(strings.get('meta.name')).length).toBeGreaterThan(1);
    });
  });
});
