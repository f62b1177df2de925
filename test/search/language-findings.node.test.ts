// Each search finding of the language reviews (locales/reviews/), as a query in its language:
// the needs it must show as chips (and must not), whether it reads as urgent, and a service
// that must be in the first three. Written from the reviews, not from the tuning.
import { describe, expect, it } from 'vitest';
import { buildDirectoryBundle, loadValidatedServices } from '../../scripts/directory-source.ts';
import { BANK_HOLIDAYS } from '../../src/hours/bank-holidays.ts';
import { QueryMatcher } from '../../src/search/query.ts';
import { DirectorySearch } from '../../src/search/search.ts';

const bundle = buildDirectoryBundle(loadValidatedServices());
const engine = new DirectorySearch(bundle.search, bundle.services, bundle.helpNow);
const matcher = new QueryMatcher(bundle.search);
const context = { language: 'en', now: new Date('2026-12-01T11:00:00Z'), bankHolidays: BANK_HOLIDAYS };

interface Finding {
  lang: string;
  /** What the review found. */
  why: string;
  query: string;
  needs?: string[];
  notNeeds?: string[];
  urgent?: boolean;
  top3?: string;
  /** The first need as sure as when the words are written plainly (a joined clitic or joiner costs nothing). */
  sure?: boolean;
}

const DOMESTIC = 'national-domestic-abuse-helpline';
const findings: Finding[] = [
  { lang: 'ar', why: 'the conjunction و joined to a word', query: 'وزوجي يضربني', needs: ['domestic-abuse'], top3: DOMESTIC, sure: true },
  { lang: 'ar', why: 'ف and ب joined to words', query: 'فزوجي يضربني بالبيت', needs: ['domestic-abuse'], top3: DOMESTIC, sure: true },
  { lang: 'ar', why: '«سنة» is "a year" as often as the sunna', query: 'زوجي يضربني منذ سنة', needs: ['domestic-abuse'], notNeeds: ['fgm'] },
  { lang: 'ur', why: '"I want help for my sister" showed mental-health lines', query: 'میں اپنی بہن کے لیے مدد چاہتی ہوں', notNeeds: ['mental-health', 'help-now'], urgent: false },
  { lang: 'ur', why: 'a bare «مدد» ("help") made any query urgent', query: 'مدد', notNeeds: ['help-now'], urgent: false },
  { lang: 'ur', why: '"legal help" found Help right now', query: 'قانونی مدد', needs: ['legal-advice'], notNeeds: ['help-now'], urgent: false },
  { lang: 'ur', why: '«پیر» is Monday as often as a spiritual guide', query: 'وہ مجھے پیر کو مارتا ہے', notNeeds: ['faith-based-abuse'] },
  { lang: 'ur', why: '«پیر» still means a spiritual guide beside another word of it', query: 'پیر صاحب نے تعویذ دیا', needs: ['faith-based-abuse'] },
  { lang: 'ur', why: '«عزت» is dignity as often as honour', query: 'عزت سے رہنا چاہتی ہوں', notNeeds: ['honour-based-abuse'] },
  { lang: 'fa', why: 'a bare «کمک» ("help")', query: 'کمک', notNeeds: ['help-now'], urgent: false },
  { lang: 'fa', why: '"legal help for a divorce" read as urgent', query: 'کمک حقوقی برای طلاق', needs: ['legal-advice'], urgent: false },
  { lang: 'fa', why: 'written with the zero-width non-joiner', query: 'شوهرم مرا می\u200cزند', needs: ['domestic-abuse'], top3: DOMESTIC },
  { lang: 'fa', why: 'written joined, without the non-joiner', query: 'شوهرم مرا میزند', needs: ['domestic-abuse'], top3: DOMESTIC, sure: true },
  { lang: 'fa', why: 'written apart, with a space', query: 'شوهرم مرا می زند', needs: ['domestic-abuse'], top3: DOMESTIC, sure: true },
  { lang: 'ti', why: 'a bare «ሓገዝ» ("help")', query: 'ሓገዝ', notNeeds: ['help-now'], urgent: false },
  { lang: 'ti', why: '"legal help" read as urgent', query: 'ሕጋዊ ሓገዝ', needs: ['legal-advice'], urgent: false },
  { lang: 'zh', why: '"legal help" found nothing', query: '法律帮助', needs: ['legal-advice'], urgent: false },
  { lang: 'zh', why: 'Chinese is written without spaces', query: '我老公打我', needs: ['domestic-abuse'], top3: DOMESTIC },
  { lang: 'so', why: 'the broader word communities use for domestic abuse', query: 'xadgudubka qoyska', needs: ['domestic-abuse'], top3: DOMESTIC },
  { lang: 'pl', why: '"I am afraid of my husband" found nothing', query: 'boję się męża', needs: ['domestic-abuse'], top3: DOMESTIC },
  { lang: 'pa', why: '"my husband hits me" in everyday Punjabi', query: 'ਘਰਵਾਲਾ ਮਾਰਦਾ', needs: ['domestic-abuse'], top3: DOMESTIC },
  { lang: 'bn', why: '"my husband hits me"', query: 'স্বামী আমাকে মারে', needs: ['domestic-abuse'], top3: DOMESTIC },
  { lang: 'ckb', why: '"my husband hits me", Sorani letters', query: 'مێردەکەم لێم دەدات', needs: ['domestic-abuse'], top3: DOMESTIC },
];

describe.each(findings.map((finding) => [finding.lang, finding.why, finding] as const))('%s: %s', (_lang, _why, finding) => {
  it(`"${finding.query}"`, () => {
    const result = engine.search({ query: finding.query, needs: [], filters: {}, limit: 3 }, context);
    const chips = result.needs.map((need) => need.code);
    for (const need of finding.needs ?? []) expect(chips, 'chips').toContain(need);
    if (finding.needs?.[0]) expect(chips[0]).toBe(finding.needs[0]);
    for (const need of finding.notNeeds ?? []) expect(chips, 'chips').not.toContain(need);
    if (finding.urgent !== undefined) expect(matcher.match(finding.query).urgent).toBe(finding.urgent);
    if (finding.top3) expect(result.results.map((ranked) => ranked.service.id)).toContain(finding.top3);
    if (finding.sure) expect(result.needs[0]?.score).toBeGreaterThanOrEqual(0.95);
  });
});
