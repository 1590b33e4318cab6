import { describe, expect, it } from 'vitest';
import { PhraseIds } from '../../src/compare/phrase-ids.js';

/** The numbering a Map of phrase strings gives: the reference PhraseIds must match exactly. */
function byStrings(texts: string[][], length: number): number[][] {
  const ids = new Map<string, number>();
  return texts.map((words) => {
    const out: number[] = [];
    for (let i = 0; i + length <= words.length; i++) {
      const phrase = words.slice(i, i + length).join(' ');
      let id = ids.get(phrase);
      if (id === undefined) ids.set(phrase, (id = ids.size));
      out.push(id);
    }
    return out;
  });
}

function byPhraseIds(texts: string[][], length: number): number[][] {
  const ids = new PhraseIds(length);
  const wordNumbers = new Map<string, number>();
  const numberOf = (word: string) => wordNumbers.get(word) ?? wordNumbers.set(word, wordNumbers.size).get(word)!;
  return texts.map((words) => {
    const numbers = Int32Array.from(words, numberOf);
    const out: number[] = [];
    for (let i = 0; i + length <= words.length; i++) out.push(ids.id(numbers, i));
    return out;
  });
}

describe('PhraseIds', () => {
  it.each([
    ['one phrase twice', [['a', 'b', 'c', 'a', 'b', 'c']], 3, [[0, 1, 2, 0]]],
    ['the same phrase in two texts', [['x', 'y', 'z'], ['w', 'x', 'y', 'z']], 3, [[0], [1, 0]]],
    ['the same words in another order are another phrase', [['a', 'b'], ['b', 'a']], 2, [[0], [1]]],
    ['a text shorter than a phrase has none', [['a', 'b']], 3, [[]]],
  ])('%s', (_, texts, length, expected) => {
    expect(byPhraseIds(texts, length)).toEqual(expected);
  });

  it('numbers tens of thousands of phrases as a Map of their strings does (through every growth of its tables)', () => {
    // Words from a small vocabulary, so phrases repeat within and across texts.
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 60;
    const texts = Array.from({ length: 300 }, () => Array.from({ length: 200 }, () => `w${next()}`));
    const expected = byStrings(texts, 5);
    expect(new Set(expected.flat()).size).toBeGreaterThan(20_000);
    expect(byPhraseIds(texts, 5)).toEqual(expected);
  });
});
