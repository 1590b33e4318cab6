import type { Sentence } from '../types.js';

/**
 * The words of documents' texts as numbers, one per distinct word of the run: what wire-copy
 * detection (independence.ts) reads of a text. Read from each document's sentences alone, so
 * the run loop may read a document as soon as its extraction comes in, while the workers still
 * extract the others, instead of in the comparison after the last has come (check.ts). Which
 * number a word gets depends on the order documents are read in; what is found with them never
 * does: copy detection only asks whether two words are the same.
 */
export class TextWords {
  private readonly numbers = new Map<string, number>();
  private readonly read = new Map<string, Int32Array>();

  /** Reads a document's words, kept under its id until taken. */
  add(id: string, sentences: readonly Sentence[]): void {
    this.read.set(id, this.numbersOf(sentences));
  }

  /** The words of the document `id`, read when added, else now; either way given once. */
  take(id: string, sentences: readonly Sentence[]): Int32Array {
    const kept = this.read.get(id);
    if (!kept) return this.numbersOf(sentences);
    this.read.delete(id);
    return kept;
  }

  /** Lets the words of the document `id` go unread (a copy of a text read under another id). */
  forget(id: string): void {
    this.read.delete(id);
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
