// The UI language: switching loads its strings and keeps the screen, the search and the shortlist.
import { useCallback, useState } from 'preact/hooks';
import type { Translate } from '../i18n/translate';

/** The language shown and how to change it. */
export interface UiLanguage {
  t: Translate;
  language: string;
  choose: (code: string) => void;
}

/** Starts in `language` (already loaded) and loads others on request. */
export function useUiLanguage(t: Translate, language: string, loadLanguage: (code: string) => Promise<Translate>, onChanged?: (t: Translate, language: string) => void): UiLanguage {
  const [shown, setShown] = useState({ t, language });
  const choose = useCallback(
    (code: string) => {
      loadLanguage(code).then(
        (translate) => {
          setShown({ t: translate, language: code });
          onChanged?.(translate, code);
        },
        () => undefined,
      );
    },
    [loadLanguage, onChanged],
  );
  return { ...shown, choose };
}
