import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { normalise, tokenise } from '../../src/search/normalise.ts';

describe('normalise and tokenise', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalise('  Violência DOMÉSTICA!! ')).toBe('violencia domestica');
    // An apostrophe inside a word joins it, as people type it without one: "I'm" is "im".
    expect(tokenise("I'm scared")).toEqual(['im', 'scared']);
    expect(tokenise("mum's boyfriend")).toEqual(tokenise('mums boyfriend'));
  });

  it('unifies Arabic-script letter variants and the joined definite article', () => {
    expect(normalise('أسرة')).toBe(normalise('اسره'));
    expect(tokenise('الزواج القسري')).toEqual(tokenise('زواج قسري'));
    // Farsi yeh and kaf are the Arabic letters for search purposes.
    expect(normalise('کودک')).toBe(normalise('كودك'));
  });

  it('splits Chinese into two-character pieces so part of a phrase still matches', () => {
    expect(tokenise('家庭暴力')).toEqual(['家庭', '庭暴', '暴力']);
  });

  it('keeps the vowel signs of Indic scripts, which change the word', () => {
    // Gurmukhi "hits" and "man", Bengali "wife" and "seventeen": different words, kept apart.
    expect(normalise('ਮਾਰਦਾ')).not.toBe(normalise('ਮਰਦ'));
    expect(normalise('স্ত্রী')).not.toBe(normalise('সতেরো'));
    expect(tokenise('ਮੇਰਾ ਪਤੀ')).toEqual(['ਮੇਰਾ', 'ਪਤੀ']);
  });

  it('folds letters people type without their marks, in every script that drops them', () => {
    expect(normalise('KIZ SÜNNETİ')).toBe(normalise('kız sünneti'));
    expect(normalise('Łódź')).toBe('lodz');
    // The Ukrainian apostrophe is a letter sign (U+02BC) or a quote mark: the same word either way.
    expect(normalise('бʼє')).toBe(normalise("б'є"));
    // Sorani typed on a Persian keyboard.
    expect(normalise('ژنەکەم')).toBe(normalise('ژنهكهم'));
  });

  it('reads digits in any script, and a number next to a word as two words', () => {
    expect(normalise('١٥ سنة')).toBe(normalise('15 سنة'));
    expect(normalise('۱۵')).toBe('15');
    expect(tokenise('15yo')).toEqual(['15', 'yo']);
  });

  it('keeps the Arabic article on a two-letter word, so Arabic "now" is not the Farsi and Urdu "that"', () => {
    expect(tokenise('الان')).not.toEqual(tokenise('آن'));
    expect(tokenise('الزواج')).toEqual(tokenise('زواج'));
  });

  it('gives single words, whose Fuse norm is 1 as the phone assumes when it rebuilds typo records', () => {
    for (const word of ['refuge', 'przemoc', 'عنف', '家庭', 'насилие']) {
      const [token] = tokenise(word);
      expect(Fuse.createIndex([], [token ?? '']).toJSON().records[0]).toMatchObject({ n: 1 });
    }
  });
});
