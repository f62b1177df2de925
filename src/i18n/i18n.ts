// i18next set-up. No language detector plugin: its default caches the choice in localStorage
// and cookies (Safety rule 2, README). The language is chosen in memory from the device's list.
// English is in the first bundle; every other locale is its own precached chunk.
import i18next from 'i18next';
import locales from 'virtual:locales';
import en from '../../locales/en.json';
import { pickLanguage } from './pick-language';
import { rememberTranslations, type Translate } from './translate';

/** A UI language: code, its own name, direction, and whether a native speaker has reviewed it. */
export type LocaleInfo = (typeof locales)[number];

/** Every UI language, English first. */
export const LOCALES: readonly LocaleInfo[] = locales;

const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*.json', '!../../locales/en.json']);

/** Picks the first UI language the device prefers, else English. */
export function pickDeviceLanguage(preferred: readonly string[]): string {
  return pickLanguage(preferred, LOCALES.map((locale) => locale.code));
}

let started = false;

/** Starts i18next with the bundled English strings, synchronously. */
function start(): void {
  if (started) return;
  started = true;
  void i18next.init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** The translate function for English, available at once. */
export function initI18n(language = 'en'): Translate {
  start();
  return rememberTranslations((key, values) => i18next.t(key, { ...values, lng: language }));
}

/** Loads a language's strings (from the precache when offline) and returns its translate function. */
export async function loadLanguage(code: string): Promise<Translate> {
  start();
  if (code !== 'en' && !i18next.hasResourceBundle(code, 'translation')) {
    const load = loaders[`../../locales/${code}.json`];
    if (!load) throw new Error(`no locale file for "${code}"`);
    i18next.addResourceBundle(code, 'translation', (await load()).default);
  }
  return initI18n(code);
}

/** The direction a language is written in. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return LOCALES.find((locale) => locale.code === code)?.dir ?? 'ltr';
}

/** Translates the static parts of index.html and sets the page's language and direction. */
export function translateStaticShell(t: Translate, language: string, root: Document = document): void {
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
  root.documentElement.lang = language;
  root.documentElement.dir = directionOf(language);
}
