import type { Vector } from './similarity.js';

/** How many of its heaviest terms index a document: names, places and rare words come first. */
export const INDEXED_TERMS = 12;
/**
 * A term among the heaviest of more documents than this pairs none of them: in a folder of
 * thousands of shootings, "shooting" heads hundreds of lists, and pairing all of those is the
 * square of the folder (3,000 articles: 460,000 pairs, most of them apart). Documents of one
 * story still meet through their names, places and rarer words. Folders of up to this many
 * articles are unaffected.
 */
export const MAX_TERM_DOCUMENTS = 100;

/** The terms a document is indexed by: its `perDocument` heaviest, ties by term. */
export function topTerms(v: Vector, perDocument = INDEXED_TERMS): string[] {
  return [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, perDocument).map(([t]) => t);
}

/**
 * Pairs of documents worth comparing: those that share one of their heaviest terms, or one of
 * the extra keys given (a named victim). An inverted index instead of all pairs, so a folder of
 * thousands of articles on many stories costs about as many comparisons as its stories' sizes.
 * Returned as [i, j] with i < j, sorted, so every run compares in the same order.
 */
export function candidatePairs(vectors: Vector[], extraKeys: string[][] = [], perDocument = INDEXED_TERMS): [number, number][] {
  const n = vectors.length;
  return [...candidateKeys(vectors.map((v) => topTerms(v, perDocument)), extraKeys)].map((k) => [Math.floor(k / n), k % n]);
}

/**
 * candidatePairs from each document's top terms (topTerms), as the numbers i × n + j in
 * ascending order (n: the number of documents): a typed array, not a million small arrays.
 */
export function candidateKeys(tops: string[][], extraKeys: string[][] = []): Float64Array {
  const postings = new Map<string, number[]>();
  tops.forEach((top, doc) => {
    for (const key of [...top, ...(extraKeys[doc] ?? []).map((k) => `\u0000${k}`)]) {
      const list = postings.get(key);
      if (!list) postings.set(key, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  });
  const n = tops.length;
  const seen = new Set<number>();
  for (const [key, docs] of postings) {
    // Named victims (extra keys) always pair: documents naming one victim are one story's.
    if (docs.length > MAX_TERM_DOCUMENTS && !key.startsWith('\u0000')) continue;
    for (let a = 0; a < docs.length; a++) for (let b = a + 1; b < docs.length; b++) seen.add(docs[a]! * n + docs[b]!);
  }
  // A typed array sorts its numbers in ascending order.
  return Float64Array.from(seen).sort();
}
