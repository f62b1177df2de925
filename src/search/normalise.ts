// Text normalisation shared by the build (indexing) and the phone (queries), so both sides
// agree on what a word is. Pure: no DOM.

// Letter variants people type interchangeably in Arabic-script languages (Arabic, Farsi, Urdu,
// Sorani): hamza forms of alef, teh marbuta, alef maksura, Farsi/Urdu yeh and kaf.
const LETTER_VARIANTS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ة': 'ه',
  'ى': 'ي',
  'ی': 'ي',
  'ے': 'ي',
  'ک': 'ك',
  'ھ': 'ه',
  'ہ': 'ه',
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'g');
const HAN = /\p{Script=Han}/u;
// The Arabic definite article is written joined to its word: "الزواج" and "زواج" are one word.
const ARABIC_ARTICLE = /^ال(?=\p{Script=Arabic}{2,})/u;

/** Lower case, no accents or marks, unified letter variants, words separated by single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The searchable words of a text. Chinese is written without spaces, so runs of Han characters
 * also give their two-character pieces ("家庭暴力" → 家庭, 庭暴, 暴力).
 */
export function tokenise(text: string): string[] {
  const words = normalise(text).split(' ').filter(Boolean);
  const tokens: string[] = [];
  for (const raw of words) {
    const word = raw.replace(ARABIC_ARTICLE, '');
    tokens.push(word);
    if (HAN.test(word) && word.length > 2) {
      for (let i = 0; i < word.length - 1; i += 1) tokens.push(word.slice(i, i + 2));
    }
  }
  return tokens;
}
