import type { Report, ReportFinding } from '../../src/report/build-report.js';
import { plainPalette, type FormatOptions } from '../../src/report/formatters/formatter.js';
import type { Claim, ClaimValue } from '../../src/types.js';

// A small report for formatter tests: a quiet event listed first (agreements only) and an
// event with a contradicting toll and a relative date, whose article text is hostile to
// every output format: a table cell boundary, a line break, HTML, a mention, emphasis.

export const HOSTILE = 'Six | died <script>alert(1)</script> @desk **now**\nsaid <b>police</b> & co';

const claim = (id: string, document: string, line: number, kind: Claim['kind'], text: string, sentence: string, value: ClaimValue, event: string): Claim => ({
  id, document, event, kind, text, span: { start: 10 * line, end: 10 * line + text.length, line, column: 3 },
  value, qualifiers: [], attribution: null, sentence, rule: `${kind}/test`,
});

const killed = (n: number): ClaimValue => ({ type: 'killed', min: n, max: n, who: null });
const day = (d: string, relative: string | null): ClaimValue => ({ start: d, end: d, granularity: 'day', relative });

const finding = (id: string, event: string, kind: Claim['kind'], slot: string, status: ReportFinding['status'], values: [string, string[], ClaimValue][], message: string): ReportFinding => ({
  id, event, kind, slot, status, latest: null, reason: null, message,
  values: values.map(([display, claims, value]) => ({
    value, display, claims, documents: [...new Set(claims.map((c) => c.split('#')[0]!))], sources: new Set(claims.map((c) => c.split('#')[0]!)).size, attributions: [], hedged: false,
  })),
});

export function sampleReport(): Report {
  return {
    schemaVersion: 1,
    generator: { name: 'claimcheck', version: '0.1.0' },
    documents: [
      { id: 'a.md', title: 'A', source: 'Coast Gazette', url: null, published: '2025-03-16', event: 'E2', chars: 400, warnings: [] },
      { id: 'b.md', title: 'B', source: 'Harbor <Times>', url: null, published: '2025-03-15', event: 'E2', chars: 400, warnings: [] },
      { id: 'c.md', title: 'C', source: null, url: null, published: '2025-03-15', event: 'E1', chars: 400, warnings: [] },
      { id: 'd.md', title: 'D', source: null, url: null, published: '2025-03-15', event: 'E1', chars: 400, warnings: [] },
    ],
    events: [
      { id: 'E1', label: 'council vote', documents: ['c.md', 'd.md'], date: null, place: null, sources: 2 },
      { id: 'E2', label: 'mill blast | <i>Port</i>', documents: ['a.md', 'b.md'], date: { start: '2025-03-15', end: '2025-03-15', granularity: 'day', relative: null }, place: 'Port Alder', sources: 2 },
    ],
    claims: [
      claim('a.md#0', 'a.md', 4, 'casualty', 'four', 'Four were killed in the blast.', killed(4), 'E2'),
      claim('a.md#1', 'a.md', 5, 'date', 'Saturday', 'The mill exploded on Saturday.', day('2025-03-15', 'saturday'), 'E2'),
      claim('b.md#0', 'b.md', 6, 'casualty', 'Six', HOSTILE, killed(6), 'E2'),
      claim('b.md#1', 'b.md', 7, 'date', 'Friday', 'It happened on Friday.', day('2025-03-14', 'friday'), 'E2'),
      claim('c.md#0', 'c.md', 2, 'quantity', '7', 'The council voted 7 to 2.', { min: 7, max: 7, unit: null }, 'E1'),
      claim('d.md#0', 'd.md', 2, 'quantity', 'seven', 'Seven members voted yes.', { min: 7, max: 7, unit: null }, 'E1'),
    ],
    findings: [
      finding('F1', 'E1', 'quantity', 'quantity.count', 'agree', [['7', ['c.md#0', 'd.md#0'], { min: 7, max: 7, unit: null }]], '2 sources agree on the quantity: 7'),
      finding('F2', 'E2', 'casualty', 'casualty.killed', 'contradict', [['4', ['a.md#0'], killed(4)], ['6 | <b>six</b>', ['b.md#0'], killed(6)]], `number killed disputed: 4 (a.md) vs 6 (b.md) ${HOSTILE}`),
      finding('F3', 'E2', 'date', 'date', 'contradict', [['Saturday, 2025-03-15', ['a.md#1'], day('2025-03-15', 'saturday')], ['Friday, 2025-03-14', ['b.md#1'], day('2025-03-14', 'friday')]], 'date disputed: Saturday vs Friday'),
    ],
    summary: { documents: 4, events: 2, claims: 6, agree: 1, compatible: 0, contradict: 2, single: 0, update: 0 },
  };
}

export const formatOptions = (over: Partial<FormatOptions> = {}): FormatOptions => ({ palette: plainPalette, verbose: false, accepted: new Set(), paths: {}, ...over });
