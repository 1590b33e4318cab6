import { describe, expect, it } from 'vitest';
import { alignQuotations, quotationGroups } from '../../src/compare/quotes.js';
import type { NormalizedClaim } from '../../src/types.js';

const claim = (i: number, quote: string, speaker: string | null): NormalizedClaim => ({
  id: `d${i}#0`, document: `d${i}`, event: 'E1', kind: 'quote', text: quote, span: { start: 0, end: quote.length, line: 1, column: 1 },
  value: { quote, speaker }, qualifiers: [], attribution: null, sentence: quote, rule: 'test', sentenceIndex: 0,
});

/** The pairwise grouping the distinct-quotation shortcut replaces. */
function reference(claims: NormalizedClaim[]): string[][] {
  const parent = claims.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const q = (c: NormalizedClaim) => (c.value as { quote: string }).quote;
  for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) if (root(i) !== root(j) && alignQuotations(q(claims[i]!), q(claims[j]!)) !== 'unrelated') parent[root(j)] = root(i);
  const groups = new Map<number, string[]>();
  claims.forEach((c, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), c.id]));
  return [...groups.values()];
}

describe('quotations grouped once per distinct wording', () => {
  it('gives the groups of aligning every pair of quotes, repeated quotes included', () => {
    const wordings = [
      'We are safe and the children are with us tonight, thank God',
      'We are safe and the children are with us tonight',
      'We’re safe, and the children are with us [tonight]',
      'They fled toward the river before the police arrived at the scene',
      'They fled towards the river before police arrived',
      'The investigation is ongoing and we ask anyone with information to call',
      'They fled',
      'Nobody saw anything',
    ];
    const speakers = ['John Smith', 'Smith', null, 'Mary Jones'];
    const claims = Array.from({ length: 120 }, (_, i) => claim(i, wordings[(i * 5) % wordings.length]!, speakers[i % speakers.length]!));
    const groups = quotationGroups(claims).map((g) => g.claims.map((c) => c.id));
    expect(groups.length).toBeGreaterThan(2);
    expect(groups).toEqual(reference(claims));
  });

  it('thousands of repeats of two quotations are two groups, at once', () => {
    const claims = Array.from({ length: 6000 }, (_, i) => claim(i, i % 2 ? 'We are safe' : 'They fled', 'John Smith'));
    const began = performance.now();
    expect(quotationGroups(claims).map((g) => g.claims.length)).toEqual([3000, 3000]);
    // Pairwise it is 18 million alignments; by wording, one.
    expect(performance.now() - began).toBeLessThan(2000);
  });
});
