import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Translates a key of locales/<language>.json, with {{placeholders}} filled from `values`. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The current translate function; a new one is provided when the language changes. */
export const TContext = createContext<Translate | null>(null);

/** The translate function for the current UI language. */
export function useT(): Translate {
  const t = useContext(TContext);
  if (!t) throw new Error('useT() needs a TContext provider (see app.tsx)');
  return t;
}

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
