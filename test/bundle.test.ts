import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BUNDLE = path.resolve(import.meta.dirname, '../dist/claimcheck.cjs');

// esbuild lowers a regular expression literal with a Unicode property escape to a `new RegExp`
// call for a node target; in a function (the tokenizer's, once per word) that builds it anew on
// every call. scripts/build-bundle.mjs tells esbuild node reads them.
describe.skipIf(!existsSync(BUNDLE))('the bundle (npm run build)', () => {
  it('keeps regular expressions with \\p{…} as literals', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text.match(/new RegExp\("[^"]*\\\\p\{[^"]*", "u"\)/g) ?? []).toEqual([]);
    expect(text).toContain('/\\p{L}{2,}/u');
  });
});
