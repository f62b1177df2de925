import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TFunction } from 'i18next';

/** The current translate function; a new one is provided when the language changes. */
export const TContext = createContext<TFunction | null>(null);

/** The translate function for the current UI language. */
export function useT(): TFunction {
  const t = useContext(TContext);
  if (!t) throw new Error('useT() needs a TContext provider (see app.tsx)');
  return t;
}
