// The search index: built once at build time (scripts/), shipped as JSON in the directory
// chunk, and only read on the phone. Pure: no DOM.
import { isHan, normalise, tokenise, words } from './normalise.ts';

/** Everything the phone needs to answer a query without building anything. */
export interface SearchIndex {
  /** Every distinct word of the needs vocabulary and of service and organisation names. */
  terms: string[];
  /** How telling each term is (inverse document frequency over phrases and names). */
  weights: number[];
  /**
   * Term ids grouped by first character, for typo matching: a typo is looked for only among
   * words that start the same way. Every term is one normalised word, so its Fuse record is
   * just (term, norm 1) and the phone rebuilds it without processing any text.
   */
  groups: Record<string, number[]>;
  /** Need codes, in taxonomy order. */
  needs: string[];
  /** Every phrase of every need in every language, as term ids. */
  phrases: Array<{ need: number; terms: number[] }>;
  /** For each term, the phrases that contain it. */
  termPhrases: number[][];
  /** For each term, the services whose name or organisation contains it. */
  termServices: number[][];
  /** For each service, the term ids of its name, its organisation's name and its other name. */
  nameTerms: number[][][];
  /** For each need (as in `needs`), pairs of (service index, position of the need in its list). */
  needServices: number[][];
  /** What word sequences stand for: "audience:men", "self:female", "partner:male", "age:self", "age:marker", "number:15", "place:3". */
  tags: string[];
  /** Word sequences that say who is asking or where they are, as term ids in order, each with its tag. */
  sequences: Array<{ tag: number; terms: number[] }>;
  /** For a term that starts sequences (by term id), those sequences. */
  sequenceStarts: Record<number, number[]>;
  /** Han-script sequences, found inside the run of characters (Chinese is written without spaces). */
  hanSequences: Array<{ tag: number; text: string }>;
  /** Places people name, with the areas each stands for. */
  places: Array<{ name: string; areas: string[] }>;
  /** Postcode districts ("SW11", "W1K") and the areas they cover. */
  postcodes: Record<string, string[]>;
  /** Forms of abuse with their own page, and the needs whose services each lists (sequences tagged "topic:<code>" are their cues). */
  topics: Array<{ code: string; needs: string[]; for_need?: string }>;
  /** Term ids that count towards a need only beside another word of the same phrase (Urdu "پیر": a spiritual guide, and Monday). */
  contextOnly: number[];
}

/** Everything search understands: needs, who is asking (audiences, gender, age) and where (places). */
export interface SearchVocabulary {
  needs: NeedVocabulary[];
  stopwords: readonly string[];
  /** Phrases that say who is asking, by tag ("audience:lgbt", "self:male", "partner:female", "age:self", "age:marker"). */
  sequences: Array<{ tag: string; phrases: readonly string[] }>;
  /** Number words in every language ("fifteen", "quince"), for ages. */
  numberWords: Readonly<Record<string, number>>;
  places: ReadonlyArray<{ name: string; areas: readonly string[]; aliases?: readonly string[] }>;
  postcodes: Readonly<Record<string, readonly string[]>>;
  /** Forms of abuse with an "Is this happening to me?" page: their needs, and the everyday words that describe them in every language ("checks my phone"). */
  topics: ReadonlyArray<{ code: string; needs: readonly string[]; for_need?: string; cues: readonly string[] }>;
  /** Words that mean something else as often as the need: they count only with context. */
  ambiguous?: readonly string[];
}

/** A need's words in every language: labels and everyday phrases. */
export interface NeedVocabulary {
  code: string;
  phrases: string[];
}

/** What the index needs to know about a service. */
export interface IndexedService {
  name: string;
  alternate_name?: string;
  organization: { name: string };
  needs: readonly string[];
}

/** The weight of a stop word ("my", "help"): still matched, but it hardly counts. */
export const STOPWORD_WEIGHT = 0.3;

/** A vocabulary with needs only (benchmarks of the synthetic directory, tests). */
export function needsOnly(needs: NeedVocabulary[], stopwords: readonly string[] = []): SearchVocabulary {
  return { needs, stopwords, sequences: [], numberWords: {}, places: [], postcodes: {}, topics: [] };
}

/** The part of the index that does not depend on which services are loaded: built once, at build time. */
export interface VocabularyIndex extends Omit<SearchIndex, 'weights' | 'termServices' | 'nameTerms' | 'needServices'> {
  /** Term ids of stop words, weighed lightly whatever services are loaded. */
  stopTerms: number[];
}

/** A service as the index sees it: its needs and the normalised words of its names (worked out at build time). */
export interface NamedService {
  needs: readonly string[];
  /** For its name, its organisation's name and its other name, the words. */
  nameWords: string[][];
}

/** The normalised words of a service's names, once, at build time. */
export function nameWordsOf(service: IndexedService): string[][] {
  return [service.name, service.organization.name, ...(service.alternate_name ? [service.alternate_name] : [])].map((name) => [...new Set(tokenise(name))]);
}

/** Builds the index from the vocabulary and the services' names. Build time only. */
export function buildSearchIndex(vocabularyOrNeeds: SearchVocabulary | NeedVocabulary[], services: IndexedService[], stopwords: readonly string[] = []): SearchIndex {
  const vocab = Array.isArray(vocabularyOrNeeds) ? needsOnly(vocabularyOrNeeds, stopwords) : vocabularyOrNeeds;
  return indexServices(buildVocabularyIndex(vocab), services.map((service) => ({ needs: service.needs, nameWords: nameWordsOf(service) })));
}

/** The needs, who-is-asking and place vocabulary as term ids. Build time only. */
export function buildVocabularyIndex(vocab: SearchVocabulary): VocabularyIndex {
  const vocabulary = vocab.needs;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const termId = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
    }
    return id;
  };

  const phrases: SearchIndex['phrases'] = [];
  vocabulary.forEach((need, needIndex) => {
    const seen = new Set<string>();
    for (const phrase of need.phrases.flatMap(withSplitJoins)) {
      const ids = [...new Set(tokenise(phrase).map(termId))];
      const key = ids.join(',');
      if (ids.length === 0 || seen.has(key)) continue;
      seen.add(key);
      phrases.push({ need: needIndex, terms: ids });
    }
  });
  const sequenceIndex = buildSequences(vocab, termId);
  const termPhrases: number[][] = terms.map(() => []);
  phrases.forEach((phrase, phraseIndex) => phrase.terms.forEach((term) => termPhrases[term]?.push(phraseIndex)));
  const stopTerms = [...new Set(vocab.stopwords.flatMap((word) => tokenise(word)))].flatMap((term) => termIds.get(term) ?? []);
  const contextOnly = [...new Set((vocab.ambiguous ?? []).flatMap((word) => tokenise(word)))].flatMap((term) => termIds.get(term) ?? []);
  return { terms, groups: groupByFirst(terms, 0, {}), needs: vocabulary.map((need) => need.code), phrases, termPhrases, ...sequenceIndex, contextOnly, stopTerms };
}

/**
 * The whole index for the services loaded (those of the person's region, London-wide and
 * national): the vocabulary's terms plus the words of their names, and the weights over both.
 * Runs on the phone when a region is added, so it does no text processing: the words are given.
 */
export function indexServices(vocabulary: VocabularyIndex, services: readonly NamedService[]): SearchIndex {
  const terms = [...vocabulary.terms];
  const termIds = new Map(terms.map((term, id) => [term, id]));
  const termId = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.push(term) - 1;
      termIds.set(term, id);
    }
    return id;
  };
  const nameTerms = services.map((service) => service.nameWords.map((words) => words.map(termId)));
  const termPhrases = terms.map((_, id) => vocabulary.termPhrases[id] ?? []);
  const termServices: number[][] = terms.map(() => []);
  nameTerms.forEach((fields, serviceIndex) => new Set(fields.flat()).forEach((term) => termServices[term]?.push(serviceIndex)));

  // Inverse document frequency over phrases and names: "my" and "help" say little, "refuge" a lot.
  const documents = vocabulary.phrases.length + services.length;
  const ignored = new Set(vocabulary.stopTerms);
  const weights = terms.map((_, id) => {
    if (ignored.has(id)) return STOPWORD_WEIGHT;
    const frequency = (termPhrases[id]?.length ?? 0) + (termServices[id]?.length ?? 0);
    return Math.round(Math.log(1 + documents / (1 + frequency)) * 1000) / 1000;
  });
  const needServices = vocabulary.needs.map((code) =>
    services.flatMap((service, serviceIndex) => {
      const position = service.needs.indexOf(code);
      return position >= 0 ? [serviceIndex, position] : [];
    }),
  );
  const { stopTerms: _stopTerms, ...shared } = vocabulary;
  return { ...shared, terms, weights, groups: groupByFirst(terms, vocabulary.terms.length, vocabulary.groups), termPhrases, termServices, nameTerms, needServices };
}

/** Term ids grouped by first character: `base` as given, the terms from `from` on added to copies of its groups. */
function groupByFirst(terms: readonly string[], from: number, base: Readonly<Record<string, number[]>>): Record<string, number[]> {
  const groups: Record<string, number[]> = { ...base };
  const copied = new Set<string>();
  for (let id = from; id < terms.length; id += 1) {
    const first = [...(terms[id] ?? '')][0] ?? '';
    if (!copied.has(first)) {
      groups[first] = [...(groups[first] ?? [])];
      copied.add(first);
    }
    groups[first]?.push(id);
  }
  return groups;
}

/**
 * A phrase as written, and, where it has a zero-width non-joiner (Farsi "می‌زند"), also with a
 * space there: people type the word joined ("میزند", what normalise makes of the joiner) or
 * apart ("می زند"), and both must find it.
 */
function withSplitJoins(phrase: string): string[] {
  return phrase.includes('\u200C') ? [phrase, phrase.replace(/\u200C/g, ' ')] : [phrase];
}

/** Who and where: every sequence as term ids (Han ones as text), tagged; places and postcodes as given. */
function buildSequences(vocab: SearchVocabulary, termId: (term: string) => number) {
  const tags: string[] = [];
  const tagId = (tag: string) => {
    const at = tags.indexOf(tag);
    return at >= 0 ? at : tags.push(tag) - 1;
  };
  const sequences: SearchIndex['sequences'] = [];
  const hanSequences: SearchIndex['hanSequences'] = [];
  const seen = new Set<string>();
  const add = (tag: string, phrase: string) => {
    const sequence = words(phrase);
    if (sequence.length === 0) return;
    const key = `${tag}\u0000${sequence.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (sequence.every(isHan)) hanSequences.push({ tag: tagId(tag), text: sequence.join('') });
    else sequences.push({ tag: tagId(tag), terms: sequence.map(termId) });
  };
  for (const group of vocab.sequences) for (const phrase of group.phrases.flatMap(withSplitJoins)) add(group.tag, phrase);
  for (const [word, value] of Object.entries(vocab.numberWords)) add(`number:${value}`, word);
  for (const topic of vocab.topics) for (const cue of topic.cues.flatMap(withSplitJoins)) add(`topic:${topic.code}`, cue);
  const places = vocab.places.map((place) => ({ name: place.name, areas: [...place.areas] }));
  vocab.places.forEach((place, index) => {
    for (const name of [place.name, ...(place.aliases ?? [])]) {
      add(`place:${index}`, name);
      // "Earl's Court" is typed "earls court"; "Hammersmith & Fulham" as "hammersmith and fulham".
      const joined = name.replace(/['’]/g, '');
      if (joined !== name) add(`place:${index}`, joined);
      if (name.includes('&')) add(`place:${index}`, name.replace(/&/g, 'and'));
    }
  });
  const sequenceStarts: Record<number, number[]> = {};
  sequences.forEach((sequence, index) => {
    const first = sequence.terms[0];
    if (first !== undefined) (sequenceStarts[first] ??= []).push(index);
  });
  const postcodes = Object.fromEntries(Object.entries(vocab.postcodes).map(([district, areas]) => [normalise(district).replace(/ /g, ''), [...areas]]));
  const topics = vocab.topics.map((topic) => ({ code: topic.code, needs: [...topic.needs], ...(topic.for_need ? { for_need: topic.for_need } : {}) }));
  return { tags, sequences, sequenceStarts, hanSequences, places, postcodes, topics };
}
