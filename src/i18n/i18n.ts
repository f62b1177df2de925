// i18next set-up. No language detector plugin: its default caches the choice in localStorage
// and cookies (DESIGN.md §2 rule 2). The language is chosen in memory from the device's list.
import i18next from 'i18next';
import en from '../../locales/en.json';
import { rememberTranslations, type Translate } from './use-t';

/** UI languages with a locale file. */
export const SUPPORTED_LANGUAGES = ['en'] as const;

/** Picks the first supported language from the device's preferences, else English. */
export function pickLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    const match = SUPPORTED_LANGUAGES.find((code) => code === tag.toLowerCase() || code === base);
    if (match) return match;
  }
  return 'en';
}

/** Starts i18next synchronously with the bundled English strings. */
export function initI18n(language: string): Translate {
  void i18next.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return rememberTranslations((key, values) => i18next.t(key, values));
}

/** Translates the static parts of index.html (exit links, emergency line, exit announcements). */
export function translateStaticShell(t: Translate, root: Document = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((element) => {
    const key = element.dataset['i18n'];
    if (key) element.textContent = t(key);
  });
  const status = root.getElementById('exit-status');
  if (status) {
    status.dataset['two'] = t('exit.pressTwoMore');
    status.dataset['one'] = t('exit.pressOneMore');
    status.dataset['expired'] = t('exit.expired');
  }
  const html = root.documentElement;
  html.lang = i18next.language;
  html.dir = i18next.dir(i18next.language);
}

export { i18next };
