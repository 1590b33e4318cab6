import { madeCountPatterns } from './numbers.js';

// A long rule's pattern with each count phrase (countPattern, numbers.ts) loosened to "a run of words
// that starts as a count can". It compiles in a few milliseconds where the pattern takes tens
// (the count pattern is most of every casualty rule), and it matches wherever the pattern does, so
// a sentence it does not match cannot hold a match: run first, it spares the pattern's compiling
// in a process that never meets a sentence for it (a cold run of a few articles), and never
// changes a match.

/**
 * A superset of every count pattern: the first word starts as a count phrase can (a digit, a number
 * word's first letters, a bound or vague word), then up to 16 more runs of word characters,
 * commas and dashes. A count phrase has at most 17 such runs ("no fewer than between twenty one
 * hundred and twenty one - twenty one hundred and twenty one") and no other characters.
 */
export const COUNT_SHAPE =
  '(?:(?:\\d|zero|one|tw|th|fo|fi|six|seven|eight|nine|ten|eleven|a |an |as |at |about|around|approximately|almost|both|between|several|dozens|scores|hundreds|thousands|numerous|multiple|no |more|fewer|less|over|nearly|roughly|some|up |just |well )[\\w,–-]*(?:\\s+[\\w,–-]+){0,16})';

const shapes = new WeakMap<RegExp, RegExp | null>();

/** The loosened twin of a pattern that holds count patterns (built once per pattern); else null. */
export function countShape(pattern: RegExp): RegExp | null {
  let shape = shapes.get(pattern);
  if (shape !== undefined) return shape;
  let source = pattern.source;
  for (const count of madeCountPatterns()) source = source.split(count).join(COUNT_SHAPE);
  shape = source !== pattern.source ? new RegExp(source, pattern.flags.replace(/[gyd]/g, '')) : null;
  shapes.set(pattern, shape);
  return shape;
}
