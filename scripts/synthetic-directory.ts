// A synthetic directory many times the size of the real one, for benchmarks only (never
// shipped): deterministic, with names, needs and text drawn from the real vocabulary.
import type { AreaCode, Channel, Service } from '../src/directory/types.ts';
import { CHANNELS } from '../src/directory/types.ts';
import type { NeedVocabulary } from '../src/search/search-index.ts';

const NAME_WORDS = ['Harbour', 'Beacon', 'Haven', 'Lighthouse', 'Compass', 'Bridge', 'Anchor', 'Willow', 'Oak', 'Meadow', 'Riverside', 'Northgate', 'Southside', 'Eastfield', 'Westbrook', 'Hillcrest', 'Greenway', 'Stonebridge', 'Ashford', 'Kingsway'];
const KIND_WORDS = ['Womens Centre', 'Advice Line', 'Support Service', 'Project', 'Helpline', 'Outreach', 'Trust', 'Network', 'Advocacy Service', 'Family Centre'];

const LATIN_TEXT = /^[a-zA-Z0-9 ]+$/;

/** A small deterministic random number generator (mulberry32), so every run sees the same directory. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` synthetic services whose text uses the real needs vocabulary. */
export function syntheticServices(count: number, vocabulary: NeedVocabulary[], audiences: string[], areaCodes: readonly AreaCode[], seed = 42): Service[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], most: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(next() * most) }, () => pick(list)))];
  return Array.from({ length: count }, (_, index) => {
    const needs = some(vocabulary, 4);
    // Service text is published in English (translations are separate), as in the real directory.
    const phrases = needs.flatMap((need) => {
      const english = need.phrases.filter((phrase) => LATIN_TEXT.test(phrase));
      return [pick(english), pick(english)];
    });
    const areas: AreaCode[] = some(areaCodes, 2);
    const channels: Channel[] = some(CHANNELS, 3);
    const name = `${pick(NAME_WORDS)} ${pick(NAME_WORDS)} ${pick(KIND_WORDS)} ${index}`;
    return {
      id: `synthetic-${index}`,
      name,
      organization: { name: `${pick(NAME_WORDS)} ${pick(KIND_WORDS)}` },
      description: `Support with ${phrases.join(', ')}.`,
      url: 'https://example.org/',
      phones: [{ number: '020 7946 0000', type: 'voice', description: 'Helpline', dial: '+442079460000' }],
      open_24_7: next() < 0.1,
      schedules: [{ byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '17:00' }],
      eligibility_description: `People affected by ${phrases[0] ?? 'abuse'}.`,
      access: pick(['self-referral', 'professional-referral', 'both'] as const),
      needs: needs.map((need) => need.code),
      audiences: next() < 0.5 ? [] : some(audiences, 2),
      areas,
      channels,
      languages: some(['en', 'ar', 'es', 'pl', 'so', 'bn', 'ur', 'pt'], 3),
      safety_notes: ['Calls are free'],
      sources: [{ url: 'https://example.org/', kind: 'service-page', publisher: 'organisation' }],
      last_verified: '2026-11-01',
      review_by: '2027-05-01',
    };
  });
}
