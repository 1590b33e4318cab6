import { createHash } from 'node:crypto';
import type { Claim, ClaimKind } from '../../types.js';
import type { Report, ReportFinding } from '../build-report.js';
import type { Formatter, FormatOptions } from './formatter.js';
import { safeJson } from '../../util/sanitize.js';
import { claimsOf, indexReport, type ReportIndex } from '../view/report-view.js';

// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one rule per
// kind of claim, one result per claim behind a contradicting (error) or updated (warning)
// value, placed on the claim's span. Deterministic: no timestamps, no absolute paths.

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const RULE_TEXT: Record<ClaimKind, string> = {
  person: 'Sources name different people',
  organization: 'Sources name different organizations',
  place: 'Sources disagree on where it happened',
  date: 'Sources disagree on when it happened',
  casualty: 'Sources disagree on a casualty count',
  quantity: 'Sources disagree on a number',
  role: 'Sources disagree on a role',
  alias: 'Sources disagree on an alias',
  quote: 'Sources quote a remark differently',
  agent: 'Sources disagree on who did it',
};

const LEVEL = { contradict: 'error', update: 'warning' } as const;
type Reported = ReportFinding & { status: keyof typeof LEVEL };
const reported = (f: ReportFinding): f is Reported => f.status === 'contradict' || f.status === 'update';

/** Where a claim is: start from the report's span, end from its text (spans may cross lines). */
function region(claim: Claim) {
  const lines = claim.text.split('\n');
  const endLine = claim.span.line + lines.length - 1;
  const endColumn = lines.length === 1 ? claim.span.column + claim.text.length : lines.at(-1)!.length + 1;
  return {
    startLine: claim.span.line, startColumn: claim.span.column, endLine, endColumn,
    charOffset: claim.span.start, charLength: claim.span.end - claim.span.start,
    snippet: { text: claim.text },
  };
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, '#', '?'). */
const uriOf = (file: string) => file.split('/').map(encodeURIComponent).join('/');

function location(claim: Claim, paths: FormatOptions['paths'], message?: string) {
  return {
    physicalLocation: { artifactLocation: { uri: uriOf(paths[claim.document] ?? claim.document), uriBaseId: '%SRCROOT%' }, region: region(claim) },
    ...(message ? { message: { text: message } } : {}),
  };
}

/** Stable across runs and ids: what the finding is about and what this claim says there. */
const fingerprint = (f: ReportFinding, claim: Claim, display: string) =>
  createHash('sha256').update(JSON.stringify([f.slot, f.values.map((v) => v.display).sort(), claim.document, display, claim.text])).digest('hex').slice(0, 32);

function results(report: Report, index: ReportIndex, options: FormatOptions, ruleIndex: Map<ClaimKind, number>) {
  const out: unknown[] = [];
  for (const f of report.findings.filter(reported)) {
    f.values.forEach((value, i) => {
      const others = f.values.filter((_, j) => j !== i);
      for (const claim of claimsOf(value.claims, index)) {
        const elsewhere = others.flatMap((v) => claimsOf(v.claims, index).slice(0, 1).map((c) => location(c, options.paths, `${c.document} says ${v.display}`)));
        out.push({
          ruleId: f.kind,
          ruleIndex: ruleIndex.get(f.kind)!,
          level: options.accepted.has(f.id) ? 'note' : LEVEL[f.status],
          message: { text: `${f.message}. Here: ${value.display}.` },
          locations: [location(claim, options.paths)],
          ...(elsewhere.length ? { relatedLocations: elsewhere.map((l, id) => ({ id, ...l })) } : {}),
          partialFingerprints: { 'claimcheckFinding/v1': fingerprint(f, claim, value.display) },
          properties: { finding: f.id, event: f.event, slot: f.slot, status: f.status, claim: claim.id, accepted: options.accepted.has(f.id) },
        });
      }
    });
  }
  return out;
}

export const sarifFormatter: Formatter = {
  name: 'sarif',
  description: 'SARIF 2.1.0, for GitHub code scanning',
  format(report, options) {
    const index = indexReport(report);
    const kinds = [...new Set(report.findings.filter(reported).map((f) => f.kind))].sort();
    const ruleIndex = new Map(kinds.map((k, i) => [k, i]));
    const rules = kinds.map((kind) => ({
      id: kind,
      name: `${kind[0]!.toUpperCase()}${kind.slice(1)}Conflict`,
      shortDescription: { text: RULE_TEXT[kind] },
      fullDescription: { text: `${RULE_TEXT[kind]}: articles about the same event give values that cannot all hold (error), or later articles revise earlier ones (warning).` },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['claimcheck', kind] },
    }));
    const log = {
      $schema: SCHEMA,
      version: '2.1.0',
      runs: [{
        tool: { driver: { name: report.generator.name, version: report.generator.version, semanticVersion: report.generator.version, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'the working directory claimcheck ran in' } } },
        results: results(report, index, options, ruleIndex),
      }],
    };
    return `${safeJson(JSON.stringify(log, null, 2))}\n`;
  },
};
