import { describe, expect, it } from 'vitest';
import { fixtureArticles } from '../helpers/fixture-texts.js';
import { countPattern } from '../../src/extract/numbers.js';

// countPattern takes each number word whole (a lookahead and a back-reference) to compile
// fast. Its matches must be those of the plain alternation it replaced, written out here, in
// every context the rules give a count: followed by a space or by a word's end.
const W = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const SIMPLE = `(?:(?:\\d+|${W}) dozen|\\d{1,3}(?:,\\d{3})+|\\d+|${W}(?:[- ]${W})?(?: hundred(?: and ${W}(?:[- ]${W})?)?)?|(?:a|one) dozen|a couple of|a pair of|both)`;
const VAGUE = '(?:several|a few|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|thousands(?: of)?|a handful of|numerous|multiple)';
const PLAIN = `((?:(?:at least|at most|no (?:fewer|more) than|more than|fewer than|less than|over|nearly|almost|about|around|approximately|roughly|some|up to|as many as|an estimated|a total of|a minimum of|just over|just under|well over)\\s+)?(?:between\\s+)?${SIMPLE}(?:\\s*(?:-|–|to|and|or)\\s*${SIMPLE})?|${VAGUE})`;

const texts = [
  ...fixtureArticles(),
  'Seventeen people; seventy-seven hundred and nineteen killed; sixty six, sixteen-six; fourteen to nineteen hurt.',
  'eighteen dozen eggs, eighty dozen, one dozen, 5 dozen; seventeenth man; fourtyfour; sixtyish; nineteenth; fiveto seven injured',
  'Between Twenty One Hundred and Ninety-Nine or  Eighty victims; as many as seven-seventeen; 1,500–3,000 people',
];

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0], m.groups!.n]);

describe('countPattern', () => {
  it.each([
    ['followed by a space', (c: string) => `\\b(?<n>${c}) `],
    ['followed by a word end', (c: string) => `\\b(?<n>${c})\\b`],
    ['after a verb, before people', (c: string) => `\\b(?:killed|injured|left) (?<n>${c}) (?:[a-z]+ ){0,2}?(?:people|dead|injured|others)\\b`],
    ['two counts', (c: string) => `(?<n>${c}) [a-z]+ and ${c.replace(/countWord/g, 'countWordB')} `],
  ])('matches as the plain alternation does, %s', (_, shape) => {
    for (const flags of ['gi', 'g']) {
      const plain = new RegExp(shape(PLAIN), flags);
      const fast = new RegExp(shape(countPattern()), flags);
      let n = 0;
      for (const text of texts) {
        const expected = all(plain, text);
        expect(all(fast, text)).toEqual(expected);
        n += expected.length;
      }
      expect(n).toBeGreaterThan(0);
    }
  });
});
