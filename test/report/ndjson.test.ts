import { describe, expect, it } from 'vitest';
import { ndjsonFormatter } from '../../src/report/formatters/ndjson.js';
import { formatOptions, sampleReport } from '../helpers/sample-report.js';

describe('ndjson formatter', () => {
  const report = sampleReport();
  const text = ndjsonFormatter.format(report, formatOptions({ accepted: new Set(['F3']) }));
  const lines = text.trimEnd().split('\n');

  it('writes one finding a line, each line JSON on its own, the article’s line breaks escaped', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(report.findings.length);
    expect(lines.map((l) => JSON.parse(l).finding.id)).toEqual(['F1', 'F2', 'F3']);
  });

  it('carries the finding’s event and the claims behind its values', () => {
    const f2 = JSON.parse(lines[1]!);
    expect(f2.event.label).toBe('mill blast | <i>Port</i>');
    expect(f2.claims.map((c: { id: string }) => c.id)).toEqual(['a.md#0', 'b.md#0']);
    expect(f2.claims[1].sentence).toContain('\n');
    expect(f2.accepted).toBe(false);
    expect(JSON.parse(lines[2]!).accepted).toBe(true);
  });

  it('prints nothing for a report without findings', () => {
    expect(ndjsonFormatter.format({ ...report, findings: [] }, formatOptions())).toBe('');
  });
});
