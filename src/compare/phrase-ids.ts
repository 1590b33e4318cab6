/**
 * Numbers for the word phrases of a run (wire-copy detection, independence.ts): the same phrase
 * always gets the same number, and numbers go 0, 1, 2… in the order phrases are first seen.
 * A phrase is kept as the numbers of its words in one typed array, found through an
 * open-addressing table of typed arrays: no string and no Map entry per phrase, which at
 * 10,000 articles are millions of objects for the garbage collector to walk and a few hundred
 * MB held until the source groups are known.
 */
export class PhraseIds {
  /** The words of phrase i at [i * length, (i + 1) * length). */
  private phraseWords: Int32Array;
  /** Phrase number + 1 in each slot; 0 is an empty slot. Its size is a power of two. */
  private table = new Int32Array(1 << 12);
  /** Phrases numbered so far. */
  size = 0;

  constructor(readonly length: number) {
    this.phraseWords = new Int32Array(length * 1024);
  }

  private hash(words: Int32Array, at: number): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < this.length; k++) {
      h = Math.imul(h ^ words[at + k]!, 0x01000193);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    return (h ^ (h >>> 13)) >>> 0;
  }

  private sameWords(id: number, words: Int32Array, at: number): boolean {
    const from = id * this.length;
    for (let k = 0; k < this.length; k++) if (this.phraseWords[from + k] !== words[at + k]) return false;
    return true;
  }

  /** The number of the phrase of `length` words starting at `words[at]`. */
  id(words: Int32Array, at: number): number {
    const mask = this.table.length - 1;
    for (let slot = this.hash(words, at) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry !== 0) {
        if (this.sameWords(entry - 1, words, at)) return entry - 1;
        continue;
      }
      const id = this.size++;
      if ((id + 1) * this.length > this.phraseWords.length) {
        const grown = new Int32Array(this.phraseWords.length * 2);
        grown.set(this.phraseWords);
        this.phraseWords = grown;
      }
      this.phraseWords.set(words.subarray(at, at + this.length), id * this.length);
      this.table[slot] = id + 1;
      // At most half full: probes stay short.
      if (this.size * 2 > this.table.length) this.grow();
      return id;
    }
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hash(this.phraseWords, id * this.length) & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = id + 1;
    }
    this.table = table;
  }
}
