import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { buildHash, buildLexicon, LEXICON_FILE } from '../../scripts/build-lexicon.mjs';
import { installedCompromiseHash, isCommonWord, isFirstName, isKnownPlace, prebuiltLexicon } from '../../src/extract/mentions/lexicon.js';

// data/lexicon.json is generated (scripts/build-lexicon.mjs) from compromise's model: the committed
// file must be exactly what the script builds from the compromise installed, or runs would read
// words differently with and without it.
describe('the prebuilt lexicon', () => {
  it('is what scripts/build-lexicon.mjs builds from the installed compromise', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8') === buildLexicon()).toBe(true);
  });

  it('names the build it was made from, which the run checks before trusting it', () => {
    const file = JSON.parse(readFileSync(LEXICON_FILE, 'utf8'));
    expect(file.compromise).toBe(buildHash(createRequire(import.meta.url).resolve('compromise')));
    const model = createRequire(import.meta.url)('compromise').model().one.lexicon;
    expect(file.lexicon).toEqual(model);
  });

  // The script and the run must take the same hash, or the run would fall back to loading
  // compromise without anyone noticing.
  it('is the one the run uses: the run hashes the installed build as the script does', () => {
    const file = JSON.parse(readFileSync(LEXICON_FILE, 'utf8'));
    expect(installedCompromiseHash()).toBe(file.compromise);
    expect(prebuiltLexicon()).toEqual(file.lexicon);
  });

  it.each([
    ['the', isCommonWord, true],
    ['john', isFirstName, true],
    ['france', isKnownPlace, true],
    ['constructor', isCommonWord, false],
  ])('answers %s', (word, test, expected) => {
    expect(test(word)).toBe(expected);
  });
});
