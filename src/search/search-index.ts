// The search index: built once at build time (scripts/), shipped as JSON in the directory
// chunk, and only read on the phone. Pure: no DOM.
import { tokenise } from './normalise.ts';

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
  /** For each service, the term ids of its name and of its organisation's name. */
  nameTerms: number[][][];
  /** For each need (as in `needs`), pairs of (service index, position of the need in its list). */
  needServices: number[][];
}

/** A need's words in every language: labels and everyday phrases. */
export interface NeedVocabulary {
  code: string;
  phrases: string[];
}

/** What the index needs to know about a service. */
export interface IndexedService {
  name: string;
  organization: { name: string };
  needs: readonly string[];
}

/** The weight of a stop word ("my", "help"): still matched, but it hardly counts. */
const STOPWORD_WEIGHT = 0.3;

/** Builds the index from the needs vocabulary and the services' names. Build time only. */
export function buildSearchIndex(vocabulary: NeedVocabulary[], services: IndexedService[], stopwords: readonly string[] = []): SearchIndex {
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
    for (const phrase of need.phrases) {
      const ids = [...new Set(tokenise(phrase).map(termId))];
      const key = ids.join(',');
      if (ids.length === 0 || seen.has(key)) continue;
      seen.add(key);
      phrases.push({ need: needIndex, terms: ids });
    }
  });

  const nameTerms = services.map((service) => [
    [...new Set(tokenise(service.name).map(termId))],
    [...new Set(tokenise(service.organization.name).map(termId))],
  ]);
  const serviceTerms = nameTerms.map(([name = [], organisation = []]) => [...new Set([...name, ...organisation])]);

  const termPhrases: number[][] = terms.map(() => []);
  phrases.forEach((phrase, phraseIndex) => phrase.terms.forEach((term) => termPhrases[term]?.push(phraseIndex)));
  const termServices: number[][] = terms.map(() => []);
  serviceTerms.forEach((ids, serviceIndex) => ids.forEach((term) => termServices[term]?.push(serviceIndex)));

  // Inverse document frequency over phrases and names: "my" and "help" say little, "refuge" a lot.
  const documents = phrases.length + services.length;
  const ignored = new Set(stopwords.flatMap((word) => tokenise(word)));
  const weights = terms.map((term, id) => {
    if (ignored.has(term)) return STOPWORD_WEIGHT;
    const frequency = (termPhrases[id]?.length ?? 0) + (termServices[id]?.length ?? 0);
    return Math.round(Math.log(1 + documents / (1 + frequency)) * 1000) / 1000;
  });

  const byFirst = new Map<string, number[]>();
  terms.forEach((term, id) => {
    const first = [...term][0] ?? '';
    const group = byFirst.get(first);
    if (group) group.push(id);
    else byFirst.set(first, [id]);
  });
  const groups: SearchIndex['groups'] = Object.fromEntries(byFirst);

  const needCodes = vocabulary.map((need) => need.code);
  const needServices = needCodes.map((code) =>
    services.flatMap((service, serviceIndex) => {
      const position = service.needs.indexOf(code);
      return position >= 0 ? [serviceIndex, position] : [];
    }),
  );
  return { terms, weights, groups, needs: needCodes, phrases, termPhrases, termServices, nameTerms, needServices };
}
