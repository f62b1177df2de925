// Query understanding on the phone: words → vocabulary terms (exact, prefix or typo) → needs
// and service names. Uses only the prebuilt index; nothing is indexed here. Pure: no DOM.
import Fuse from 'fuse.js/basic';
import { tokenise } from './normalise';
import type { SearchIndex } from './search-index';

/** How well a query matched: per need code, and per service (by index) through its name. */
export interface QueryMatch {
  needs: Map<string, number>;
  names: Map<number, number>;
  /** The words say it is urgent ("now", "tonight"): open-now and 24/7 services come first. */
  urgent: boolean;
}

/** One typed word: the terms it matched (with quality) and how telling it is. */
interface QueryWord {
  terms: Map<number, number>;
  weight: number;
}

const PREFIX_QUALITY = 0.85;
/** Query coverage only counts when the matched words carry at least this much weight (not just "my"). */
const INFORMATIVE_WEIGHT = 3;
/** Matched words weighing this much together fully say what a need is (two telling words). */
const WELL_SAID_WEIGHT = 9;
/** Needs scoring below this share of the best-matched need are dropped as side matches. */
const NEED_SHARE_OF_BEST = 0.8;
const URGENT_NEED = 'help-now';
const TYPO_THRESHOLD = 0.34;
/** A phrase counts as meant when this share of its (weighted) words matched. */
const NEED_MATCH_FLOOR = 0.6;
const NAME_MATCH_FLOOR = 0.5;

/** Answers queries against one index; remembers typo lookups for the session (in memory only). */
export class QueryMatcher {
  private readonly termIds: Map<string, number>;
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly tokenCache = new Map<string, Map<number, number>>();

  private readonly maxWeight: number;

  constructor(private readonly index: SearchIndex) {
    this.termIds = new Map(index.terms.map((term, id) => [term, id]));
    this.maxWeight = Math.max(0, ...index.weights);
  }

  /** Needs and names the query points at, each with a score from 0 to 1. */
  match(query: string): QueryMatch {
    const words = [...new Set(tokenise(query))].map((token) => {
      const terms = this.matchToken(token);
      let weight = 0;
      for (const term of terms.keys()) weight = Math.max(weight, this.index.weights[term] ?? 0);
      // A word the index does not know weighs as much as the rarest word it does know.
      return { terms, weight: terms.size > 0 ? weight : this.maxWeight };
    });
    const termQuality = new Map<number, number>();
    for (const word of words) {
      for (const [term, quality] of word.terms) termQuality.set(term, Math.max(termQuality.get(term) ?? 0, quality));
    }
    return { ...this.scoreNeeds(words, termQuality), names: this.scoreNames(words, termQuality) };
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
      let best = 0;
      for (const term of terms) best = Math.max(best, word.terms.get(term) ?? 0);
      wordsMatched += word.weight * best;
    }
    // All the words typed, found inside a longer phrase: likely meant, less surely than a whole phrase.
    const ofQuery = wordsMatched >= INFORMATIVE_WEIGHT && wordsTotal > 0 ? (wordsMatched / wordsTotal) * (0.5 + 0.4 * ofTerms) : 0;
    return Math.max(ofTerms, ofQuery);
  }

  /** Terms a typed word stands for: itself, words it begins (while typing), or close spellings. */
  private matchToken(token: string): Map<number, number> {
    const cached = this.tokenCache.get(token);
    if (cached) return cached;
    const found = new Map<number, number>();
    const exact = this.termIds.get(token);
    if (exact !== undefined) found.set(exact, 1);
    const length = [...token].length;
    if (length >= 3) {
      const first = [...token][0] ?? '';
      const group = this.index.groups[first];
      if (group) {
        for (const id of group) {
          const term = this.index.terms[id] ?? '';
          if (id !== exact && term.startsWith(token)) found.set(id, PREFIX_QUALITY);
        }
        // Look for typos only when the word is neither known nor the start of a known word.
        if (length >= 4 && found.size === 0) {
          for (const result of this.fuse(first).search(token, { limit: 8 })) {
            const id = group[result.refIndex];
            const score = result.score ?? 1;
            if (id === undefined || score > TYPO_THRESHOLD || found.has(id)) continue;
            found.set(id, (1 - score) * 0.9);
          }
        }
      }
    }
    this.tokenCache.set(token, found);
    return found;
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
    return { needs, urgent };
  }

  private scoreNames(words: readonly QueryWord[], termQuality: Map<number, number>): Map<number, number> {
    const candidates = new Set<number>();
    for (const term of termQuality.keys()) for (const service of this.index.termServices[term] ?? []) candidates.add(service);
    const names = new Map<number, number>();
    for (const service of candidates) {
      const fields = this.index.nameTerms[service] ?? [];
      // Names count only when most of the name was typed: "domestic violence" is not a search
      // for the National Centre for Domestic Violence, "galop" is a search for Galop.
      const score = Math.max(...fields.map((terms) => this.coverage(terms, words, termQuality, false)));
      if (score >= NAME_MATCH_FLOOR) names.set(service, score);
    }
    return names;
  }
}
