import { describe, expect, it } from 'vitest';
import { averageLink, type Pair } from '../../src/group/cluster.js';
import { candidatePairs, MAX_TERM_DOCUMENTS } from '../../src/group/candidates.js';

/** The plain all-pairs average link the running sums replace: the reference they must match. */
function reference(n: number, pairs: Pair[], threshold: number): number[][] {
  const sim = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const { i, j, sim: s } of pairs) [sim[i]![j], sim[j]![i]] = [s, s];
  const clusters = sim.map((_, i) => [i]);
  for (;;) {
    let [best, pa, pb] = [-1, 0, 0];
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        let total = 0;
        for (const i of clusters[a]!) for (const j of clusters[b]!) total += sim[i]![j]!;
        const avg = total / (clusters[a]!.length * clusters[b]!.length);
        if (avg > best) [best, pa, pb] = [avg, a, b];
      }
    }
    if (clusters.length < 2 || best < threshold) return clusters;
    clusters[pa] = [...clusters[pa]!, ...clusters[pb]!].sort((x, y) => x - y);
    clusters.splice(pb, 1);
  }
}

/** A small deterministic generator, so the random similarity tables are the same every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('average-link clustering with running sums', () => {
  it('merges the pair above the threshold and leaves the rest', () => {
    expect(averageLink(3, [{ i: 0, j: 2, sim: 0.5 }, { i: 0, j: 1, sim: 0.05 }], 0.1)).toEqual([[0, 2], [1]]);
  });

  it('takes the average over every member pair: one strong link is not enough for a large cluster', () => {
    const pairs = [
      { i: 0, j: 1, sim: 0.9 },
      { i: 0, j: 2, sim: 0.9 },
      { i: 1, j: 2, sim: 0.9 },
      { i: 2, j: 3, sim: 0.6 },
    ];
    expect(averageLink(4, pairs, 0.3)).toEqual([[0, 1, 2], [3]]);
    expect(averageLink(4, pairs, 0.15)).toEqual([[0, 1, 2, 3]]);
  });

  it('gives the same clusters as all-pairs average link on random sparse similarities', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const n = 3 + Math.floor(next() * 14);
      const pairs: Pair[] = [];
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (next() < 0.4) pairs.push({ i, j, sim: Math.round(next() * 1000) / 1000 });
      const threshold = 0.1 + next() * 0.3;
      expect(averageLink(n, pairs, threshold), `seed ${seed}`).toEqual(reference(n, pairs, threshold));
    }
  });

  it('a merge the caller refuses is not made, and is offered again once either side has grown', () => {
    const pairs = [
      { i: 0, j: 1, sim: 0.9 },
      { i: 1, j: 2, sim: 0.8 },
      { i: 0, j: 2, sim: 0.8 },
    ];
    // Documents 0 and 1 may not meet alone; once 0 has taken 2 in, the event may take 1.
    const size = [1, 1, 1];
    const refuse = (a: number, b: number) => !(a === 0 && b === 1 && size[0] === 1);
    const grow = (kept: number, gone: number) => (size[kept]! += size[gone]!);
    expect(averageLink(3, pairs, 0.5, refuse, grow)).toEqual([[0, 1, 2]]);
    expect(averageLink(3, pairs, 0.5, () => false)).toEqual([[0], [1], [2]]);
  });
});

describe('candidate pairs from an inverted index', () => {
  it('pairs only documents that share one of their heaviest terms or an extra key', () => {
    const v = (...terms: [string, number][]) => new Map(terms);
    const vectors = [v(['quetta', 0.8], ['bomber', 0.6]), v(['bomber', 0.9], ['market', 0.4]), v(['wicket', 1]), v(['wicket', 0.5], ['century', 0.5])];
    expect(candidatePairs(vectors)).toEqual([[0, 1], [2, 3]]);
    expect(candidatePairs(vectors, [[], [], ['Abdul Rauf Khan'], ['Abdul Rauf Khan']])).toEqual([[0, 1], [2, 3]]);
    expect(candidatePairs(vectors, [['Abdul Rauf Khan'], [], ['Abdul Rauf Khan'], []])).toEqual([[0, 1], [0, 2], [2, 3]]);
  });

  it('a term heading more than MAX_TERM_DOCUMENTS lists pairs none of them; a named victim still pairs', () => {
    const many = MAX_TERM_DOCUMENTS + 1;
    const vectors = Array.from({ length: many }, (_, i) => new Map([['shooting', 0.9], [`own${i}`, 0.1]]));
    expect(candidatePairs(vectors)).toEqual([]);
    const victims = vectors.map((_, i) => (i < 3 ? ['Jane Roe'] : []));
    expect(candidatePairs(vectors, victims)).toEqual([[0, 1], [0, 2], [1, 2]]);
    // Up to the limit, every document heading a term pairs with every other.
    expect(candidatePairs(vectors.slice(0, MAX_TERM_DOCUMENTS)).length).toBe((MAX_TERM_DOCUMENTS * (MAX_TERM_DOCUMENTS - 1)) / 2);
  });

  it('indexes a document by its heaviest terms only', () => {
    const vectors = [new Map([['a', 0.9], ['rare', 0.1]]), new Map([['b', 0.9], ['rare', 0.1]])];
    expect(candidatePairs(vectors, [], 1)).toEqual([]);
    expect(candidatePairs(vectors, [], 2)).toEqual([[0, 1]]);
  });
});
