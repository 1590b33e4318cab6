import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../helpers/fixture-texts.js';
import { extractors } from '../../src/extract/index.js';
import { mayBeCount, parseCount, readCount } from '../../src/extract/numbers.js';

// parseCount turns a phrase away by its first word before reading it (mayBeCount): that check
// must pass every phrase readCount can read, or a count would silently go. Checked on every run
// of one to four words of the rule examples and fixture articles, as the readers of "who" try
// them, and on the oddest phrases a count takes.

const texts = [
  ...extractors.flatMap((e) => e.rules.map((r) => r.example)),
  ...fixtureSentences(),
].filter((t) => t.trim());

const normal = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ').trim();

describe('mayBeCount', () => {
  it.each([
    ['and five'], ['a few'], ['Dozens of'], ['five–six'], ['twenty-one'], ['well over two dozen'], ['no fewer than 3'],
    ['Between 5 and 7'], ['\u00a0Seven'], ['a total of 12'], ['one dozen'], ['a couple of'], ['both'], ['an estimated 3-4'],
    ['up to eleven'], ['hundred'], ['as many as seven'], ['just under 40'], ['some 300'], ['multiple'],
  ])('passes the count %j', (phrase) => {
    expect(readCount(normal(phrase))).not.toBeNull();
    expect(mayBeCount(normal(phrase))).toBe(true);
    expect(parseCount(phrase)).toEqual(readCount(normal(phrase)));
  });

  it.each([['the man'], ['police said'], ['seventeenth'], ['Tyrone Jones'], ['anyone']])('turns %j away', (phrase) => {
    expect(mayBeCount(normal(phrase))).toBe(false);
    expect(readCount(normal(phrase))).toBeNull();
  });

  it('passes every phrase of the examples and fixture articles that readCount reads', () => {
    let counts = 0;
    let turned = 0;
    for (const text of texts) {
      const tokens = text.split(/\s+/).filter(Boolean);
      for (let i = 0; i < tokens.length; i++) {
        for (let k = 1; k <= 4 && i + k <= tokens.length; k++) {
          for (const phrase of [tokens.slice(i, i + k).join(' '), tokens.slice(i, i + k).join(' ').replace(/,$/, '')]) {
            const text = normal(phrase);
            const read = readCount(text);
            if (read) counts++;
            if (!mayBeCount(text)) {
              turned++;
              expect(read, phrase).toBeNull();
            }
          }
        }
      }
    }
    expect(counts).toBeGreaterThan(1000);
    expect(turned).toBeGreaterThan(10_000);
  });
});
