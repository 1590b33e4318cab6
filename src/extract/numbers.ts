import { table } from '../util/table.js';
// Counts as news writes them, digits or words, with the bounds around them.

const UNITS: Record<string, number> = table({
  zero: 0, no: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  both: 2, couple: 2, pair: 2, dozen: 12,
});

/** Vague quantities as open intervals: "dozens" is at least 12, as ACLED codes it. */
const VAGUE: Record<string, [number, number | null]> = table({
  several: [3, null], 'a few': [2, null], few: [2, null], dozens: [12, null], scores: [20, null],
  hundreds: [100, null], thousands: [1000, null], 'a handful of': [2, 5], numerous: [3, null], multiple: [2, null],
});

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const LONGEST_FIRST = [...NUMBER_WORDS].sort((a, b) => b.length - a.length).join('|');
let wordGroups = 0;

/**
 * One number word, taken whole: the longest that starts here ("seventeen", never its "seven").
 * A lookahead and a back-reference make the choice final, which V8 compiles at a fifth of the
 * cost of a plain alternation (ten of which made a count pattern, every casualty rule holding
 * one or two, half a second of compiling per process). The matches are those of the plain
 * alternation: what follows a number word in a count pattern, and a count pattern in the rules,
 * is a space, a dash, "to", "and", "or" or a word's end, and a shorter word's rest ("teen", "ty",
 * "een", "y") begins with none of them, so a shorter word never led to a match.
 */
function numberWord(): string {
  const name = `countWord${wordGroups++}`;
  return `(?=(?<${name}>${LONGEST_FIRST}))\\k<${name}>`;
}

/** A single number; "W dozen" is tried with the word's other readings, in the same order as before. */
const simple = () =>
  `(?:\\d+ dozen|\\d{1,3}(?:,\\d{3})+|\\d+|${numberWord()}(?: dozen|(?:[- ]${numberWord()})?(?: hundred(?: and ${numberWord()}(?:[- ]${numberWord()})?)?)?)|(?:a|one) dozen|a couple of|a pair of|both)`;
const VAGUE_WORDS = '(?:several|a few|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|thousands(?: of)?|a handful of|numerous|multiple)';

const made: string[] = [];

/**
 * A count with optional bound words and ranges; its first group is the whole count phrase.
 * Each call names its groups afresh, as one pattern may hold two counts.
 */
export function countPattern(): string {
  const pattern = `((?:(?:at least|at most|no (?:fewer|more) than|more than|fewer than|less than|over|nearly|almost|about|around|approximately|roughly|some|up to|as many as|an estimated|a total of|a minimum of|just over|just under|well over)\\s+)?(?:between\\s+)?${simple()}(?:\\s*(?:-|–|to|and|or)\\s*${simple()})?|${VAGUE_WORDS})`;
  made.push(pattern);
  return pattern;
}

/** Every count pattern made so far (count-shape.ts finds them in the rules' patterns). */
export const madeCountPatterns = (): readonly string[] => made;

export interface Count {
  min: number;
  max: number | null;
  qualifiers: string[];
}

/** A single number: "1,500", "twenty-one", "a dozen", "two hundred". */
export function parseSimple(text: string): number | null {
  const t = text.toLowerCase().trim().replace(/^(a|one) dozen$/, 'dozen').replace(/^a (couple|pair) of$/, '$1');
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  for (const word of t.split(/[\s-]+/).filter((w) => w !== 'and')) {
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word in UNITS) current += UNITS[word]!;
    else return null;
  }
  total += current;
  return total;
}

const BOUNDS: [RegExp, string][] = [
  [/^(at least|no fewer than|a minimum of)\s+/, 'at least'],
  [/^(more than|over|just over|well over)\s+/, 'more than'],
  [/^(nearly|almost|just under)\s+/, 'nearly'],
  [/^(at most|no more than|up to|as many as)\s+/, 'up to'],
  [/^(fewer than|less than)\s+/, 'fewer than'],
  [/^(about|around|approximately|roughly|some|an estimated)\s+/, 'about'],
  [/^a total of\s+/, ''],
];

/**
 * Every word a count phrase can begin with: a number word, "hundred", "dozen", "and" (parseSimple
 * drops it), a vague quantity's, a bound's or "between". The readers of "who" try every phrase of a
 * subject's first words, nearly all of them no count: this set turns those away at one lookup.
 */
const FIRST_WORDS = new Set([
  ...Object.keys(UNITS), 'hundred', 'dozen', 'and', 'between',
  ...Object.keys(VAGUE).map((v) => v.split(' ')[0]!),
  ...BOUNDS.flatMap(([pattern]) => pattern.source.replace(/^\^\(?|\)?\\s\+$/g, '').split('|').map((b) => b.split(' ')[0]!)),
]);

/**
 * Whether parseCount can read a lowered, trimmed phrase: false when its first run of letters a–z
 * starts it and is no word of FIRST_WORDS. (A number word ends where the letters end: "-", "–",
 * "to", "and" and "or" split a range only after a non-letter, and parseSimple's words are whole.)
 */
export function mayBeCount(text: string): boolean {
  let end = 0;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c < 97 || c > 122) break;
    end++;
  }
  return end === 0 || FIRST_WORDS.has(end === text.length ? text : text.slice(0, end));
}

/** A count phrase → an interval: "at least seven" → 7..∞, "between 1,500 to 3,000" → 1500..3000. */
export function parseCount(phrase: string): Count | null {
  const text = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  return mayBeCount(text) ? readCount(text) : null;
}

/** parseCount of a lowered, trimmed phrase with single spaces, without the first-word check. */
export function readCount(lowered: string): Count | null {
  let text = lowered;
  const vague = VAGUE[text.replace(/ of$/, '')];
  if (vague) return { min: vague[0], max: vague[1], qualifiers: [text.replace(/ of$/, '')] };
  let bound = '';
  for (const [pattern, name] of BOUNDS) {
    if (pattern.test(text)) {
      bound = name;
      text = text.replace(pattern, '');
      break;
    }
  }
  text = text.replace(/^between\s+/, '');
  // "twenty-one" is one number; "three or four", "5-7" and "1,500 to 3,000" are ranges.
  const range = parseSimple(text) === null ? /^(.+?)\s*(?:-|–|\bto\b|\band\b|\bor\b)\s*(.+)$/.exec(text) : null;
  if (range) {
    const a = parseSimple(range[1]!);
    const b = parseSimple(range[2]!);
    if (a !== null && b !== null && b > a) return { min: a, max: b, qualifiers: bound ? [bound] : [] };
  }
  const n = parseSimple(text);
  if (n === null) return null;
  const q = bound ? [bound] : [];
  switch (bound) {
    case 'at least':
      return { min: n, max: null, qualifiers: q };
    case 'more than':
      return { min: n + 1, max: null, qualifiers: q };
    case 'nearly':
      return { min: Math.max(0, Math.floor(n * 0.8)), max: Math.max(0, n - 1), qualifiers: q };
    case 'up to':
      return { min: n > 0 ? 1 : 0, max: n, qualifiers: q };
    case 'fewer than':
      return { min: 0, max: Math.max(0, n - 1), qualifiers: q };
    // "about 2,500" keeps its figure; the qualifier says it is approximate.
    default:
      return { min: n, max: n, qualifiers: q };
  }
}
