import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../helpers/fixture-texts.js';
import { casualtyRules, fallbackRules } from '../../src/extract/casualty/rules.js';
import { execFolded, foldedPattern, lowerAscii, lowerPatternSource } from '../../src/extract/folded-pattern.js';

describe('lowerPatternSource', () => {
  it.each([
    ['\\bNo (?<whoA>[A-Z][a-z]+)\\k<whoA>', '\\bno (?<whoA>[a-z][a-z]+)\\k<whoA>'],
    ['[A-Za-z-]+ \\W\\B\\S\\D', '[a-za-z-]+ \\W\\B\\S\\D'],
    ['(?<![Nn]o )(?<=X)[^,;.]', '(?<![nn]o )(?<=x)[^,;.]'],
    ['[’\\w.-] – ’', '[’\\w.-] – ’'],
    ['[0-9!-#]', '[0-9!-#]'],
  ])('%s → %s', (source, lowered) => {
    expect(lowerPatternSource(source)).toBe(lowered);
  });

  it.each([['[A-z]'], ['[!-~]'], ['\\u0041'], ['\\x41'], ['\\p{L}'], ['É']])('leaves %s alone', (source) => {
    expect(lowerPatternSource(source)).toBeNull();
  });
});

describe('foldedPattern', () => {
  it('keeps short, unicode and case-sensitive patterns as they are', () => {
    expect(foldedPattern(/a|b/gi)).toBeNull();
    expect(foldedPattern(new RegExp(`(?:${'x|'.repeat(600)}y)`, 'gu'))).toBeNull();
    expect(foldedPattern(new RegExp(`(?:${'x|'.repeat(600)}y)`, 'g'))).toBeNull();
  });

  it('gives the long casualty rules a twin', () => {
    const twins = [...casualtyRules, ...fallbackRules].filter((r) => foldedPattern(r.pattern));
    expect(twins.map((r) => r.id)).toEqual(expect.arrayContaining(['casualty/sum', 'casualty/n-verb', 'casualty/verb-n']));
  });

  // Every sentence of the fixture articles and the rules' examples, with capitals and non-ASCII
  // letters that fold in Unicode ("ſ", "K" the kelvin sign) mixed in: the twin finds the same
  // matches, with the same groups, as the `i` pattern.
  const texts = [
    ...[...casualtyRules, ...fallbackRules].map((r) => r.example),
    ...fixtureSentences(),
    'FOUR PEOPLE WERE SHOT, ONE FATALLY', 'Two Men Killed, ſeven \u212Ailled', 'İki People Killed and Three Wounded',
  ].filter((t) => t.trim());

  it.each([...casualtyRules, ...fallbackRules].filter((r) => foldedPattern(r.pattern)).map((r) => [r.id, r] as const))('%s matches as the i pattern does', (_, rule) => {
    const twin = foldedPattern(rule.pattern)!;
    const found = (next: () => RegExpExecArray | null, re: RegExp) => {
      const all: unknown[] = [];
      re.lastIndex = 0;
      for (let m = next(); m; m = next()) {
        all.push([m.index, [...m], { ...m.groups }]);
        if (m[0].length === 0) re.lastIndex++;
      }
      return all;
    };
    let matched = 0;
    for (const text of texts) {
      const expected = found(() => rule.pattern.exec(text), rule.pattern);
      const lowered = lowerAscii(text);
      expect(found(() => execFolded(twin, lowered, text), twin)).toEqual(expected);
      matched += expected.length;
    }
    expect(matched).toBeGreaterThan(0);
  });
});
