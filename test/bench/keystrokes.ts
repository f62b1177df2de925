// What the benchmarks type: real queries, one keystroke at a time.

/** Queries typed letter by letter in the benchmarks (English, typos, plain speech, other languages). */
export const BENCH_QUERIES = [
  'he hits me',
  'somewhere to stay tonight',
  'refuje',
  'forsed marrige',
  'my boss has my passport',
  'violencia doméstica',
  'przemoc domowa',
  'عنف أسري',
  'samaritans',
  'he controls my money',
];

/** Every prefix of every query: what the search sees after each keystroke. */
export function keystrokes(queries: readonly string[] = BENCH_QUERIES): string[][] {
  return queries.map((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
}

/** The p-th percentile (0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
