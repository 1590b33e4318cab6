import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../helpers/fixture-texts.js';
import { hasTwoLetters, tokenize, tokenizeLongWay } from '../../src/extract/mentions/tokens.js';

// tokenize reads a word of plain letters (with one closing mark) without its patterns: the tokens
// must be those the long way gives, on every line of the fixture articles and on the words
// nearest the shortcut's edges.

const sentence = (text: string, start = 7) => ({ start, end: start + text.length, text });

describe('tokenize', () => {
  it.each([
    ['Gen. Mr. Ms. St. Jr. Ft. Corp. Inc. A. M. U.S. U.S.-led Iran-backed al-Rifai'],
    ['CENTCOM, NATO. ISIS; ALL: Caps! Why? x y, I. ok: a: "Quoted" (Bracketed) ‘single’'],
    ['said. he said: Next - word – dash — rule Bowman,20, of Dayton: “Yes,” she said'],
    ['it’s Jones’s Jones\'s rock\'n\'roll e.g. i.e. etc. A.M. p.m. 9 a.m. 3rd 1,500 $5 &'],
    ['Émile Zoë ÆSIR naïve Straße İstanbul ǅemal Ǆ  two  spaces\ttab'],
  ])('gives the long way’s tokens for %j', (text) => {
    expect(tokenize(sentence(text))).toEqual(tokenizeLongWay(sentence(text)));
  });

  it('gives the long way’s tokens for every line of the fixture articles', () => {
    const lines = fixtureSentences().filter((t) => t.trim());
    expect(lines.length).toBeGreaterThan(1000);
    for (const text of lines) expect(tokenize(sentence(text, 100)), text).toEqual(tokenizeLongWay(sentence(text, 100)));
  });
});

describe('hasTwoLetters', () => {
  it('answers as /\\p{L}{2,}/u on every word of the fixture articles and at its edges', () => {
    const words = [
      ...fixtureSentences().flatMap((t) => t.split(/\s+/)),
      'a', 'ab', 'a1b', '@A', 'A[', '`a', 'a{b', 'Zz', 'Éa', 'aÉ', 'É', '1Ω', 'ΩΩ', 'a-b', "O'", '', '12', 'x.y', 'AB.',
    ];
    for (const word of words) expect(hasTwoLetters(word), word).toBe(/\p{L}{2,}/u.test(word));
  });
});
