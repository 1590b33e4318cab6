// Large lookup tables (tens of thousands of names) kept as one string and one typed array instead
// of a Set or Map of as many strings: the start-up snapshot (bin/snapshot.js) costs time by the
// number of objects its heap holds, not by their bytes, and a Set of 20,000 names is 20,000
// objects where this is three. A lookup hashes the key into an open-addressed table of indexes.

/**
 * A set of distinct strings, sorted (by UTF-16 code unit, as Array.prototype.sort does) and
 * joined into one string: each key has an index, 0 to size - 1, by which a table can keep values
 * for it in typed arrays (see PackedStrings for string values).
 */
export class PackedKeys {
  private readonly keys: PackedStrings;
  /**
   * Open addressing by hashOf: each slot holds a key's index + 1, or 0 when free. Two bytes a
   * slot where the indexes fit (under 65,535 keys, every table a run has): the snapshot keeps
   * the slots, and a table of 20,000 keys has 65,536.
   */
  private readonly slots: Int32Array | Uint16Array;
  readonly size: number;

  constructor(keys: Iterable<string>, parts?: PackedKeysParts) {
    if (parts) {
      this.size = parts.keys.starts.length - 1;
      this.keys = PackedStrings.fromParts(parts.keys);
      this.slots = parts.slots;
      return;
    }
    const sorted = [...new Set(keys)].sort();
    this.size = sorted.length;
    this.keys = new PackedStrings(sorted);
    // At most half full, so that a probe ends after a slot or two.
    let capacity = 8;
    while (capacity < sorted.length * 2) capacity *= 2;
    this.slots = sorted.length < 0xffff ? new Uint16Array(capacity) : new Int32Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < sorted.length; i++) {
      let slot = hashOf(sorted[i]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = i + 1;
    }
  }

  /** The index of a key, or -1 when it is not one. */
  indexOf(key: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) return -1;
      if (this.keys.isAt(held - 1, key)) return held - 1;
    }
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  /** The key of index i. */
  keyAt(i: number): string {
    return this.keys.at(i);
  }

  /** The table as plain data (one string, two typed arrays), for a worker thread to take as it is. */
  toParts(): PackedKeysParts {
    return { keys: this.keys.toParts(), slots: this.slots };
  }

  /** The table of toParts, made again without sorting or hashing a key. */
  static fromParts(parts: PackedKeysParts): PackedKeys {
    return new PackedKeys([], parts);
  }
}

/** A PackedKeys as plain data: what structuredClone and a worker's workerData carry. */
export interface PackedKeysParts { keys: PackedStringsParts; slots: Int32Array | Uint16Array }
export interface PackedStringsParts { text: string; starts: Int32Array; wide?: WideChars }

/**
 * The characters of a PackedStrings' text kept apart, where the text holds WIDE_MARK in their
 * place: V8 keeps a string one byte a character only when every character of it is Latin-1, and
 * a few names such as "Sālūt" made a whole table's text (up to 300,000 characters, in the
 * start-up snapshot) two bytes a character. `at` holds their positions in the text, ascending,
 * `codes` their UTF-16 code units; a WIDE_MARK of the strings themselves is kept there too.
 */
export interface WideChars { at: Int32Array; codes: Uint16Array }

/** What the text holds in place of a character kept apart: a control character, rare in a name. */
const WIDE_MARK = 0x01;
const WIDE_MARK_CHAR = String.fromCharCode(WIDE_MARK);

/** FNV-1a over a string's UTF-16 code units. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), 0x01000193);
  return hash >>> 0;
}

/** A list of strings (not sorted, repeats kept) as one string: the values of a PackedKeys table. */
export class PackedStrings {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly wide: WideChars | undefined;
  readonly length: number;

  constructor(values: readonly string[], parts?: PackedStringsParts) {
    if (parts) {
      this.length = parts.starts.length - 1;
      this.starts = parts.starts;
      this.text = flat(parts.text);
      this.wide = parts.wide;
      return;
    }
    this.length = values.length;
    this.starts = new Int32Array(values.length + 1);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      this.starts[i] = at;
      at += values[i]!.length;
    }
    this.starts[values.length] = at;
    const joined = values.join('');
    this.wide = /[^\x00-\xff]/.test(joined) ? wideChars(joined) : undefined;
    this.text = this.wide ? latin1Text(joined) : flat(joined);
  }

  toParts(): PackedStringsParts {
    return this.wide ? { text: this.text, starts: this.starts, wide: this.wide } : { text: this.text, starts: this.starts };
  }

  static fromParts(parts: PackedStringsParts): PackedStrings {
    return new PackedStrings([], parts);
  }

  at(i: number): string {
    const start = this.starts[i]!;
    const end = this.starts[i + 1]!;
    const held = this.text.slice(start, end);
    if (!this.wide || !held.includes(WIDE_MARK_CHAR)) return held;
    let w = firstAtOrAfter(this.wide.at, start);
    let text = '';
    let from = start;
    for (; w < this.wide.at.length && this.wide.at[w]! < end; w++) {
      text += this.text.slice(from, this.wide.at[w]) + String.fromCharCode(this.wide.codes[w]!);
      from = this.wide.at[w]! + 1;
    }
    return text + this.text.slice(from, end);
  }

  /** Whether string i is `value`, read in place. */
  isAt(i: number, value: string): boolean {
    const start = this.starts[i]!;
    if (this.starts[i + 1]! - start !== value.length) return false;
    for (let k = 0; k < value.length; k++) {
      let held = this.text.charCodeAt(start + k);
      if (held === WIDE_MARK && this.wide) held = this.wide.codes[firstAtOrAfter(this.wide.at, start + k)]!;
      if (held !== value.charCodeAt(k)) return false;
    }
    return true;
  }
}

/** The positions and code units of `text`'s characters beyond Latin-1, and of its WIDE_MARKs. */
function wideChars(text: string): WideChars {
  const at: number[] = [];
  const codes: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code > 0xff || code === WIDE_MARK) {
      at.push(k);
      codes.push(code);
    }
  }
  return { at: Int32Array.from(at), codes: Uint16Array.from(codes) };
}

/**
 * `text` with WIDE_MARK for each character beyond Latin-1, built from char codes: a string
 * made from a two-byte one by replace or slices stays two bytes a character in V8.
 */
function latin1Text(text: string): string {
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    bytes[k] = code > 0xff ? WIDE_MARK : code;
  }
  const chunks: string[] = [];
  for (let k = 0; k < bytes.length; k += 8192) chunks.push(String.fromCharCode(...bytes.subarray(k, k + 8192)));
  return flat(chunks.join(''));
}

/** The index of the first of the ascending `sorted` that is `value` or more (its length if none). */
function firstAtOrAfter(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A few distinct strings (country codes, region codes, tag lists) each kept once and named by
 * a small number, for a table to store the number in a typed array.
 */
export class Interned<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<T, number>();

  id(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    return id;
  }
}

/** The string as one flat sequence of characters (a join may leave a tree of pieces). */
function flat(text: string): string {
  // Reading a character makes V8 flatten the string it reads, once.
  if (text.length) text.charCodeAt(0);
  return text;
}
