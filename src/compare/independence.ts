import type { NormalizedDocument } from '../types.js';
import { TextWords } from './text-words.js';

// Copies of one wire story (near-identical text under different outlets) are one source.
const COPY_THRESHOLD = 0.6;

/**
 * A phrase found in more earlier documents than this finds no candidates: it is the folder's
 * boilerplate ("share this story on facebook"), and walking its list for every document is
 * the square of the folder. It still counts in the overlap of the candidates other phrases find.
 */
const MAX_PHRASE_DOCUMENTS = 50;

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
 * For each phrase number, the documents (by index, as added) whose phrases include it: lists
 * linked through typed arrays, not an array per phrase (at 10,000 articles, millions of phrases,
 * most in one document: a few hundred MB of small arrays). A list is walked newest first.
 */
class Postings {
  /** Per phrase: its last entry + 1 (0: none), and its length. */
  private last = new Int32Array(1 << 12);
  private count = new Int32Array(1 << 12);
  /** Per entry: its document, and the entry before it in its phrase's list + 1 (0: none). */
  private doc = new Int32Array(1 << 12);
  private previous = new Int32Array(1 << 12);
  private entries = 0;

  length(phrase: number): number {
    return phrase < this.count.length ? this.count[phrase]! : 0;
  }

  forEach(phrase: number, visit: (doc: number) => void): void {
    if (phrase >= this.last.length) return;
    for (let e = this.last[phrase]!; e !== 0; e = this.previous[e - 1]!) visit(this.doc[e - 1]!);
  }

  add(phrase: number, doc: number): void {
    if (phrase >= this.last.length) {
      let size = this.last.length;
      while (size <= phrase) size *= 2;
      this.last = grown(this.last, size);
      this.count = grown(this.count, size);
    }
    if (this.entries >= this.doc.length) {
      this.doc = grown(this.doc, this.doc.length * 2);
      this.previous = grown(this.previous, this.previous.length * 2);
    }
    this.doc[this.entries] = doc;
    this.previous[this.entries] = this.last[phrase]!;
    this.last[phrase] = ++this.entries;
    this.count[phrase]!++;
  }
}

function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}

/**
 * document id → id of its source group: the group of the first earlier document it is a copy
 * of, else its own. Earlier documents are found through an index of their phrases (5 words),
 * not by comparing every pair, and an identical text is read once: its copies take its group.
 * `textWords`: the documents' words, some read already as their extractions came in.
 */
export function sourceGroups(docs: NormalizedDocument[], textWords = new TextWords()): Record<string, string> {
  const group: Record<string, string> = Object.create(null);
  const byText = new Map<string, string>();
  const indexed: { id: string; phrases: Int32Array }[] = [];
  const postings = new Postings();
  for (const doc of docs) {
    const text = `${doc.hash}\u0000${doc.published}`;
    const same = byText.get(text);
    if (same !== undefined) {
      // The same text gives the same phrases: the first earlier copy of one is the other's.
      group[doc.id] = group[same]!;
      textWords.forget(doc.id);
      continue;
    }
    byText.set(text, doc.id);
    // The document's 5-word phrases as numbers, sorted (text-words.ts).
    const phrases = textWords.take(doc.id, doc.sentences);
    group[doc.id] = doc.id;
    // Phrases in common with each earlier document, counted through the lists of the rarer
    // phrases; the common ones are counted only for a document that could reach the threshold.
    const counts = new Map<number, number>();
    let common = 0;
    const count = (j: number) => counts.set(j, (counts.get(j) ?? 0) + 1);
    for (const s of phrases) {
      const length = postings.length(s);
      if (!length) continue;
      if (length > MAX_PHRASE_DOCUMENTS) common++;
      else postings.forEach(s, count);
    }
    // The lowest earlier document the text is a copy of, whatever order the candidates come in:
    // one that qualifies replaces any higher one, and none above it is looked at again.
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
    for (const s of phrases) postings.add(s, me);
  }
  return group;
}

export function independentSources(documents: string[], groups: Record<string, string>): number {
  return new Set(documents.map((d) => groups[d] ?? d)).size;
}
