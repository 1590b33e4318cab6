import { describe, expect, it } from 'vitest';
import { acceptedFindings, parseBaseline, serializeBaseline, updateBaseline } from '../../src/report/baseline.js';
import type { Report, ReportFinding } from '../../src/report/build-report.js';
import { focusReport } from '../../src/report/focus.js';

// Documents are files under articles/; the baseline sits at the repository root.
const fileOf = (id: string) => `articles/${id}`;

const finding = (id: string, values: [string, string[]][], status: ReportFinding['status'] = 'contradict'): ReportFinding => ({
  id, event: 'E1', kind: 'casualty', slot: 'casualty.killed', status, latest: null, reason: null,
  values: values.map(([display, documents]) => ({
    value: { type: 'killed', min: Number(display), max: Number(display), who: null }, display,
    claims: documents.map((d) => `${d}#0`), documents, sources: documents.length, attributions: [], hedged: false,
  })),
  message: `${status} message`,
});

const reportOf = (documents: string[], findings: ReportFinding[]): Report => ({
  schemaVersion: 1,
  generator: { name: 'claimcheck', version: '0.1.0' },
  documents: documents.map((id) => ({ id, title: null, source: null, url: null, published: null, event: 'E1', chars: 1, warnings: [] })),
  events: [{ id: 'E1', label: 'x', documents, date: null, place: null, sources: documents.length }],
  claims: [],
  findings,
  summary: { documents: documents.length, events: 1, claims: 0, agree: 0, compatible: 0, contradict: findings.length, single: 0, update: 0 },
});

const base = reportOf(['a.md', 'b.md'], [finding('F1', [['4', ['a.md']], ['6', ['b.md']]])]);
const baseline = () => parseBaseline(JSON.parse(serializeBaseline(updateBaseline(null, base, fileOf))));

describe('baseline: a finding recognised by what it says', () => {
  it('records slot, values and the files holding each, one entry a line', () => {
    const text = serializeBaseline(updateBaseline(null, base, fileOf));
    expect(text).toBe(
      '{\n  "claimcheckBaseline": 2,\n  "accepted": [\n' +
        '    {"slot":"casualty.killed","values":[{"value":"4","documents":["articles/a.md"]},{"value":"6","documents":["articles/b.md"]}],"status":"contradict","message":"contradict message"}\n' +
        '  ]\n}\n',
    );
  });

  it.each<[string, Report, string[]]>([
    ['the same finding under another id', reportOf(['a.md', 'b.md'], [finding('F9', [['4', ['a.md']], ['6', ['b.md']]])]), ['F9']],
    ['an unrelated article added to the story', reportOf(['a.md', 'b.md', 'c.md'], [finding('F2', [['4', ['a.md']], ['6', ['b.md']]])]), ['F2']],
    ['a value that changed', reportOf(['a.md', 'b.md'], [finding('F1', [['4', ['a.md']], ['7', ['b.md']]])]), []],
    ['a new article repeating one of the values', reportOf(['a.md', 'b.md', 'c.md'], [finding('F1', [['4', ['a.md', 'c.md']], ['6', ['b.md']]])]), ['F1']],
    ['a new value joining the dispute', reportOf(['a.md', 'b.md', 'c.md'], [finding('F1', [['4', ['a.md']], ['6', ['b.md']], ['9', ['c.md']]])]), []],
    ['a file that switched sides', reportOf(['a.md', 'b.md'], [finding('F1', [['4', ['b.md']], ['6', ['a.md']]])]), []],
    ['another slot with the same values', reportOf(['a.md', 'b.md'], [{ ...finding('F1', [['4', ['a.md']], ['6', ['b.md']]]), slot: 'casualty.injured' }]), []],
  ])('%s', (_, report, expected) => {
    expect([...acceptedFindings(report, baseline(), fileOf)]).toEqual(expected);
  });

  it('an article of one side removed: the rest of the finding is still accepted', () => {
    const three = reportOf(['a.md', 'b.md', 'c.md'], [finding('F1', [['4', ['a.md', 'c.md']], ['6', ['b.md']]])]);
    const written = updateBaseline(null, three, fileOf);
    expect([...acceptedFindings(reportOf(['a.md', 'b.md'], [finding('F3', [['4', ['a.md']], ['6', ['b.md']]])]), written, fileOf)]).toEqual(['F3']);
  });

  it('rewriting keeps entries that still apply (with a desk note), drops stale ones, adds new ones, sorted', () => {
    const old = baseline();
    old.accepted[0]!.note = 'checked with the desk';
    old.accepted.push({ slot: 'casualty.injured', values: [{ value: '2', documents: ['articles/gone.md'] }] });
    const now = reportOf(['a.md', 'b.md'], [finding('F1', [['4', ['a.md']], ['6', ['b.md']]]), { ...finding('F2', [['1', ['a.md']], ['3', ['b.md']]]), slot: 'casualty.arrested' }]);
    const next = updateBaseline(old, now, fileOf);
    expect(next.accepted.map((e) => [e.slot, e.note])).toEqual([['casualty.arrested', undefined], ['casualty.killed', 'checked with the desk']]);
  });

  it('a run checking some files against an archive leaves entries about other files alone', () => {
    const old = baseline();
    old.accepted.push({ slot: 'casualty.injured', values: [{ value: '2', documents: ['articles/x.md'] }, { value: '3', documents: ['articles/y.md'] }] });
    const focused = focusReport(reportOf(['a.md', 'b.md', 'x.md', 'y.md'], [finding('F1', [['4', ['a.md']], ['6', ['b.md']]])]), new Set(['a.md']));
    const outOfScope = (e: { values: { documents: string[] }[] }) => !e.values.some((v) => v.documents.includes('articles/a.md'));
    expect(updateBaseline(old, focused, fileOf, outOfScope).accepted.map((e) => e.slot)).toEqual(['casualty.injured', 'casualty.killed']);
  });

  it('rejects data that is not a baseline, and says when it is an old one', () => {
    expect(() => parseBaseline({ accepted: 'x' })).toThrow(/not a claimcheck baseline/);
    expect(() => parseBaseline({ claimcheckBaseline: 1, accepted: [] })).toThrow(/earlier claimcheck/);
  });
});

describe('focusReport', () => {
  it('keeps only findings involving a given document, and counts them', () => {
    const report = reportOf(['a.md', 'b.md', 'c.md'], [finding('F1', [['4', ['a.md']], ['6', ['b.md']]]), { ...finding('F2', [['1', ['b.md']], ['2', ['c.md']]]), slot: 'casualty.injured' }]);
    const focused = focusReport(report, new Set(['c.md']));
    expect(focused.findings.map((f) => f.id)).toEqual(['F2']);
    expect(focused.summary.contradict).toBe(1);
    expect(focused.documents).toHaveLength(3);
  });
});
