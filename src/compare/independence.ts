import type { NormalizedDocument } from '../types.js';
import { PhraseIds } from './phrase-ids.js';

// Copies of one wire story (near-identical text under different outlets) are one source.
const SHINGLE = 5;
const COPY_THRESHOLD = 0.6;

/**
 * A phrase found in more earlier documents than this finds no candidates: it is the folder's
 * boilerplate ("share this story on facebook"), and walking its list for every document is
 * the square of the folder. It still counts in the overlap of the candidates other phrases find.
 */
const MAX_PHRASE_DOCUMENTS = 50;

/** The document's 5-word phrases as numbers (one per distinct phrase in the run), sorted. */
function shingles(doc: NormalizedDocument, ids: PhraseIds): Int32Array {
  const words = ids.wordNumbers(doc.sentences.map((s) => s.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const count = Math.max(0, words.length - SHINGLE + 1);
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) out[i] = ids.id(words, i);
  out.sort();
  let distinct = 0;
  for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[distinct - 1]) out[distinct++] = out[i]!;
  return out.slice(0, distinct);
}

/** How many numbers two sorted lists share. */
function shared(a: Int32Array, b: Int32Array): number {
  let count = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      count++;
      i++;
      j++;
    }
  }
  return count;
}

/**
 * document id → id of its source group: the group of the first earlier document it is a copy
 * of, else its own. Earlier documents are found through an index of their phrases (5 words),
 * not by comparing every pair, and an identical text is read once: its copies take its group.
 */
export function sourceGroups(docs: NormalizedDocument[]): Record<string, string> {
  const group: Record<string, string> = Object.create(null);
  const byText = new Map<string, string>();
  const indexed: { id: string; phrases: Int32Array }[] = [];
  const postings: number[][] = [];
  const ids = new PhraseIds(SHINGLE);
  for (const doc of docs) {
    const text = `${doc.hash}\u0000${doc.published}`;
    const same = byText.get(text);
    if (same !== undefined) {
      // The same text gives the same phrases: the first earlier copy of one is the other's.
      group[doc.id] = group[same]!;
      continue;
    }
    byText.set(text, doc.id);
    const phrases = shingles(doc, ids);
    group[doc.id] = doc.id;
    // Phrases in common with each earlier document, counted through the lists of the rarer
    // phrases; the common ones are counted only for a document that could reach the threshold.
    const counts = new Map<number, number>();
    let common = 0;
    for (const s of phrases) {
      const list = postings[s];
      if (!list) continue;
      if (list.length > MAX_PHRASE_DOCUMENTS) common++;
      else for (const j of list) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    let first = -1;
    for (const [j, count] of counts) {
      if (first >= 0 && j > first) continue;
      const other = indexed[j]!.phrases;
      const smaller = Math.min(phrases.length, other.length);
      if (count + common < COPY_THRESHOLD * smaller - 1e-9) continue; // cannot reach it
      // Containment of the smaller: a trimmed copy of a wire story is still the story.
      if ((common ? shared(phrases, other) : count) / smaller >= COPY_THRESHOLD) first = j;
    }
    if (first >= 0) group[doc.id] = group[indexed[first]!.id]!;
    const me = indexed.push({ id: doc.id, phrases }) - 1;
    for (const s of phrases) (postings[s] ??= []).push(me);
  }
  return group;
}

export function independentSources(documents: string[], groups: Record<string, string>): number {
  return new Set(documents.map((d) => groups[d] ?? d)).size;
}
