import type { ExtractedDocument } from '../types.js';

/**
 * Records read back from the cache, a worker thread, a queue or an extraction file hold their own
 * copy of every string: each claim's sentence (its document's sentence again, once per claim in
 * it), its rule id and qualifiers (a few dozen distinct ones, repeated hundreds of thousands of
 * times at 10,000 articles). Grouping, comparison and the report keep all claims until the end,
 * so the copies are where much of a large run's memory goes. This points each at one string of
 * the same characters: nothing anyone reads changes, only how many copies are kept.
 */
export function shareStrings(docs: readonly ExtractedDocument[]): void {
  const pool = new Map<string, string>();
  const shared = (text: string): string => {
    const known = pool.get(text);
    if (known !== undefined) return known;
    pool.set(text, text);
    return text;
  };
  for (const doc of docs) {
    for (const claim of doc.claims) {
      const sentence = doc.sentences[claim.sentenceIndex]?.text;
      if (sentence !== undefined && sentence === claim.sentence) claim.sentence = sentence;
      claim.rule = shared(claim.rule);
      for (let i = 0; i < claim.qualifiers.length; i++) claim.qualifiers[i] = shared(claim.qualifiers[i]!);
    }
  }
}
