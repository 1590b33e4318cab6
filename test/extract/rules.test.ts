import { describe, expect, it } from 'vitest';
import { extractors } from '../../src/extract/index.js';
import { claimsIn } from '../helpers/documents.js';

// Every extraction rule carries a real sentence it is for; each must fire on it.
describe('every extraction rule fires on its own example sentence', () => {
  const ids = extractors.flatMap((e) => e.rules.map((r) => r.id));

  it('rule ids are unique and name their kind', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const extractor of extractors) {
      for (const rule of extractor.rules) expect(rule.id.startsWith(`${extractor.kind}/`)).toBe(true);
    }
  });

  it('extractors are registered once each, in sorted order', () => {
    const kinds = extractors.map((e) => e.kind);
    expect(kinds).toEqual([...kinds].sort());
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  for (const extractor of extractors) {
    for (const rule of extractor.rules) {
      it(`${rule.id}: ${rule.example}`, () => {
        expect(rule.reason.length).toBeGreaterThan(0);
        const claims = claimsIn(rule.example, '2025-03-15');
        const fired = claims.filter((c) => c.kind === extractor.kind && c.rule === rule.id);
        expect(fired.length, `rule ${rule.id} produced no ${extractor.kind} claim`).toBeGreaterThan(0);
      });
    }
  }
});
