import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/util/matches.js';

const plain = (ms: RegExpExecArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));

describe('allMatches', () => {
  const cases: [RegExp, string][] = [
    [/\band\b/g, 'salt and pepper and bread, and'],
    [/(\d+)-(\d+)/g, 'scores 3-1, 10-12 and 7-7'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a😀b'],
    [/\p{Lu}\p{L}*/gu, 'Élan met Óscar at Ñandú Road'],
    [/q/g, 'no match here'],
  ];

  it.each(cases)('gives what matchAll gives for %s', (re, text) => {
    expect(plain(allMatches(re, text))).toEqual(plain([...text.matchAll(re)]));
  });

  it('runs the expression itself, from the start whatever its lastIndex, and leaves lastIndex at 0', () => {
    const re = /o/g;
    re.lastIndex = 5;
    const ms = allMatches(re, 'one two');
    expect(ms.map((m) => m.index)).toEqual([0, 6]);
    expect(re.lastIndex).toBe(0);
    expect(allMatches(re, 'one two').length).toBe(2);
  });

  it('makes no copy of the expression (matchAll does, one to parse and compile anew)', () => {
    let made = 0;
    class Counted extends RegExp {
      constructor(pattern: string | RegExp, flags?: string) {
        super(pattern, flags);
        made++;
      }
    }
    const re = new Counted('a', 'g');
    made = 0;
    expect(allMatches(re, 'banana').length).toBe(3);
    expect(made).toBe(0);
    expect([...'banana'.matchAll(re)].length).toBe(3);
    expect(made).toBe(1);
  });

  it('refuses an expression without the global flag, as matchAll does', () => {
    expect(() => allMatches(/o/, 'one')).toThrow(TypeError);
  });
});
