import { describe, expect, it } from 'vitest';
import { otherEncoding } from '../src/preload.js';
import { SAMPLE_ARTICLES } from '../src/preload-sample.js';

const beyondLatin1 = (text: string) => /[^\u0000-\u00ff]/.test(text);

// The start-up snapshot's warm-up runs the sample in both of V8's string encodings, each of which
// V8 compiles a regular expression for apart.
describe('otherEncoding', () => {
  it('turns each sample article into the other encoding', () => {
    for (const { text } of SAMPLE_ARTICLES) expect(beyondLatin1(otherEncoding(text))).toBe(!beyondLatin1(text));
  });

  it('changes only apostrophes and dashes', () => {
    expect(otherEncoding("The sheriff's office - Monday")).toBe('The sheriff\u2019s office - Monday');
    expect(otherEncoding('The sheriff\u2019s office \u2014 Monday')).toBe("The sheriff's office - Monday");
  });
});
