import { describe, expect, it } from 'vitest';
import * as lexicon from '../../src/extract/mentions/lexicon.js';

// The lexicon is kept packed (util/packed-keys.ts) for the start-up snapshot: every predicate
// must answer for every word what it answered over the plain object, written here as
// lexicon.ts had it.
type Lexicon = Record<string, string | string[]>;
const source = lexicon.prebuiltLexicon() as Lexicon;

function tagsOf(key: string): string[] {
  const tags = Object.hasOwn(source, key) ? source[key] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : tags.split(',');
}
const has = (key: string, wanted: RegExp) => tagsOf(key).some((t) => wanted.test(t));
const NAME_TAGS = /^(FirstName|MaleName|FemaleName|LastName|Person|Place|Country|City|Region|Organization|SportsTeam|ProperNoun|Demonym|Honorific|Abbreviation)$/;
const reference: Record<string, (lower: string) => boolean> = {
  isCommonWord: (lower) => tagsOf(lower).length > 0 && !tagsOf(lower).some((t) => NAME_TAGS.test(t)),
  isFirstName: (lower) => has(lower, /^(FirstName|MaleName|FemaleName)$/) || source[lower] === 'Person',
  isLastName: (lower) => has(lower, /^LastName$/),
  isKnownPerson: (lower) => source[lower] === 'Person' && lower.includes(' '),
  isKnownOrganization: (lower) => has(lower, /^(Organization|SportsTeam)$/),
  isKnownPlace: (lower) => has(lower, /^(Place|Country|City|Region)$/),
  isDemonymWord: (lower) => has(lower, /^Demonym$/),
};

describe('the packed lexicon', () => {
  const words = Object.keys(source);
  const absent = ['', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'zzqxv', ...words.flatMap((w) => [`${w}x`, w.slice(0, -1), w.toUpperCase()])];

  it.each(Object.keys(reference))('%s answers for every word what it answered over the object', (name) => {
    expect(words.length).toBeGreaterThan(20_000);
    const packed = (lexicon as unknown as Record<string, (lower: string) => boolean>)[name]!;
    const wrong = [...words, ...absent].filter((w) => packed(w) !== reference[name]!(w));
    expect(wrong).toEqual([]);
  });
});
