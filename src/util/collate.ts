/**
 * The one text order of every report: English collation, whatever the user's locale. A bare
 * `localeCompare` follows LANG, so the same articles sorted differently on a Danish machine
 * ("aa" after "z") or a Lithuanian one ("y" before "j"). `localeCompare` with a locale, not an
 * `Intl.Collator` of our own: V8 keeps the collator it makes for that call in a cache it empties
 * before a start-up snapshot is taken, and it cannot snapshot a collator held by a variable.
 *
 * Making that collator costs some 10 ms, at the first comparison of every process, while a few
 * articles' run makes about ten comparisons. Strings of printable ASCII and six typographic
 * marks (most texts compared are claim kinds, dates and short English phrases) are therefore
 * compared here, as that collator does (test/util/collate.test.ts checks the two against each
 * other); any other string goes to `localeCompare`.
 */
export function compareText(a: string, b: string): number {
  const fast = compareKnown(a, b);
  return fast === undefined ? a.localeCompare(b, 'en-US') : fast;
}

/**
 * The characters compared here, in English (CLDR root) order, by primary weight: the characters
 * of one group share it and differ at the second level (quotation marks: ' ‘ ’) or the third
 * (case: a A). Each has one collation element of its own (no expansion like "…", no contraction,
 * no character ignored like a control character), so a string's weights are its characters'.
 */
const GROUPS = [
  ' ', '_', '-', '\u2013', '\u2014', ',', ';', ':', '!', '?', '.', "'\u2018\u2019", '"\u201c\u201d',
  '(', ')', '[', ']', '{', '}', '@', '*', '/', '\\', '&', '#', '%', '`', '^', '+', '<', '=', '>', '|', '~', '$',
  ...'0123456789',
  ...'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => c + c.toUpperCase()),
];

/** A character's weights packed: primary << 4 | secondary << 2 | tertiary; 0 for one not compared here. */
const ASCII_WEIGHTS = new Uint16Array(128);
const OTHER_WEIGHTS = new Map<number, number>();
GROUPS.forEach((group, index) => {
  const letters = group.length > 1 && /^[a-z]/.test(group);
  for (let i = 0; i < group.length; i++) {
    const weight = ((index + 1) << 4) | (letters ? i : i << 2);
    const code = group.charCodeAt(i);
    if (code < 128) ASCII_WEIGHTS[code] = weight;
    else OTHER_WEIGHTS.set(code, weight);
  }
});

const weightOf = (code: number): number => (code < 128 ? ASCII_WEIGHTS[code]! : (OTHER_WEIGHTS.get(code) ?? 0));

function allKnown(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (weightOf(text.charCodeAt(i)) === 0) return false;
  return true;
}

/**
 * The collator's order of `a` and `b` (-1, 0 or 1) when both are made of GROUPS' characters,
 * else undefined: primary weights first, over the whole strings (a string before any longer one
 * it begins), then the first differing secondary weight, then the first differing tertiary.
 */
function compareKnown(a: string, b: string): number | undefined {
  if (!allKnown(a) || !allKnown(b)) return undefined;
  let secondary = 0;
  let tertiary = 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = weightOf(a.charCodeAt(i));
    const y = weightOf(b.charCodeAt(i));
    if (x === y) continue;
    if (x >> 4 !== y >> 4) return x >> 4 < y >> 4 ? -1 : 1;
    if (secondary === 0 && (x & 12) !== (y & 12)) secondary = (x & 12) < (y & 12) ? -1 : 1;
    if (tertiary === 0 && (x & 3) !== (y & 3)) tertiary = (x & 3) < (y & 3) ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return secondary || tertiary;
}
