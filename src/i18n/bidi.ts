// Numbers, times, postcodes and codes inside right-to-left text, as plain text.

/** The text in a left-to-right isolate (U+2066 … U+2069), for copied text, aria labels and speech. */
export function ltrText(text: string): string {
  return `\u2066${text}\u2069`;
}
