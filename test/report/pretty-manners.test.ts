import { describe, expect, it } from 'vitest';
import { prettyFormatter } from '../../src/report/formatters/pretty.js';
import { wrapLine, visibleWidth } from '../../src/report/view/wrap.js';
import { formatOptions, sampleReport } from '../helpers/sample-report.js';

const report = sampleReport();
const pretty = (over = {}) => prettyFormatter.format(report, formatOptions(over));

describe('pretty report: terminal manners', () => {
  it('puts events with contradictions before quiet ones, whatever the report order', () => {
    const text = pretty();
    expect(report.events[0]!.id).toBe('E1');
    expect(text.indexOf('E2  mill blast')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('E2  mill blast')).toBeLessThan(text.indexOf('E1  council vote'));
  });

  it('wraps every line to the width it is given, 80 by default', () => {
    for (const width of [40, 80, 120]) {
      const lines = pretty({ width }).split('\n');
      expect(Math.max(...lines.map(visibleWidth))).toBeLessThanOrEqual(width);
    }
    expect(Math.max(...pretty().split('\n').map(visibleWidth))).toBeLessThanOrEqual(80);
    // A wide terminal keeps a long line whole.
    expect(pretty({ width: 300 })).toContain(`number killed disputed: 4 (a.md) vs 6 (b.md) Six`);
  });

  it('measures colour escapes as no width', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    expect(visibleWidth(red('abc'))).toBe(3);
    expect(wrapLine(`  ${red('aaaa')} bbbb cccc`, 11)).toEqual([`  ${red('aaaa')} bbbb`, '    cccc']);
  });

  it('sums agreements up in one line per event unless --verbose', () => {
    const text = pretty({ width: 200 });
    expect(text).toContain('✓ Agreements (1): quantity: 7 (--verbose shows each)');
    expect(text).not.toContain('d.md:2 “Seven members voted yes.”');
    const verbose = pretty({ width: 200, verbose: true });
    expect(verbose).toContain('Agreements (1)\n');
    expect(verbose).toContain('d.md:2 “Seven members voted yes.”');
  });

  it('--quiet prints only contradictions, updates and the summary', () => {
    const text = pretty({ quiet: true, width: 200 });
    expect(text).toContain('number killed disputed');
    expect(text).not.toContain('E1  council vote');
    expect(text).not.toContain('Agreements');
    expect(text).not.toContain('- a.md (Coast Gazette)');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^Summary: /);
  });

  it('says 1 document, 1 event, 1 claim in the singular', () => {
    const one = { ...report, summary: { ...report.summary, documents: 1, events: 1, claims: 1 } };
    expect(prettyFormatter.format(one, formatOptions({ width: 200 }))).toContain('Summary: 1 document, 1 event, 1 claim ·');
    expect(pretty({ width: 200 })).toContain('Summary: 4 documents, 2 events, 6 claims ·');
  });

  it('shows what a relative date was resolved to and against which publication date', () => {
    const text = pretty({ width: 200 });
    expect(text).toContain('“Saturday” → 2025-03-15, resolved against a.md’s publication date 2025-03-16');
    expect(text).toContain('“Friday” → 2025-03-14, resolved against b.md’s publication date 2025-03-15');
  });

  it('shows a control character from an article as an escape, not raw', () => {
    expect(pretty()).not.toMatch(/<script>alert\(1\)<\/script> @desk \*\*now\*\*\n/);
    expect(pretty({ width: 300 })).toContain('**now**\\u000asaid');
  });
});
