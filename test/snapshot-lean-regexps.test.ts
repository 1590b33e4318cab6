import { describe, expect, it } from 'vitest';
import { casualtyRules, fallbackRules } from '../src/extract/casualty/rules.js';
import { countShape } from '../src/extract/count-shape.js';
import { anchoredAtStart, compileRegExps, leanRegExps } from '../src/preload.js';

// The start-up snapshot keeps a few large regular expressions compiled without V8's regexp
// optimizations (bin/bundle-entry.js): a fifth to a third of their bytecode, and a slower search
// that costs nothing where a match is tried at one position, the start of the text; the
// casualty rules' count shapes are the measured exception (src/preload.ts).
describe('the regular expressions the snapshot keeps lean', () => {
  it('tells a pattern anchored at the start of its text in every alternative', () => {
    for (const re of [/^a|^b/, /^(?:a|b)c/, /^[|(]x|^y/, /^\|a/i, /^(?:a)|^\(b/]) expect(anchoredAtStart(re)).toBe(true);
    for (const re of [/^a|b/, /a/, /^a/m, /(?:^a)/, /^a|\^b/, /^a|/, /^[^|]|x/, /a^/]) expect(anchoredAtStart(re)).toBe(false);
  });

  it("are anchored at the start (none dropped) or a casualty rule's count shape, and compile in place, matching as before", () => {
    const lean = leanRegExps();
    const shapes = new Set([...casualtyRules, ...fallbackRules].map(({ pattern }) => countShape(pattern)));
    expect(lean.filter(anchoredAtStart)).toHaveLength(23);
    expect(lean.filter((re) => !anchoredAtStart(re)).every((re) => shapes.has(re))).toBe(true);
    expect(lean.filter((re) => shapes.has(re))).toHaveLength(12);
    expect(new Set(lean).size).toBe(lean.length);
    const before = lean.map((re) => [re.test('x'), re.test(' died'), re.lastIndex]);
    compileRegExps(lean);
    expect(lean.map((re) => [re.test('x'), re.test(' died'), re.lastIndex])).toEqual(before);
  });
});
