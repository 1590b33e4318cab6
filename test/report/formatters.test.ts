import { describe, expect, it } from 'vitest';
import type { Report, ReportFinding } from '../../src/report/build-report.js';
import { plainPalette, type FormatOptions } from '../../src/report/formatters/formatter.js';
import { githubFormatter } from '../../src/report/formatters/github.js';
import { formatters } from '../../src/report/formatters/index.js';
import { prettyFormatter } from '../../src/report/formatters/pretty.js';
import type { Claim } from '../../src/types.js';

const claim = (id: string, document: string, line: number, text: string, sentence: string, min: number): Claim => ({
  id, document, event: 'E1', kind: 'casualty', text, span: { start: 0, end: text.length, line, column: 1 },
  value: { type: 'killed', min, max: min, who: null }, qualifiers: [], attribution: null, sentence, rule: 'casualty/n-killed',
});

const finding = (id: string, status: ReportFinding['status'], values: [string, string, number][]): ReportFinding => ({
  id, event: 'E1', kind: 'casualty', slot: 'casualty.killed', status, latest: null,
  values: values.map(([display, claimId, n]) => ({
    value: { type: 'killed', min: n, max: n, who: null }, display, claims: [claimId], documents: [claimId.split('#')[0]!],
    sources: 1, attributions: [], hedged: false,
  })),
  message: `${status} message`,
});

const report: Report = {
  schemaVersion: 1,
  generator: { name: 'claimcheck', version: '0.1.0' },
  documents: [
    { id: 'a.txt', title: 'A', source: 'Outlet A', url: null, published: '2025-03-15', event: 'E1', chars: 100, warnings: [] },
    { id: 'b.txt', title: 'B', source: null, url: null, published: null, event: 'E1', chars: 100, warnings: ['not valid UTF-8: read as Windows-1252'] },
  ],
  events: [{ id: 'E1', label: 'shooting, Houston', documents: ['a.txt', 'b.txt'], date: { start: '2025-03-14', end: '2025-03-14', granularity: 'day', relative: null }, place: 'Houston, US', sources: 2 }],
  claims: [
    claim('a.txt#0', 'a.txt', 3, '4', 'Police said 4, in a long sentence that goes on.', 4),
    claim('a.txt#1', 'a.txt', 5, 'four', 'Four were killed.', 4),
    claim('b.txt#0', 'b.txt', 2, '6', 'Six died, the hospital said.', 6),
  ],
  findings: [finding('F1', 'contradict', [['4', 'a.txt#1', 4], ['6', 'b.txt#0', 6]]), finding('F2', 'single', [['4', 'a.txt#0', 4]])],
  summary: { documents: 2, events: 1, claims: 3, agree: 0, compatible: 0, contradict: 1, single: 1, update: 0 },
};
report.findings[0]!.values[0]!.claims.unshift('a.txt#0');

const options = (over: Partial<FormatOptions> = {}): FormatOptions => ({ palette: plainPalette, verbose: false, accepted: new Set(), paths: {}, ...over });

describe('formatters', () => {
  it('are registered once each, in sorted order', () => {
    const names = formatters.map((f) => f.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('pretty formatter', () => {
  const text = prettyFormatter.format(report, options());

  it('heads each event with its label, date, place and documents', () => {
    expect(text).toContain('E1  shooting, Houston');
    expect(text).toContain('2025-03-14 · Houston, US · 2 documents');
    expect(text).toContain('- a.txt (Outlet A), 2025-03-15');
  });

  it('shows each value with its sources and the shortest evidence quote at file:line', () => {
    expect(text).toContain('Contradictions (1)');
    expect(text).toContain('a.txt:5 “Four were killed.”');
    expect(text).toContain('b.txt:2 “Six died, the hospital said.”');
  });

  it('counts single-source claims unless verbose', () => {
    expect(text).toContain('Single-source claims: 1 (--verbose lists them)');
    expect(prettyFormatter.format(report, options({ verbose: true }))).toContain('single message');
  });

  it('shows warnings and ends with the summary line', () => {
    expect(text).toContain('warning: b.txt: not valid UTF-8');
    const wide = prettyFormatter.format(report, options({ width: 200 }));
    expect(wide.trimEnd().split('\n').at(-1)).toBe('Summary: 2 documents, 1 event, 3 claims · 1 contradict, 0 update, 0 compatible, 0 agree, 1 single');
  });

  it('uses the palette it is given', () => {
    const tagged = prettyFormatter.format(report, options({ palette: { ...plainPalette, red: (s) => `<red>${s}</red>` } }));
    expect(tagged).toContain('<red>1 contradict</red>');
    expect(text).not.toContain('\u001b[');
  });
});

describe('github formatter', () => {
  it('writes one annotation per non-single finding on its evidence line, escaped', () => {
    const out = githubFormatter.format(report, options({ paths: { 'a.txt': 'articles/a.txt' } }));
    expect(out.split('\n')[0]).toBe('::error file=articles/a.txt,line=3,col=1,title=claimcheck contradict casualty.killed::contradict message (this source: 4)');
    expect(out).toContain('::warning file=b.txt,title=claimcheck::not valid UTF-8: read as Windows-1252');
    expect(out).not.toContain('single message');
  });

  it('annotates every source of a contradiction on its own evidence line', () => {
    const out = githubFormatter.format(report, options({ paths: { 'a.txt': 'articles/a.txt', 'b.txt': 'articles/b.txt' } }));
    const errors = out.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toEqual([
      '::error file=articles/a.txt,line=3,col=1,title=claimcheck contradict casualty.killed::contradict message (this source: 4)',
      '::error file=articles/b.txt,line=2,col=1,title=claimcheck contradict casualty.killed::contradict message (this source: 6)',
    ]);
  });

  it('keeps a file name or message from ending a workflow command', () => {
    const hostile = { ...report, findings: [{ ...report.findings[0]!, message: 'x\n::error::forged %0A' }] };
    const out = githubFormatter.format(hostile, options({ paths: { 'a.txt': 'a,b:c.txt' } }));
    expect(out).toContain('file=a%2Cb%3Ac.txt,');
    expect(out).not.toContain('\n::error::forged');
    expect(out).toContain('%250A');
  });

  it('lowers accepted findings to notices', () => {
    expect(githubFormatter.format(report, options({ accepted: new Set(['F1']) }))).toMatch(/^::notice /);
  });
});
