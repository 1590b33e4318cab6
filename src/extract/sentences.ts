import type { Sentence } from '../types.js';

// Abbreviations that end in a period without ending the sentence ("Maj. Gen. Pat Ryder").
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cpl sgt adm cmdr gov sen rep rev st sr jr mt ft ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd dept est approx ' +
    'u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a'
  ).split(' '),
);

/**
 * The per-document budget: no extractor ever sees a sentence longer than this many characters
 * or a word longer than MAX_TOKEN_CHARS. News sentences run to a few hundred characters; a
 * longer "sentence" is a scraped table, a run-on export or hostile input, and is cut into
 * pieces (with a warning) so that the work on it stays proportional to its length.
 */
export const MAX_SENTENCE_CHARS = 1000;
export const MAX_TOKEN_CHARS = 120;

// How far before a period the abbreviation check looks (the longest abbreviation is short).
const LOOKBACK = 24;

export interface SplitSentences {
  sentences: Sentence[];
  /** How many sentences were longer than the budget and were cut into pieces. */
  cut: number;
}

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0xfeff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Cuts [start, end) of `text` into pieces of at most MAX_SENTENCE_CHARS, at a space where
 * there is one, and with no run of non-space characters longer than MAX_TOKEN_CHARS.
 * Returns the cut points (empty when the sentence fits the budget).
 */
function cutPoints(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  let pieceStart = start;
  let lastSpace = -1;
  let runStart = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      lastSpace = i;
      runStart = i + 1;
      continue;
    }
    let cut = -1;
    if (i - runStart >= MAX_TOKEN_CHARS) cut = i;
    else if (i - pieceStart >= MAX_SENTENCE_CHARS) cut = lastSpace > pieceStart ? lastSpace : i;
    if (cut < 0) continue;
    // Never between the two halves of a surrogate pair.
    if (isLowSurrogate(text.charCodeAt(cut)) && cut > pieceStart + 1) cut--;
    cuts.push(cut);
    pieceStart = cut;
    runStart = isSpace(text.charCodeAt(cut)) ? cut + 1 : cut;
    lastSpace = -1;
  }
  return cuts;
}

/**
 * Splits the cleaned text into sentences. Line breaks always end a sentence (headlines,
 * bullets and captions carry no final period); inside a line, a period, question or
 * exclamation mark (with any closing quote) followed by space and a capital, digit or
 * opening quote ends one unless it closes a known abbreviation or a single initial.
 * A sentence over the budget is cut into pieces; `cut` counts them.
 */
export function splitSentencesBounded(clean: string): SplitSentences {
  const sentences: Sentence[] = [];
  let cut = 0;
  const add = (start: number, end: number) => {
    if (end > start) sentences.push({ start, end, text: clean.slice(start, end) });
  };
  const push = (start: number, end: number) => {
    while (start < end && isSpace(clean.charCodeAt(start))) start++;
    while (end > start && isSpace(clean.charCodeAt(end - 1))) end--;
    if (end <= start) return;
    const cuts = end - start > MAX_TOKEN_CHARS ? cutPoints(clean, start, end) : [];
    if (cuts.length) cut++;
    let from = start;
    for (const at of [...cuts, end]) {
      let a = from;
      let b = at;
      while (a < b && isSpace(clean.charCodeAt(a))) a++;
      while (b > a && isSpace(clean.charCodeAt(b - 1))) b--;
      add(a, b);
      from = at;
    }
  };
  let lineStart = 0;
  const lines = clean.split(/\r\n|\r|\n/);
  // Line endings may be \n, \r\n or a lone \r: find each line's real start in the text.
  for (const line of lines) {
    let start = lineStart;
    // The lookbehind makes each run of marks a single candidate: linear on "....".
    const boundary = /(?<![.!?])([.!?]+)(["”’')\]]*)(\s*)(?=["“‘(]?[A-Z0-9])/g;
    let m: RegExpExecArray | null;
    while ((m = boundary.exec(line))) {
      const before = line.slice(Math.max(0, m.index - LOOKBACK), m.index);
      const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      // No space: a sentence end only between a lower-case word and a capitalized one, as
      // scraped pages glue paragraphs ("in Indiana.Darnell Pruitt"); not "U.S.Capitol", "Mrs.Smith".
      if (!m[3] && !(/[a-z]{2}$/.test(before) && !ABBREVIATIONS.has(word) && /^[A-Z][a-z]/.test(line.slice(m.index + m[0].length, m.index + m[0].length + 2)))) continue;
      const isInitial = /(^|[\s(])[A-Z]$/.test(before);
      if (m[1] === '.' && !m[2] && (ABBREVIATIONS.has(word.replace(/\.$/, '')) || isInitial)) continue;
      const end = lineStart + m.index + m[1]!.length + m[2]!.length;
      push(start, end);
      start = end;
    }
    push(start, lineStart + line.length);
    lineStart += line.length;
    if (clean.charCodeAt(lineStart) === 13 && clean.charCodeAt(lineStart + 1) === 10) lineStart += 2;
    else lineStart += 1;
  }
  return { sentences, cut };
}

/** The sentences of a cleaned text (see splitSentencesBounded). */
export function splitSentences(clean: string): Sentence[] {
  return splitSentencesBounded(clean).sentences;
}

/** Index of the sentence holding `offset`, or -1. Sentences are sorted and disjoint. */
export function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
