// Who is asking and where they are, from the words of a query: audiences ("gay", "visa",
// "teenager"), what the person says of themself and their partner ("I'm a man", "my boyfriend"),
// an age ("im 15", "16 year old", "十五岁"), and places (a borough, a neighbourhood, a station, a
// postcode district). Sequences are matched in order, word by word, so "a man followed me" is not
// "I'm a man". Pure: the index is built at build time (search-index.ts).
import type { SearchIndex } from './search-index';

/** What a query says about the person. */
export interface PersonMatch {
  /** Audiences the words state (each becomes a removable chip), with how surely (0–1). */
  audiences: Map<string, number>;
  /** Audiences the words suggest without stating them ("my girlfriend hits me": men, or LGBT+), with how strongly (0–1): raised, never a chip, never excluding. */
  suggested: Map<string, number>;
  /** The person's own gender, only when they say it ("I'm a man", "male victim"). */
  gender?: 'male' | 'female';
  /** The person's age, only when written as one. */
  age?: number;
  /** Audiences known only from the age (taking the age chip away takes them too). */
  fromAge: Set<string>;
  /** Places named, each with the areas it stands for. */
  places: Array<{ name: string; areas: string[] }>;
  /** Positions of the words that said an age, a gender or a place: they are not needs. */
  consumed: Set<number>;
  /** Forms of abuse the words describe in everyday terms ("he checks my phone": coercive control), with how surely (0–1). */
  topics: Map<string, number>;
}

/** A number opening a query reads as an age only up to this ("16 and pregnant"; "40 and…" is too unsure). */
const YOUNG_OPENING_AGE = 25;
/** Ages outside this range are not ages ("I'm 2 weeks late", "number 150"). */
const AGE_RANGE = [4, 110] as const;
/** Under this age a person is a child or young person; from OLDER_AGE, an older person. */
export const ADULT_AGE = 18;
const OLDER_AGE = 65;
/** Quality of a prefix match (query.ts): for sequences it counts only while the last word is still being typed. */
const PREFIX_QUALITY = 0.85;
/** A last word counts as the start of a longer one only if at least this much shorter ("refuge" is not "refugee" half-typed). */
const STILL_TYPING = 2;

/** A span of words standing for one tag. */
interface Span {
  start: number;
  end: number;
  tag: string;
  quality: number;
}

// Chinese ages: a number (digits or Han numerals) followed by 岁/歲.
const HAN_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_AGE = /(\d{1,3}|[一二两兩三四五六七八九十廿]{1,3})\s?(?:周岁|週歲|岁|歲)/u;

function hanNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  if (text === '廿') return 20;
  const tens = text.startsWith('廿') ? 2 : text.includes('十') ? (HAN_NUMERALS[text.split('十')[0] ?? ''] ?? 1) : 0;
  const units = HAN_NUMERALS[text.slice(-1)] ?? 0;
  return text.includes('十') || text.startsWith('廿') ? tens * 10 + (text.endsWith('十') ? 0 : units) : units || undefined;
}

/**
 * Finds the person and place in a query. `matched[i]` holds the term ids the i-th word stands
 * for (exact, prefix or typo), with quality; `isStopword` says whether a term weighs as a stop word.
 */
export function matchPerson(
  index: SearchIndex,
  words: readonly string[],
  matched: ReadonlyArray<ReadonlyMap<number, number>>,
  query: string,
  isStopword: (word: number) => boolean,
): PersonMatch {
  const text = words.join(' ');
  const spans: Span[] = [];
  // Exact words, typos of long words, and a prefix only for the last word while it is typed.
  const quality = (position: number, term: number): number | undefined => {
    const found = matched[position]?.get(term);
    if (found === undefined) return undefined;
    const typed = [...(words[position] ?? '')].length;
    if (found === PREFIX_QUALITY) {
      // Not for a word that is complete in itself: French "bat" is not "Battersea" half-typed.
      const complete = [...(matched[position]?.values() ?? [])].includes(1);
      return !complete && position === words.length - 1 && typed <= [...(index.terms[term] ?? '')].length - STILL_TYPING ? found : undefined;
    }
    // A typo counts only for a long word, and only as its closest match, not tied with a need word ("refuje" is "refuge", not "refugee").
    if (found < 1) {
      if (typed < 5) return undefined;
      for (const [other, otherQuality] of matched[position] ?? []) {
        if (other !== term && (otherQuality > found || (otherQuality === found && (index.termPhrases[other]?.length ?? 0) > 0))) return undefined;
      }
    }
    return found;
  };
  for (let start = 0; start < words.length; start += 1) {
    for (const term of matched[start]?.keys() ?? []) {
      const first = quality(start, term);
      if (first === undefined) continue;
      for (const id of index.sequenceStarts[term] ?? []) {
        const sequence = index.sequences[id];
        if (!sequence) continue;
        let total = first;
        let ok = true;
        for (let k = 1; k < sequence.terms.length && ok; k += 1) {
          const next = quality(start + k, sequence.terms[k] ?? -1);
          if (next === undefined) ok = false;
          else total += next;
        }
        if (ok) spans.push({ start, end: start + sequence.terms.length, tag: index.tags[sequence.tag] ?? '', quality: total / sequence.terms.length });
      }
    }
  }
  const hanText = text.replace(/ /g, '');
  for (const sequence of index.hanSequences) {
    if (hanText.includes(sequence.text)) spans.push({ start: -1, end: -1, tag: index.tags[sequence.tag] ?? '', quality: 1 });
  }

  const person: PersonMatch = { audiences: new Map(), suggested: new Map(), fromAge: new Set(), places: [], consumed: new Set(), topics: new Map() };
  const consume = (span: Span) => {
    for (let i = span.start; i < span.end; i += 1) person.consumed.add(i);
  };
  const tagged = (prefix: string) => spans.filter((span) => span.tag.startsWith(prefix));

  // Places: the longest name wins where two overlap ("Clapham Junction" over "Clapham").
  const placeSpans = longestFirst(tagged('place:'));
  for (const span of placeSpans) {
    const place = index.places[Number(span.tag.slice(6))];
    if (!place || person.places.some((known) => known.name === place.name)) continue;
    person.places.push({ name: place.name, areas: place.areas });
    consume(span);
  }
  // Postcodes read from what was typed: "SW11", "w6", "SW1A 2AA" (the district is the first half).
  for (const match of query.toLowerCase().matchAll(/(?:^|[^a-z0-9])([a-z]{1,2}\d{1,2}[a-z]?)(?:\s?\d[a-z]{2})?(?=$|[^a-z0-9])/g)) {
    const district = match[1] ?? '';
    const areas = index.postcodes[district] ?? index.postcodes[district.replace(/[a-z]$/, '')];
    if (areas && !person.places.some((known) => known.name === district.toUpperCase())) person.places.push({ name: district.toUpperCase(), areas });
  }

  const self = longestFirst(tagged('self:'))[0];
  if (self) {
    person.gender = self.tag === 'self:male' ? 'male' : 'female';
    consume(self);
  }
  const partner = longestFirst(tagged('partner:'))[0]?.tag;

  for (const span of tagged('audience:')) {
    const code = span.tag.slice(9);
    person.audiences.set(code, Math.max(person.audiences.get(code) ?? 0, span.quality));
  }
  if (person.audiences.has('men') && person.gender === undefined) person.gender = 'male';
  if (person.gender === 'female') person.audiences.delete('men');
  if (person.gender === 'male') person.audiences.set('men', 1);
  // A partner of the person's own gender, when they say both.
  if (partner && person.gender && partner === `partner:${person.gender}`) person.audiences.set('lgbt', Math.max(person.audiences.get('lgbt') ?? 0, 1));
  // A partner named and no gender said: "my girlfriend hits me" may be a man, or a woman with a
  // girlfriend; "my boyfriend" most often a woman, sometimes a gay man. Raise those; exclude nobody.
  if (partner === 'partner:female' && person.gender === undefined) {
    person.suggested.set('men', 1);
    person.suggested.set('lgbt', 1);
  } else if (partner === 'partner:male' && person.gender === undefined) {
    person.suggested.set('lgbt', 0.25);
  }

  // A situation in everyday words: its words still count as needs too.
  for (const span of tagged('topic:')) {
    const code = span.tag.slice(6);
    person.topics.set(code, Math.max(person.topics.get(code) ?? 0, span.quality));
  }

  const age = findAge(words, spans, text, isStopword, matched);
  if (age) {
    person.age = age.value;
    for (const i of age.words) person.consumed.add(i);
    const byAge = age.value < ADULT_AGE ? 'young-people' : age.value >= OLDER_AGE ? 'older-people' : undefined;
    if (byAge && !person.audiences.has(byAge)) person.fromAge.add(byAge);
    if (byAge) person.audiences.set(byAge, 1);
  }
  return person;
}

function longestFirst(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || b.quality - a.quality);
  const kept: Span[] = [];
  for (const span of sorted) {
    if (span.start >= 0 && kept.some((other) => other.start >= 0 && span.start < other.end && other.start < span.end)) continue;
    kept.push(span);
  }
  return kept;
}

/**
 * An age, only when the words say it is one: "im 15", "i am fifteen", "16 year old", "15yo",
 * "十五岁". A bare number after "I'm" counts only at the end or before a small word ("im 15 and…"),
 * so "I'm 5 months pregnant" is not an age.
 */
function findAge(words: readonly string[], spans: Span[], text: string, isStopword: (word: number) => boolean, matched: ReadonlyArray<ReadonlyMap<number, number>>): { value: number; words: number[] } | undefined {
  const numbers: Array<{ start: number; end: number; value: number }> = [];
  words.forEach((word, i) => {
    if (/^\d{1,3}$/.test(word)) numbers.push({ start: i, end: i + 1, value: Number(word) });
  });
  for (const span of spans) if (span.tag.startsWith('number:') && span.start >= 0) numbers.push({ start: span.start, end: span.end, value: Number(span.tag.slice(7)) });
  const inRange = (value: number) => value >= AGE_RANGE[0] && value <= AGE_RANGE[1];
  for (const number of numbers) {
    if (!inRange(number.value)) continue;
    const marker = spans.find((span) => span.tag === 'age:marker' && span.start === number.end);
    if (marker) return { value: number.value, words: range(number.start, marker.end) };
    const selfMarker = spans.find((span) => span.tag === 'age:self' && span.end === number.start);
    const after = number.end >= words.length || [...(matched[number.end] ?? new Map()).keys()].some(isStopword);
    if (selfMarker && after) return { value: number.value, words: range(selfMarker.start, number.end) };
    const markerBefore = spans.find((span) => span.tag === 'age:marker' && span.end === number.start);
    if (markerBefore && after) return { value: number.value, words: range(markerBefore.start, number.end) };
    // "16 and my boyfriend…", "15, my dad hits me": a young age opening the query, then a small word.
    if (number.start === 0 && number.end < words.length && after && number.value <= YOUNG_OPENING_AGE) return { value: number.value, words: range(0, number.end) };
  }
  const han = HAN_AGE.exec(text.replace(/ /g, ''));
  const value = han?.[1] ? hanNumber(han[1]) : undefined;
  if (value !== undefined && inRange(value)) return { value, words: [] };
  return undefined;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, i) => start + i);
}
