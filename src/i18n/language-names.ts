// Creating Intl.DisplayNames costs far more than using it: one per UI language, reused.
const displayNames = new Map<string, Intl.DisplayNames>();

/** A language code's name in the UI language ("pl" shown in English → "Polish"). */
export function languageName(code: string, uiLanguage: string): string {
  let names = displayNames.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
    displayNames.set(uiLanguage, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
