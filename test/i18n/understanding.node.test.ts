// The "Is this happening to me?" pages: one file per UI language, each with every page of
// data/taxonomy/topics.json complete, and each page's everyday words leading search to it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNDERSTANDING_DIR, buildDirectoryBundle, loadValidatedServices, readKnownCodes, readTopics } from '../../scripts/directory-source.ts';
import { readLocaleList } from '../../scripts/vite-plugin-locales.ts';
import { BANK_HOLIDAYS } from '../../src/hours/bank-holidays.ts';
import { DirectorySearch } from '../../src/search/search.ts';

type Page = { title: string; summary: string; what: string[]; signs: string[]; notYourFault: string; cues: string[] };
const read = (code: string) => JSON.parse(readFileSync(join(UNDERSTANDING_DIR, `${code}.json`), 'utf8')) as { meta: { translation: string }; topics: Record<string, Page> };
const topics = readTopics();
const english = read('en');
const bundle = buildDirectoryBundle(loadValidatedServices());
const engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
const context = { language: 'en', now: new Date('2026-12-01T11:00:00Z'), bankHolidays: BANK_HOLIDAYS };

describe('understanding pages', () => {
  it('has the eleven forms of abuse, each with known needs and a source', () => {
    const known = readKnownCodes().needs;
    expect(topics.map((topic) => topic.code)).toEqual(['coercive-control', 'economic-abuse', 'stalking', 'honour-based-abuse', 'forced-marriage', 'fgm', 'sexual-violence', 'online-abuse', 'elder-abuse', 'child-abuse', 'trafficking']);
    for (const topic of topics) {
      for (const need of topic.needs) expect(known.has(need), `${topic.code}: ${need}`).toBe(true);
      if (topic.for_need) expect(topic.needs).toContain(topic.for_need);
      expect(topic.sources.length, topic.code).toBeGreaterThan(0);
    }
  });

  it('has a file for every UI language and no others', () => {
    expect(readdirSync(UNDERSTANDING_DIR).map((file) => file.replace(/\.json$/, '')).sort()).toEqual(readLocaleList().map((locale) => locale.code).sort());
  });

  describe.each(readLocaleList().map((locale) => locale.code))('%s', (code) => {
    const pages = read(code);
    it('has every page, as long as the English one, with a short summary and everyday words', () => {
      expect(['original', 'machine', 'reviewed']).toContain(pages.meta.translation);
      expect(Object.keys(pages.topics)).toEqual(topics.map((topic) => topic.code));
      for (const topic of topics) {
        const page = pages.topics[topic.code];
        const source = english.topics[topic.code];
        expect(page?.title.length, topic.code).toBeGreaterThan(1);
        expect(page?.summary.length, topic.code).toBeLessThanOrEqual(160);
        expect(page?.what.length, topic.code).toBe(source?.what.length);
        expect(page?.signs.length, topic.code).toBe(source?.signs.length);
        expect(page?.notYourFault.length, topic.code).toBeGreaterThan(10);
        expect(page?.cues.length, topic.code).toBeGreaterThanOrEqual(8);
      }
    });

    it("leads search from each page's everyday words to that page", () => {
      const missed = topics.flatMap((topic) => (pages.topics[topic.code]?.cues ?? []).filter((cue) => engine.search({ query: cue, needs: [], filters: {}, limit: 1 }, context).topic !== topic.code).map((cue) => `${topic.code}: ${cue}`));
      expect(missed).toEqual([]);
    });
  });
});
