import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import type { Report } from '../../src/report/build-report.js';
import { plainPalette } from '../../src/report/formatters/formatter.js';
import { jsonFormatter } from '../../src/report/formatters/json.js';

// The CLI writes the JSON report piece by piece (a report of 10,000 articles is hundreds of MB
// as one string): the pieces must make exactly the text of the whole.
const options = { palette: plainPalette, verbose: false, accepted: new Set<string>(), paths: {} };
const joined = (report: Report) => [...jsonFormatter.chunks!(report, options)].join('');

describe('the JSON report in pieces', () => {
  it('is the whole report, character for character, on the seeds', async () => {
    const report = await check(path.resolve(__dirname, '../../fixtures/seeds'));
    expect(report.claims.length).toBeGreaterThan(10);
    expect(joined(report) === jsonFormatter.format(report, options)).toBe(true);
  });

  it('keeps empty lists, nested values, escapes and bidi controls as the whole does', () => {
    const report = {
      schemaVersion: 1, generator: { name: 'claimcheck', version: '0' }, documents: [], events: [{ id: 'E1', documents: ['a\u202eb', 'line\nbreak'], nested: { deep: [1, [2, { x: null }]] } }],
      claims: [{ text: 'quote “x”\u2028y\u0085', span: { start: 0, end: 3 } }, { empty: {}, list: [] }], findings: [], summary: { documents: 0 },
    } as unknown as Report;
    expect(joined(report)).toBe(jsonFormatter.format(report, options));
    expect(joined(report)).toContain('\\u202e');
  });

  it('comes in pieces of about 64 KiB, not one per claim', async () => {
    const claims = Array.from({ length: 5000 }, (_, i) => ({ id: `C${i}`, text: 'x'.repeat(40) }));
    const report = { schemaVersion: 1, claims } as unknown as Report;
    const pieces = [...jsonFormatter.chunks!(report, options)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.length).toBeLessThan(20);
    expect(pieces.join('')).toBe(jsonFormatter.format(report, options));
  });
});

describe('the JSON report in pieces of one width', () => {
  it('joins no piece with a character past U+00FF to one without (V8 would widen the whole to encode it)', () => {
    const narrow = (i: number) => ({ id: `C${i}`, text: 'plain "ascii" text, or Latin-1: café' });
    const wide = (i: number) => ({ id: `C${i}`, text: 'curly “quotes” text' });
    const claims = [...Array.from({ length: 2000 }, (_, i) => narrow(i)), ...Array.from({ length: 2000 }, (_, i) => wide(i + 2000)), ...Array.from({ length: 2000 }, (_, i) => narrow(i + 4000))];
    const report = { schemaVersion: 1, claims } as unknown as Report;
    const pieces = [...jsonFormatter.chunks!(report, options)];
    expect(pieces.join('')).toBe(jsonFormatter.format(report, options));
    const texts = (piece: string) => piece.match(/"text": "[^"\\]*(?:\\.[^"\\]*)*"/g) ?? [];
    for (const piece of pieces) {
      const found = texts(piece);
      const curly = found.filter((t) => t.includes('“')).length;
      expect(curly === 0 || curly === found.length).toBe(true);
    }
    expect(pieces.length).toBeLessThan(40);
  });
});

describe('the JSON report’s lists, written a few items at a time', () => {
  it.each([1, 15, 16, 17, 32, 255, 256, 257, 512, 700])('are the whole report for a list of %i items, holes and undefined included', (count) => {
    const claims: unknown[] = Array.from({ length: count }, (_, i) => (i % 97 === 5 ? undefined : { id: `C${i}`, span: { start: i, end: i + 1 }, tags: i % 3 ? [] : ['a', { b: [i] }] }));
    if (count > 10) delete claims[10];
    const report = { schemaVersion: 1, claims, findings: [{ id: 'F1' }], summary: {} } as unknown as Report;
    expect([...jsonFormatter.chunks!(report, options)].join('')).toBe(jsonFormatter.format(report, options));
  });
});
