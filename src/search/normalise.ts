// Text normalisation shared by the build (indexing) and the phone (queries), so both sides
// agree on what a word is. Pure: no DOM.

// Letter variants people type interchangeably: in Arabic-script languages (Arabic, Farsi, Urdu,
// Sorani) hamza forms of alef, teh marbuta, alef maksura, Farsi yeh and kaf, and Sorani letters
// typed on a Persian or Arabic keyboard (ە ێ ۆ ڵ ڕ); Urdu's final ے stays (لڑکے "boys" is not
// لڑکی "girl"). Latin letters with no decomposition (ł, ı, ø…) are folded as accents are.
const LETTER_VARIANTS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ة': 'ه',
  'ى': 'ي',
  'ی': 'ي',
  'ک': 'ك',
  'ھ': 'ه',
  'ہ': 'ه',
  'ە': 'ه',
  'ێ': 'ي',
  'ۆ': 'و',
  'ڵ': 'ل',
  'ڕ': 'ر',
  'ł': 'l',
  'ı': 'i',
  'đ': 'd',
  'ø': 'o',
  'æ': 'ae',
  'œ': 'oe',
  'ß': 'ss',
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'g');
const HAN = /\p{Script=Han}/u;
// The Arabic definite article is written joined to its word: "الزواج" and "زواج" are one word.
// Not before a two-letter rest: "الان" ("now") must not become "ان", a Farsi and Urdu word.
const ARABIC_ARTICLE = /^ال(?=\p{Script=Arabic}{3,})/u;
// Accents and marks are dropped where people drop them (Latin, Greek, Cyrillic; Arabic short
// vowels), never the vowel signs of Indic scripts: without them ਮਾਰਦਾ "hits" would be ਮਰਦ "man".
const DROPPED_MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]\p{M}*)\p{M}|[\u064B-\u065F\u0670\u06D6-\u06ED]/gu;
// A zero-width non-joiner or joiner only shapes letters (Farsi "می‌زند"): the word is one word.
const JOINERS = /[\u200C\u200D]/g;
// An apostrophe inside a word joins it: "I'm" is "im", "mum's" "mums", Ukrainian "б'є" one word.
const INNER_APOSTROPHE = /(?<=\p{L})['\u2019\u02BC\u02BB`](?=\p{L})/gu;
// Digits people type in their own script (Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi):
// an age written "١٥" is the same age as "15".
const NATIVE_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F]/g;
const DIGIT_BLOCK_STARTS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66];

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  const start = DIGIT_BLOCK_STARTS.find((first) => code >= first && code <= first + 9) ?? code;
  return String(code - start);
}

/** Lower case, no accents or marks, unified letter variants and digits, words separated by single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DROPPED_MARKS, '')
    .toLowerCase()
    .replace(INNER_APOSTROPHE, '')
    .replace(JOINERS, '')
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(NATIVE_DIGITS, asciiDigit)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    // "15yo", "15岁": a number and the word after it are two words.
    .replace(/(\p{N})(?=\p{L})|(\p{L})(?=\p{N})/gu, '$1$2 ')
    .trim();
}

/** The words of a text in order, as search reads them (the Arabic article taken off). */
export function words(text: string): string[] {
  return normalise(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => word.replace(ARABIC_ARTICLE, ''));
}

/**
 * The searchable words of a text. Chinese is written without spaces, so a run of Han characters
 * is searched by its two-character pieces ("家庭暴力" → 家庭, 庭暴, 暴力): "我丈夫威胁我" then
 * shares 威胁 and 胁我 with "他威胁我", where the whole runs would share nothing.
 */
export function tokenise(text: string): string[] {
  const tokens: string[] = [];
  for (const word of words(text)) {
    if (HAN.test(word) && word.length > 2) {
      for (let i = 0; i < word.length - 1; i += 1) tokens.push(word.slice(i, i + 2));
    } else tokens.push(word);
  }
  return tokens;
}

/** True for a word written in Han characters, which is matched inside longer runs, not as a whole word. */
export function isHan(word: string): boolean {
  return HAN.test(word);
}
