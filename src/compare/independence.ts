import type { NormalizedDocument } from '../types.js';

// Copies of one wire story (near-identical text under different outlets) are one source.
const SHINGLE = 5;
const COPY_THRESHOLD = 0.6;

function shingles(doc: NormalizedDocument): Set<string> {
  const words = doc.sentences.map((s) => s.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * document id → id of its source group: the group of the first earlier document it is a copy
 * of, else its own. Earlier documents are found through an index of their phrases (5 words),
 * not by comparing every pair, and an identical text is read once: its copies take its group.
 */
export function sourceGroups(docs: NormalizedDocument[]): Record<string, string> {
  const group: Record<string, string> = Object.create(null);
  const byText = new Map<string, string>();
  const indexed: { id: string; size: number }[] = [];
  const postings = new Map<string, number[]>();
  for (const doc of docs) {
    const text = `${doc.hash}\u0000${doc.published}`;
    const same = byText.get(text);
    if (same !== undefined) {
      // The same text gives the same phrases: the first earlier copy of one is the other's.
      group[doc.id] = group[same]!;
      continue;
    }
    byText.set(text, doc.id);
    const set = shingles(doc);
    group[doc.id] = doc.id;
    const shared = new Map<number, number>();
    for (const s of set) for (const j of postings.get(s) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    let first = -1;
    for (const [j, count] of shared) {
      // Containment of the smaller: a trimmed copy of a wire story is still the story.
      if ((first < 0 || j < first) && count / Math.min(set.size, indexed[j]!.size) >= COPY_THRESHOLD) first = j;
    }
    if (first >= 0) group[doc.id] = group[indexed[first]!.id]!;
    const me = indexed.push({ id: doc.id, size: set.size }) - 1;
    for (const s of set) {
      const list = postings.get(s);
      if (list) list.push(me);
      else postings.set(s, [me]);
    }
  }
  return group;
}

export function independentSources(documents: string[], groups: Record<string, string>): number {
  return new Set(documents.map((d) => groups[d] ?? d)).size;
}
