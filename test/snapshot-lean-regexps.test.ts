import { describe, expect, it } from 'vitest';
import { anchoredAtStart, compileRegExps, leanRegExps } from '../src/preload.js';

// The start-up snapshot keeps a few large regular expressions compiled without V8's regexp
// optimizations (bin/bundle-entry.js): a fifth to a third of their bytecode, and a slower search
// that costs nothing only where a match is tried at one position, the start of the text.
describe('the regular expressions the snapshot keeps lean', () => {
  it('tells a pattern anchored at the start of its text in every alternative', () => {
    for (const re of [/^a|^b/, /^(?:a|b)c/, /^[|(]x|^y/, /^\|a/i, /^(?:a)|^\(b/]) expect(anchoredAtStart(re)).toBe(true);
    for (const re of [/^a|b/, /a/, /^a/m, /(?:^a)/, /^a|\^b/, /^a|/, /^[^|]|x/, /a^/]) expect(anchoredAtStart(re)).toBe(false);
  });

  it('are all anchored at the start (none dropped) and compile in place, matching as before', () => {
    const lean = leanRegExps();
    expect(lean).toHaveLength(15);
    expect(new Set(lean).size).toBe(lean.length);
    const before = lean.map((re) => [re.test('x'), re.test(' died'), re.lastIndex]);
    compileRegExps(lean);
    expect(lean.map((re) => [re.test('x'), re.test(' died'), re.lastIndex])).toEqual(before);
  });
});
