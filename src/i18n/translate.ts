// The translate function's shape, and a cache in front of i18next's lookup.
/** Translates a key of locales/<language>.json, with {{placeholders}} filled from `values`. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Remembers translations: i18next's lookup and interpolation cost far more than a map lookup,
 * and typing re-renders the same strings many times. One cache per language (per function).
 */
export function rememberTranslations(translate: (key: string, values?: Record<string, string | number>) => string): Translate {
  const cache = new Map<string, string>();
  return (key, values) => {
    const id = values ? `${key}\u0000${JSON.stringify(values)}` : key;
    let text = cache.get(id);
    if (text === undefined) {
      text = translate(key, values);
      cache.set(id, text);
    }
    return text;
  };
}
