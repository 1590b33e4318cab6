import type { Sentence } from '../types.js';
import { PhraseIds } from './phrase-ids.js';

/** Words a phrase of wire-copy detection (independence.ts). */
export const SHINGLE = 5;

/**
 * The 5-word phrases of documents' texts as numbers: what wire-copy detection (independence.ts)
 * reads of a text, each word and each phrase numbered once a run. Read from each document's
 * sentences alone, so the run loop may read a document as soon as its extraction comes in, while
 * the workers still extract the others, instead of in the comparison after the last has come
 * (check.ts). Which number a word or phrase gets depends on the order documents are read in;
 * what is found with them never does: copy detection only counts the phrases two texts share.
 */
export class TextWords {
  private readonly numbers = new Map<string, number>();
  private readonly ids = new PhraseIds(SHINGLE);
  private readonly read = new Map<string, Int32Array>();

  /** Reads a document's phrases, kept under its id until taken. */
  add(id: string, sentences: readonly Sentence[]): void {
    this.read.set(id, this.phrasesOf(sentences));
  }

  /** The distinct phrases of the document `id`, sorted: read when added, else now; either way given once. */
  take(id: string, sentences: readonly Sentence[]): Int32Array {
    const kept = this.read.get(id);
    if (!kept) return this.phrasesOf(sentences);
    this.read.delete(id);
    return kept;
  }

  /** Lets the phrases of the document `id` go unread (a copy of a text read under another id). */
  forget(id: string): void {
    this.read.delete(id);
  }

  private phrasesOf(sentences: readonly Sentence[]): Int32Array {
    const words = this.numbersOf(sentences);
    const count = Math.max(0, words.length - SHINGLE + 1);
    const out = new Int32Array(count);
    for (let i = 0; i < count; i++) out[i] = this.ids.id(words, i);
    out.sort();
    let distinct = 0;
    for (let i = 0; i < count; i++) if (i === 0 || out[i] !== out[distinct - 1]) out[distinct++] = out[i]!;
    return out.slice(0, distinct);
  }

  private numbersOf(sentences: readonly Sentence[]): Int32Array {
    const words = sentences.map((s) => s.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      let n = this.numbers.get(word);
      if (n === undefined) this.numbers.set(word, (n = this.numbers.size));
      out[i] = n;
    }
    return out;
  }
}
