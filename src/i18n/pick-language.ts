// Which UI language to start in. Pure, so the page and the service worker (which precaches the
// device's language first) agree.

/** Picks the first supported language from the device's preferences, else English. */
export function pickLanguage(preferred: readonly string[], supported: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const base = lower.split('-')[0] ?? '';
    const match = supported.find((code) => code === lower) ?? supported.find((code) => code === base);
    if (match) return match;
  }
  return 'en';
}
