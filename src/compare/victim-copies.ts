import type { NormalizedClaim, NormalizedDocument } from '../types.js';
import { nameWords } from '../normalize/people.js';
import { shortFor } from './victims.js';

// One sentence in two sources (a wire story, a photo caption, a press release copied) with
// another name where a name stands: "walks from the home of Dana Pike, 2211 Birch Lane, where
// five people were killed" against "… the home of Lena Ortiz, 2211 Birch Lane, where …". The
// words around the name are the same; only the name differs, so one of the two is wrong.

/** Words of the sentence read each side of the name. */
const SIDE = 6;
/** Words around the name, both sides together, that must be the same: a few common words are no copy. */
const MIN_CONTEXT = 8;

const wordsOf = (text: string) => text.toLowerCase().replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
const nameOf = (c: NormalizedClaim) => (c.value as { name: string }).name;

/** The words around a person claim in its sentence, as one key; null when too few to tell a copy. */
function contextKey(claim: NormalizedClaim, doc: NormalizedDocument): string | null {
  const sentence = doc.sentences[claim.sentenceIndex];
  if (!sentence) return null;
  const before = wordsOf(sentence.text.slice(0, Math.max(0, claim.span.start - sentence.start))).slice(-SIDE);
  const after = wordsOf(sentence.text.slice(claim.span.end - sentence.start)).slice(0, SIDE);
  return before.length + after.length < MIN_CONTEXT ? null : `${before.join(' ')}|${after.join(' ')}`;
}

/**
 * Pairs of full names that two documents give at the same place of one copied sentence: neither
 * name a short form of the other. Each pair once, in the order of the documents given.
 */
export function copiedSentenceNames(docs: NormalizedDocument[]): [NormalizedClaim, NormalizedClaim][] {
  // Per context, each name once with the documents that give it there: a wire story in two
  // thousand papers is one name, not two thousand claims to pair.
  const byContext = new Map<string, Map<string, { claim: NormalizedClaim; documents: Set<string> }>>();
  for (const doc of docs) {
    for (const claim of doc.claims) {
      if (claim.kind !== 'person' || nameWords(nameOf(claim)).length < 2) continue;
      const key = contextKey(claim, doc);
      if (!key) continue;
      const names = byContext.get(key) ?? byContext.set(key, new Map()).get(key)!;
      const known = names.get(nameOf(claim));
      if (known) known.documents.add(claim.document);
      else names.set(nameOf(claim), { claim, documents: new Set([claim.document]) });
    }
  }
  const pairs: [NormalizedClaim, NormalizedClaim][] = [];
  for (const names of byContext.values()) {
    const given = [...names.values()];
    for (const [i, a] of given.entries()) {
      for (const b of given.slice(i + 1)) {
        const apart = [...a.documents].some((d) => [...b.documents].some((e) => e !== d));
        if (apart && !shortFor(nameOf(a.claim), nameOf(b.claim))) pairs.push([a.claim, b.claim]);
      }
    }
  }
  return pairs;
}
