import type { NormalizedDocument } from '../types.js';
import table from './news-idf.json' with { type: 'json' };
import { PackedKeys } from '../util/packed-keys.js';
import { wordsOf } from './words.js';

const STOP = new Set(
  ('the a an and or but of to in on at by for with from as is are was were be been being has have had it its this that these those ' +
    'he she they them his her their we our you your i not no said says say also after before over into about more than who which what ' +
    'when where while would could should will can may one two three new last first year years told according people police officials ' +
    'there been out up down other some any all just like time day days week monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mrs ms percent very most many much such only then them than him did do does during against because under between both each few').split(' '),
);

/** Weight of a person or place named by a claim, against a word's 1 (2 in the lead or title). */
const NAME_WEIGHT = 3;

/** A document's terms with and without its places (documentTerms). */
export interface DocumentTerms {
  all: Map<string, number>;
  /** Without the words of its place names and the place tokens. */
  topic: Map<string, number>;
}

/**
 * Content words of a document (no stop words), lead and title counted twice, people and places
 * as tokens; and the same without the words of its place names and the place tokens (`topic`):
 * what the story is about, whatever city it happened in. One pass over the words for both:
 * each map is given its terms in the order a pass of its own would give them, so the vectors
 * built from them sum in the same order.
 */
export function documentTerms(doc: NormalizedDocument): DocumentTerms {
  const all = new Map<string, number>();
  const topic = new Map<string, number>();
  const add = (terms: Map<string, number>, term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  const placeWords = new Set(doc.claims.filter((c) => c.kind === 'place').flatMap((c) => wordsOf((c.value as { name: string }).name)));
  const addWord = (word: string, weight: number) => {
    if (STOP.has(word)) return;
    add(all, word, weight);
    if (!placeWords.has(word)) add(topic, word, weight);
  };
  const lead = doc.sentences.slice(0, 4);
  for (const s of doc.sentences) {
    const weight = lead.includes(s) ? 2 : 1;
    for (const word of wordsOf(s.text)) addWord(word, weight);
  }
  if (doc.title) for (const word of wordsOf(doc.title)) addWord(word, 2);
  // Organizations stay out: a company, an agency or a sea the extractor takes for an organization,
  // named by both of two different events, would count as much as a victim's name (measured on
  // the dev ECB+ topics: B3 0.924 with them, 0.961 without).
  for (const c of doc.claims) {
    if (c.kind === 'person' || c.kind === 'place') add(all, `${c.kind}:${(c.value as { name: string }).name}`, NAME_WEIGHT);
    if (c.kind === 'person') add(topic, `${c.kind}:${(c.value as { name: string }).name}`, NAME_WEIGHT);
  }
  return { all, topic };
}

/** The table's words packed (util/packed-keys.ts), for the start-up snapshot's heap: two objects, not 20,000 strings. */
let tableCounts: { words: PackedKeys; counts: Int32Array } | null = null;

/** In how many texts of the shipped corpus a word occurs (scripts/build-idf.mjs); null when the table leaves it out. */
function tableCount(word: string): number | null {
  if (!tableCounts) {
    // A word listed under two counts has the last (the highest).
    const counts = new Map<string, number>();
    for (const [count, words] of Object.entries(table.words)) for (const w of words.split(' ')) counts.set(w, Number(count));
    const packed = new PackedKeys(counts.keys());
    const byIndex = new Int32Array(packed.size);
    for (const [w, count] of counts) byIndex[packed.indexOf(w)] = count;
    tableCounts = { words: packed, counts: byIndex };
  }
  const i = tableCounts.words.indexOf(word);
  return i < 0 ? null : tableCounts.counts[i]!;
}

/**
 * Share of general-English texts a term occurs in, from the table that ships with the tool.
 * A word the table leaves out occurred in fewer than `minCount` of its texts: it is taken as
 * rare. A name ("person:Abdul Rauf Khan", "place:Quetta") is as common as its words are on
 * average (geometric mean).
 */
export function tableShare(term: string): number {
  const colon = term.indexOf(':');
  if (colon > 0) {
    const words = wordsOf(term.slice(colon + 1));
    if (!words.length) return tableShare('');
    return Math.exp(words.reduce((sum, w) => sum + Math.log(tableShare(w)), 0) / words.length);
  }
  return (tableCount(term) ?? table.minCount - 1) / table.documents;
}

/**
 * Inverse document frequency from the general-English table that ships with the tool, never
 * from the folder: a word weighs the same in a folder of three articles as in an archive of
 * thousands, so one threshold means the same at every size. (TF-IDF over the folder made a
 * cricket report and a bombing story from one city look alike in a folder of four.)
 */
export function idf(term: string): number {
  let weight = idfs.get(term);
  if (weight === undefined) {
    weight = -Math.log(tableShare(term));
    // Bounded: a process that reads millions of distinct words must not keep them all.
    if (idfs.size >= 1_000_000) idfs.clear();
    idfs.set(term, weight);
  }
  return weight;
}

/** Terms already weighed: the documents of a folder share most of their words. */
const idfs = new Map<string, number>();

export type Vector = Map<string, number>;

/** A document's terms weighed by log term frequency × idf, L2-normalized. */
export function vectorOf(terms: Map<string, number>): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [t, tf] of terms) {
    const w = (1 + Math.log(tf)) * idf(t);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const [t, w] of small) sum += w * (large.get(t) ?? 0);
  return sum;
}

/**
 * Vectors kept as typed arrays over term numbers, added one at a time so that each document's
 * Map can go at once (at 10,000 articles, two Maps of a few hundred terms a document are a few
 * hundred megabytes; their packed form, a fifth of it). cosine(i, j) is cosine() of the vectors
 * added i-th and j-th, bit for bit: the smaller vector's terms in its order, the same products.
 * Pairs taken in order of i reuse i's spread-out weights.
 */
export class PackedVectors {
  private readonly ids = new Map<string, number>();
  private readonly packed: { terms: Int32Array; weights: Float64Array }[] = [];
  private left = new Float64Array(0);
  private right = new Float64Array(0);
  private spreadLeft = -1;

  get length(): number {
    return this.packed.length;
  }

  add(v: Vector): void {
    const terms = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [term, weight] of v) {
      let id = this.ids.get(term);
      if (id === undefined) this.ids.set(term, (id = this.ids.size));
      terms[k] = id;
      weights[k++] = weight;
    }
    this.packed.push({ terms, weights });
  }

  /** Once every vector is in: the terms' numbers are no longer needed, only the arrays. */
  done(): void {
    this.left = new Float64Array(this.ids.size);
    this.right = new Float64Array(this.ids.size);
    this.spreadLeft = -1;
    this.ids.clear();
  }

  readonly cosine = (i: number, j: number): number => {
    const [a, b] = [this.packed[i]!, this.packed[j]!];
    if (a.terms.length < b.terms.length) {
      spread(this.right, b, true);
      const sum = dot(a, this.right);
      spread(this.right, b, false);
      return sum;
    }
    if (this.spreadLeft !== i) {
      if (this.spreadLeft >= 0) spread(this.left, this.packed[this.spreadLeft]!, false);
      spread(this.left, a, true);
      this.spreadLeft = i;
    }
    return dot(b, this.left);
  };
}

type Packed = { terms: Int32Array; weights: Float64Array };

function spread(into: Float64Array, p: Packed, on: boolean): void {
  for (let k = 0; k < p.terms.length; k++) into[p.terms[k]!] = on ? p.weights[k]! : 0;
}

function dot(small: Packed, large: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < small.terms.length; k++) sum += small.weights[k]! * large[small.terms[k]!]!;
  return sum;
}

/** cosine(vectors[i], vectors[j]) for many pairs (PackedVectors over all of them). */
export function pairCosines(vectors: readonly Vector[]): (i: number, j: number) => number {
  const packed = new PackedVectors();
  for (const v of vectors) packed.add(v);
  packed.done();
  return packed.cosine;
}
