// Which precache entries a first visit must fetch before the app works offline, and which can
// follow. Pure (no worker globals), so Node tests check the split against a real build.
import { pickLanguage } from '../i18n/pick-language';

/** One file the build lists for the precache (vite-plugin-pwa's injected manifest). */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The two rounds of a first visit's download. */
export interface PrecachePlan {
  /** Everything a cold start offline needs in the device's language: installs only when all arrive. */
  first: string[];
  /** Other languages, the update code and the install icons: fetched after the app is ready offline. */
  rest: string[];
}

/** A language's strings and its "Is this happening to me?" pages are named `assets/locale-<code>-<hash>.js` and `assets/pages-<code>-<hash>.js` by the build (vite.config.ts). */
const LOCALE_CHUNK = /(?:^|\/)assets\/(?:locale|pages)-([a-z]{2,3})-[^/]+\.js$/;
/** Only needed online: the update prompt's library, and what an install prompt shows. */
const AFTER_OFFLINE_READY = [/(?:^|\/)assets\/workbox-window[^/]*\.js$/, /\.svg$/, /\.webmanifest$/];

/** The UI language a precache entry carries, if it is a locale or pages chunk. */
export function localeOf(url: string): string | undefined {
  return LOCALE_CHUNK.exec(url)?.[1];
}

/** Splits the precache: the shell, app code, directory and the device's language first. */
export function planPrecache(entries: readonly PrecacheEntry[], deviceLanguages: readonly string[]): PrecachePlan {
  const locales = entries.flatMap((entry) => localeOf(entry.url) ?? []);
  const language = pickLanguage(deviceLanguages, ['en', ...locales]);
  const plan: PrecachePlan = { first: [], rest: [] };
  for (const { url } of entries) {
    const locale = localeOf(url);
    const later = locale !== undefined ? locale !== language : AFTER_OFFLINE_READY.some((pattern) => pattern.test(url));
    (later ? plan.rest : plan.first).push(url);
  }
  return plan;
}

/** A short, stable name for one build's precache, so a new build gets a new cache. */
export function precacheVersion(entries: readonly PrecacheEntry[]): string {
  let hash = 5381;
  for (const { url, revision } of entries) {
    for (const character of `${url}\u0000${revision ?? ''}\u0001`) hash = ((hash * 33) ^ character.charCodeAt(0)) >>> 0;
  }
  return hash.toString(36);
}
