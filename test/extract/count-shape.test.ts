import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../helpers/fixture-texts.js';
import { casualtyRules, fallbackRules } from '../../src/extract/casualty/rules.js';
import { COUNT_SHAPE, countShape } from '../../src/extract/count-shape.js';
import { countPattern } from '../../src/extract/numbers.js';

// The shape stands in for a rule's pattern as a prefilter: it must match every text the pattern
// matches, or claims would silently go. Checked on every count phrase and rule match of the rule
// examples and the fixture articles, and on the longest and oddest phrases a count pattern takes.

const rules = [...casualtyRules, ...fallbackRules];
const texts = [
  ...rules.map((r) => r.example),
  ...fixtureSentences(),
].filter((t) => t.trim());

describe('COUNT_SHAPE', () => {
  const whole = new RegExp(`^${COUNT_SHAPE}$`, 'i');
  const count = new RegExp(`^${countPattern()}$`, 'i');

  it.each([
    ['no fewer than between twenty one hundred and twenty one - twenty one hundred and twenty one'],
    ['as many as\u00a0Seventy-Seven hundred and ninety nine or  eighty'],
    ['fiveto seven'], ['5 – 7'], ['1,500 to 3,000'], ['a handful of'], ['Dozens of'], ['a total of\t12'],
    ['well over 2 dozen'], ['one dozen'], ['a couple of'], ['both'], ['an estimated 3-4'], ['up to eleven'],
  ])('takes the count phrase %j', (phrase) => {
    expect(count.test(phrase)).toBe(true);
    expect(whole.test(phrase)).toBe(true);
  });

  it('takes every count phrase of the examples and fixture articles', () => {
    const find = new RegExp(countPattern(), 'gi');
    let n = 0;
    for (const text of texts) {
      for (const m of text.matchAll(find)) {
        expect(whole.test(m[0]), m[0]).toBe(true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});

describe('countShape', () => {
  it('is built for every rule that counts, and for no other', () => {
    for (const rule of rules) expect(countShape(rule.pattern) !== null, rule.id).toBe(/countWord\d+/.test(rule.pattern.source));
    expect(rules.filter((r) => countShape(r.pattern)).length).toBeGreaterThanOrEqual(12);
  });

  it.each(rules.filter((r) => countShape(r.pattern)).map((r) => [r.id, r] as const))('%s: matches every text its pattern matches', (_, rule) => {
    const shape = countShape(rule.pattern)!;
    let matched = 0;
    for (const text of texts) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
        expect(shape.test(text), text).toBe(true);
        expect(shape.test(m[0]), m[0]).toBe(true);
        matched++;
      }
    }
    expect(matched).toBeGreaterThan(0);
  });
});
