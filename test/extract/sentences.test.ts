import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('sentence ends', () => {
  it.each([
    // Scraped pages drop the space between paragraphs: "…in Indiana.Darnell Pruitt, 65, …".
    ['He was taken to a hospital in Indiana.Darnell Pruitt, 65, was shot five times.', ['He was taken to a hospital in Indiana.', 'Darnell Pruitt, 65, was shot five times.']],
    ['Police said the man fled on foot.Two men were wounded.', ['Police said the man fled on foot.', 'Two men were wounded.']],
    // Not sentence ends: initials, abbreviations, acronyms glued to a capital.
    ['Mrs.Smith and Dr.Jones met at 9 a.m.Tuesday in the U.S.Capitol.', ['Mrs.Smith and Dr.Jones met at 9 a.m.Tuesday in the U.S.Capitol.']],
    ['The shooting happened on Main St. Police arrived.', ['The shooting happened on Main St. Police arrived.']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });
});
