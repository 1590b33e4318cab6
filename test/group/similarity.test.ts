import { describe, expect, it } from 'vitest';
import { cosine, documentTerms, pairCosines, type Vector } from '../../src/group/similarity.js';
import { wordsOf } from '../../src/group/words.js';
import type { NormalizedDocument } from '../../src/types.js';

/** A seeded generator, so the vectors are the same every run. */
function generator(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function vectors(count: number, seed: number): Vector[] {
  const next = generator(seed);
  return Array.from({ length: count }, () => {
    const v: Vector = new Map();
    const size = Math.floor(next() * 30);
    for (let k = 0; k < size; k++) v.set(`w${Math.floor(next() * 60)}`, next());
    return v;
  });
}

describe('pairCosines', () => {
  it('gives cosine() bit for bit, in any order of pairs', () => {
    const vs = vectors(40, 7);
    const fast = pairCosines(vs);
    const next = generator(3);
    const pairs: [number, number][] = [];
    for (let i = 0; i < vs.length; i++) for (let j = i; j < vs.length; j++) pairs.push([i, j]);
    // Sorted by i (how grouping asks), then shuffled (how a later lookup may ask).
    const shuffled = [...pairs].sort(() => next() - 0.5);
    for (const [i, j] of [...pairs, ...shuffled]) expect(Object.is(fast(i, j), cosine(vs[i]!, vs[j]!))).toBe(true);
  });

  it('is 0 for vectors with no term in common, and for an empty vector', () => {
    const fast = pairCosines([new Map([['a', 1]]), new Map([['b', 1]]), new Map()]);
    expect(fast(0, 1)).toBe(0);
    expect(fast(0, 2)).toBe(0);
    expect(fast(1, 1)).toBe(1);
  });
});

describe('wordsOf', () => {
  it.each([
    ["The mayor's office and the city’s police", ['the', 'mayor', 'office', 'and', 'the', 'city', 'police']],
    ["Its bus's brakes: gas, yes'", ['its', 'bus', 'brakes', 'gas', 'yes\'']],
    ["O'Neil's long-time aide", ["o'neil", 'long-time', 'aide']],
  ])('%s', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });
});

describe('documentTerms', () => {
  const claim = (kind: string, name: string) => ({ kind, value: { name } });
  const doc = {
    title: 'Fire in Springfield',
    sentences: ['A fire in Springfield burned a warehouse.', 'Fire crews said John Doe escaped.', 'x', 'y', 'The warehouse in Springfield was empty.'].map((text) => ({ text })),
    claims: [claim('place', 'Springfield'), claim('person', 'John Doe'), claim('organization', 'Fire Crews')],
  } as unknown as NormalizedDocument;

  it('counts words (lead and title twice) and names; the topic leaves the place out, in the same order', () => {
    const { all, topic } = documentTerms(doc);
    expect([...all]).toEqual([
      ['fire', 6], ['springfield', 5], ['burned', 2], ['warehouse', 3], ['crews', 2], ['john', 2], ['doe', 2], ['escaped', 2], ['empty', 1],
      ['place:Springfield', 3], ['person:John Doe', 3],
    ]);
    expect([...topic]).toEqual([...all].filter(([t]) => t !== 'springfield' && t !== 'place:Springfield'));
  });
});
