import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extract-document.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { analyze } from '../../src/pipeline.js';
import { buildReport } from '../../src/report/build-report.js';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import { plainPalette } from '../../src/report/formatters/formatter.js';
import { validReport } from '../helpers/cli.js';

// Property-based tests: arbitrary unicode text, mixed with the words claims are made of so
// that the extractors fire, must never break the invariants the report promises.
const NEWS = [
  'killed', 'injured', 'seven', '1,500', 'people', 'troops', 'said', 'police', 'Police', 'Baghdad', 'Iraq', 'Monday',
  'March 3, 2025', 'U.S.', 'Gen.', 'John Smith', 'al-Sudani', '"', '“', '”', '.', ',', ':', '\n', '\r\n', '\r', '---',
  'constructor', '__proto__', 'by', 'airstrike', 'a gunman', 'opened fire', 'at least', 'A.', 'the', 'of', 'Province',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('properties of extraction and the report, for arbitrary unicode text', () => {
  it('extraction never throws, spans slice their text, claims are sorted and unique', () => {
    fc.assert(
      fc.property(article, (text) => {
        const doc = ingestDocument('a.txt', bytesOf(text), { published: '2025-03-05' });
        const extracted = extractDocument(doc);
        expect(extracted.warnings.filter((w) => /failed/.test(w))).toEqual([]);
        const keys = new Set<string>();
        let previous = -1;
        for (const claim of extracted.claims) {
          expect(doc.text.slice(claim.span.start, claim.span.end)).toBe(claim.text);
          expect(claim.span.start).toBeGreaterThanOrEqual(previous);
          previous = claim.span.start;
          const key = `${claim.kind}:${claim.span.start}:${claim.span.end}:${JSON.stringify(claim.value)}`;
          expect(keys.has(key)).toBe(false);
          keys.add(key);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the report validates against the schema, has unique claim ids, and two runs are byte-identical', () => {
    const options = { palette: plainPalette, verbose: false, accepted: new Set<string>(), paths: {} };
    const reportOf = (texts: string[]) =>
      jsonFormatter.format(buildReport(analyze(texts.map((t, i) => ingestDocument(`d${i}.md`, bytesOf(t), { published: '2025-03-05' }))), '0.1.0'), options);
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), (texts) => {
        const first = reportOf(texts);
        expect(reportOf(texts)).toBe(first);
        const report = validReport(first);
        expect(new Set(report.claims.map((c) => c.id)).size).toBe(report.claims.length);
        // The decoded file: what the bytes of the text read back as, BOM removed.
        const decoded = texts.map((t) => new TextDecoder().decode(bytesOf(t)).replace(/^\ufeff/, ''));
        for (const claim of report.claims) expect(decoded[Number(claim.document.slice(1, -3))]!.slice(claim.span.start, claim.span.end)).toBe(claim.text);
      }),
      { numRuns: 40 },
    );
  });
});
