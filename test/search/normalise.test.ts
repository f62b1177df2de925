import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { normalise, tokenise } from '../../src/search/normalise.ts';

describe('normalise and tokenise', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalise('  Violência DOMÉSTICA!! ')).toBe('violencia domestica');
    expect(tokenise("I'm scared")).toEqual(['i', 'm', 'scared']);
  });

  it('unifies Arabic-script letter variants and the joined definite article', () => {
    expect(normalise('أسرة')).toBe(normalise('اسره'));
    expect(tokenise('الزواج القسري')).toEqual(tokenise('زواج قسري'));
    // Farsi yeh and kaf are the Arabic letters for search purposes.
    expect(normalise('کودک')).toBe(normalise('كودك'));
  });

  it('splits Chinese into two-character pieces so part of a phrase still matches', () => {
    expect(tokenise('家庭暴力')).toEqual(['家庭暴力', '家庭', '庭暴', '暴力']);
  });

  it('gives single words, whose Fuse norm is 1 as the phone assumes when it rebuilds typo records', () => {
    for (const word of ['refuge', 'przemoc', 'عنف', '家庭', 'насилие']) {
      const [token] = tokenise(word);
      expect(Fuse.createIndex([], [token ?? '']).toJSON().records[0]).toMatchObject({ n: 1 });
    }
  });
});
