// What every component may read without props: the words and labels of the language shown.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TaxonomyLabels } from './directory/types';
import type { Translate } from './i18n/translate';

/** The language shown: its translate function, its code, and the taxonomy labels once the directory has loaded. */
export interface Ui {
  t: Translate;
  language: string;
  labels: TaxonomyLabels | undefined;
}

/** Provided by the app shell; present mode provides its own for the other person's language. */
export const UiContext = createContext<Ui | null>(null);

/** The language shown. */
export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi() needs a UiContext provider (see app.tsx)');
  return ui;
}

/** The taxonomy labels, for screens that only render once the directory has loaded. */
export function useLabels(): TaxonomyLabels {
  const { labels } = useUi();
  if (!labels) throw new Error('useLabels() before the directory has loaded');
  return labels;
}

/** The translate function for the language shown. */
export function useT(): Translate {
  return useUi().t;
}
