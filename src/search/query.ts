// Query understanding on the phone: words → vocabulary terms (exact, prefix or typo) → needs
// and service names. Uses only the prebuilt index; nothing is indexed here. Pure: no DOM.
import Fuse from 'fuse.js/basic';
import { isHan, tokenise, words as wordsOf } from './normalise';
import { matchPerson, type PersonMatch } from './person';
import { STOPWORD_WEIGHT, type SearchIndex } from './search-index';

/** How well a query matched: per need code, and per service (by index) through its name. */
export interface QueryMatch {
  needs: Map<string, number>;
  names: Map<number, number>;
  /** The words say it is urgent ("now", "tonight"): open-now and 24/7 services come first. */
  urgent: boolean;
  /** Who is asking and where they are. */
  person: PersonMatch;
}

/** One typed word: the terms it matched (with quality) and how telling it is. */
interface QueryWord {
  terms: Map<number, number>;
  weight: number;
}

const PREFIX_QUALITY = 0.85;
/** و ف ب ل ك joined to an Arabic word of at least three more letters ("لل" is ل before the article, whose alef is dropped). */
const ARABIC_CLITIC = /^(?:[وف]?[بلك]|[وف])(\p{Script=Arabic}{3,})$/u;
/** A finished word may still stand for the same word with a short ending ("space" for "spaces", "nude" for "nudes"), never for a longer word ("مدد", help, is not "مددگار", helper). */
const INFLECTION = 2;
const INFLECTED_FROM = 4;
/** A word with two neighbouring letters swapped, as good as a close typo. */
const SWAP_QUALITY = 0.8;
/** Another ending of the same word: this share of the shorter word, and this many letters at least, alike from the start. */
const STEM_SHARE = 0.75;
const STEM_LENGTH = 5;
const STEM_QUALITY = 0.7;

/** How many characters two words share from the start. */
function commonPrefix(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i += 1;
  return i;
}
/** Query coverage only counts when the matched words carry at least this much weight (not just "my"). */
const INFORMATIVE_WEIGHT = 3;
/** Matched words weighing this much together fully say what a need is (two telling words). */
const WELL_SAID_WEIGHT = 9;
/** Needs scoring below this share of the best-matched need are dropped as side matches. */
const NEED_SHARE_OF_BEST = 0.6;
const URGENT_NEED = 'help-now';
const TYPO_THRESHOLD = 0.34;
/** A phrase counts as meant when this share of its (weighted) words matched. */
const NEED_MATCH_FLOOR = 0.5;
const NAME_MATCH_FLOOR = 0.5;
/** How much a name counts when every word of it is also a need word ("Refuge", "Safe Spaces"). */
const NEED_WORD_NAME_SHARE = 0.6;

/** Answers queries against one index; remembers typo lookups for the session (in memory only). */
export class QueryMatcher {
  private readonly termIds: Map<string, number>;
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly tokenCache = new Map<string, Map<number, number>>();

  private readonly maxWeight: number;
  private readonly contextOnly: ReadonlySet<number>;

  constructor(private readonly index: SearchIndex) {
    this.termIds = new Map(index.terms.map((term, id) => [term, id]));
    this.contextOnly = new Set(index.contextOnly);
    this.maxWeight = Math.max(0, ...index.weights);
  }

  /** Needs and names the query points at, each with a score from 0 to 1. */
  match(query: string): QueryMatch {
    const ordered = wordsOf(query);
    // Only the word still being typed may be the start of a longer one: "مدد" ("help") typed
    // in the middle of a sentence is that word, not "مددگار" ("helper").
    const typing = /[\p{L}\p{N}]$/u.test(query) ? ordered[ordered.length - 1] : undefined;
    const person = matchPerson(
      this.index,
      ordered,
      ordered.map((word, i) => this.matchToken(word, i === ordered.length - 1 && word === typing)),
      query,
      (term) => this.index.weights[term] === STOPWORD_WEIGHT,
    );
    // Words that said an age, a gender or a place are not words about a need.
    const consumed = new Set(ordered.filter((_, i) => person.consumed.has(i)));
    const free = new Set(ordered.filter((_, i) => !person.consumed.has(i)));
    const tokens = [...new Set(tokenise(query))].filter((token) => !consumed.has(token) || free.has(token));
    const words = tokens.map((token) => {
      const terms = this.matchToken(token, token === typing);
      let weight = 0;
      for (const term of terms.keys()) weight = Math.max(weight, this.index.weights[term] ?? 0);
      // A word the index does not know weighs as much as the rarest word it does know; a Han
      // piece it does not know is only where two words meet ("我丈夫": 我丈), and weighs nothing.
      return { terms, weight: terms.size > 0 ? weight : isHan(token) ? 0 : this.maxWeight };
    });
    const termQuality = new Map<number, number>();
    for (const word of words) {
      for (const [term, quality] of word.terms) termQuality.set(term, Math.max(termQuality.get(term) ?? 0, quality));
    }
    return { ...this.scoreNeeds(words, termQuality), names: this.scoreNames(words, termQuality), person };
  }

  /**
   * How much of a set of terms the query covers, two ways: the share of the set's words the query
   * matched, and the share of the query's words found in the set (so "fgm" finds a long label).
   */
  private coverage(terms: readonly number[], words: readonly QueryWord[], termQuality: Map<number, number>, queryInside = true): number {
    let matched = 0;
    let total = 0;
    for (const term of terms) {
      const weight = this.index.weights[term] ?? 0;
      total += weight;
      matched += weight * (termQuality.get(term) ?? 0);
    }
    const ofTerms = total > 0 ? matched / total : 0;
    if (!queryInside) return ofTerms;
    let wordsMatched = 0;
    let wordsTotal = 0;
    for (const word of words) {
      wordsTotal += word.weight;
      // A word counts in a phrase as much as the term it matched there: "مدد" ("help") is a light
      // word in "فوری مدد", however heavy the longer word it might begin.
      let best = 0;
      for (const term of terms) best = Math.max(best, (word.terms.get(term) ?? 0) * Math.min(word.weight, this.index.weights[term] ?? 0));
      wordsMatched += best;
    }
    // All the words typed, found inside a longer phrase: likely meant, less surely than a whole phrase.
    const ofQuery = wordsMatched >= INFORMATIVE_WEIGHT && wordsTotal > 0 ? (wordsMatched / wordsTotal) * (0.5 + 0.4 * ofTerms) : 0;
    return Math.max(ofTerms, ofQuery);
  }

  /** Terms a typed word stands for: itself, words it begins (only while it is being typed), or close spellings. */
  private matchToken(token: string, typing: boolean): Map<number, number> {
    const key = `${typing ? '+' : '='}${token}`;
    const cached = this.tokenCache.get(key);
    if (cached) return cached;
    const found = new Map<number, number>();
    const exact = this.termIds.get(token) ?? this.withoutClitic(token);
    if (exact !== undefined) found.set(exact, 1);
    const length = [...token].length;
    if (length >= 3) {
      const first = [...token][0] ?? '';
      const group = this.index.groups[first];
      if (group) {
        for (const id of group) {
          const term = this.index.terms[id] ?? '';
          if (id !== exact && term.startsWith(token) && (typing || (length >= INFLECTED_FROM && [...term].length - length <= INFLECTION))) found.set(id, PREFIX_QUALITY);
        }
        // Two letters swapped ("pron", "stlaking") is the commonest typo, and Fuse scores it badly.
        if (found.size === 0) {
          const letters = [...token];
          for (let i = 0; i + 1 < letters.length; i += 1) {
            const swapped = [...letters.slice(0, i), letters[i + 1], letters[i], ...letters.slice(i + 2)].join('');
            const id = this.termIds.get(swapped);
            if (id !== undefined) found.set(id, SWAP_QUALITY);
          }
        }
        // Another ending of the same word ("zgwałcił" for "zgwałcona", "persigue" for "persiguiendo"):
        // most of the word, and at least five letters, the same from the start.
        if (found.size === 0 && length >= STEM_LENGTH) {
          for (const id of group) {
            const term = this.index.terms[id] ?? '';
            const termLength = [...term].length;
            if (termLength < STEM_LENGTH) continue;
            const need = Math.max(STEM_LENGTH, Math.ceil(STEM_SHARE * Math.min(length, termLength)));
            if (commonPrefix(token, term) >= need) found.set(id, STEM_QUALITY);
          }
        }
        // Look for typos only when the word is neither known nor the start of a known word (another
        // ending is a weaker clue than a close spelling, so it does not stop the search).
        if (length >= 4 && [...found.values()].every((quality) => quality <= STEM_QUALITY)) {
          for (const result of this.fuse(first).search(token, { limit: 8 })) {
            const id = group[result.refIndex];
            const score = result.score ?? 1;
            if (id === undefined || score > TYPO_THRESHOLD || found.has(id)) continue;
            found.set(id, (1 - score) * 0.9);
          }
        }
      }
    }
    this.tokenCache.set(key, found);
    return found;
  }

  /**
   * An Arabic word with "and", "so", "with/by", "for" or "like" written joined to it, and maybe
   * the article after that ("وزوجي" "and my husband", "بالبيت" "at the house"): the word itself,
   * when the rest is a word search knows and the whole is not.
   */
  private withoutClitic(token: string): number | undefined {
    const rest = ARABIC_CLITIC.exec(token)?.[1];
    if (!rest) return undefined;
    return this.termIds.get(rest) ?? (rest.startsWith('ال') && [...rest].length >= 5 ? this.termIds.get(rest.slice(2)) : undefined);
  }

  private fuse(first: string): Fuse<string> {
    let fuse = this.fuses.get(first);
    if (!fuse) {
      const terms = (this.index.groups[first] ?? []).map((id) => this.index.terms[id] ?? '');
      // Each term is a single normalised word, whose Fuse norm is 1: the records are the terms.
      const records = terms.map((term, i) => ({ v: term, i, n: 1 }));
      fuse = new Fuse(terms, { includeScore: true, threshold: TYPO_THRESHOLD, ignoreLocation: true }, Fuse.parseIndex({ keys: [], records }));
      this.fuses.set(first, fuse);
    }
    return fuse;
  }

  private scoreNeeds(words: readonly QueryWord[], termQuality: Map<number, number>): { needs: Map<string, number>; urgent: boolean } {
    const phraseHits = new Set<number>();
    for (const term of termQuality.keys()) for (const phrase of this.index.termPhrases[term] ?? []) phraseHits.add(phrase);
    const needs = new Map<string, number>();
    let urgent = false;
    for (const phraseIndex of phraseHits) {
      const phrase = this.index.phrases[phraseIndex];
      const code = phrase ? this.index.needs[phrase.need] : undefined;
      if (!phrase || !code) continue;
      // A word that means something else as often ("پیر": a spiritual guide, or Monday) needs another word of its phrase beside it.
      if (phrase.terms.every((term) => !termQuality.has(term) || this.contextOnly.has(term))) continue;
      const coverage = this.coverage(phrase.terms, words, termQuality);
      if (coverage < NEED_MATCH_FLOOR) continue;
      // "tonight", "now": urgent even when another need is what the words are mostly about.
      if (code === URGENT_NEED) urgent = true;
      // How much the matched words say: "nudes shared" says more than "my ex".
      let said = 0;
      for (const term of phrase.terms) said += (this.index.weights[term] ?? 0) * (termQuality.get(term) ?? 0);
      const strength = coverage * Math.min(1, said / WELL_SAID_WEIGHT);
      if (strength > (needs.get(code) ?? 0)) needs.set(code, strength);
    }
    const best = Math.max(0, ...needs.values());
    for (const [code, score] of needs) if (score < best * NEED_SHARE_OF_BEST) needs.delete(code);
    // "Somewhere to stay tonight": "tonight" makes it urgent; it is not a second need.
    if ((needs.get(URGENT_NEED) ?? 0) < best) needs.delete(URGENT_NEED);
    return { needs, urgent };
  }

  private scoreNames(words: readonly QueryWord[], termQuality: Map<number, number>): Map<number, number> {
    const candidates = new Set<number>();
    for (const term of termQuality.keys()) for (const service of this.index.termServices[term] ?? []) candidates.add(service);
    const names = new Map<number, number>();
    for (const service of candidates) {
      const fields = this.index.nameTerms[service] ?? [];
      // Names count only when most of the name was typed: "domestic violence" is not a search
      // for the National Centre for Domestic Violence, "galop" is a search for Galop. A name made
      // only of words that also say a need ("Refuge") is as likely the need as the name.
      const score = Math.max(...fields.map((terms) => this.coverage(terms, words, termQuality, false) * (terms.every((term) => (this.index.termPhrases[term]?.length ?? 0) > 0) ? NEED_WORD_NAME_SHARE : 1)));
      if (score >= NAME_MATCH_FLOOR) names.set(service, score);
    }
    return names;
  }
}
