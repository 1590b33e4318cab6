import { describe, expect, it } from 'vitest';
import { shareStrings } from '../../src/run/share-strings.js';
import type { ExtractedClaim, ExtractedDocument } from '../../src/types.js';

const claim = (sentence: string, sentenceIndex: number, rule: string, qualifiers: string[] = []): ExtractedClaim => ({
  kind: 'person', start: 0, end: 4, text: 'Jane', value: { name: 'Jane' }, qualifiers, attribution: null, rule,
  span: { start: 0, end: 4, line: 1, column: 1 }, sentence, sentenceIndex,
}) as ExtractedClaim;

const doc = (claims: ExtractedClaim[]): ExtractedDocument => ({
  id: 'a.md', hash: 'h', title: null, source: null, url: null, published: null, chars: 40, warnings: [],
  sentences: [{ text: 'Jane Roe spoke.', start: 0, end: 15 }, { text: 'Ann Poe left.', start: 16, end: 29 }],
  claims,
}) as ExtractedDocument;

// Strings are shared, never changed: every reader sees the same characters as before.
describe('shareStrings', () => {
  it.each([
    ['a sentence that is its document’s sentence', claim('Jane Roe spoke.', 0, 'person/said', ['hedged'])],
    ['a sentence quoted otherwise (an HTML page’s text)', claim('Jane  Roe spoke.', 0, 'person/said')],
    ['a claim outside any sentence', claim('', -1, 'person/first-name')],
    ['a sentence index past the checked sentences', claim('Later.', 7, 'person/first-name', ['background', 'hedged'])],
  ])('leaves %s as it was', (_, c) => {
    const docs = [doc([c, { ...c, qualifiers: [...c.qualifiers] }])];
    const before = JSON.stringify(docs);
    shareStrings(docs);
    expect(JSON.stringify(docs)).toBe(before);
  });
});
