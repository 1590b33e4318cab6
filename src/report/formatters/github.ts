import type { Claim } from '../../types.js';
import type { Report, ReportFinding } from '../build-report.js';
import type { Formatter } from './formatter.js';
import { visibleData, workflowData, workflowProperty } from '../../util/sanitize.js';

// GitHub Actions workflow commands: an annotation per finding on its evidence line, and for a
// contradiction one on the evidence line of every document behind it.
const escapeData = workflowData;
const escapeProperty = workflowProperty;

const LEVEL = { contradict: 'error', update: 'warning', compatible: 'notice' } as const;

export const githubFormatter: Formatter = {
  name: 'github',
  description: 'GitHub Actions annotations (::error file=…,line=…::…), for CI',
  format(raw: Report, rawOptions) {
    // Control characters from the articles are made visible first, then GitHub's own escapes
    // keep %, line breaks, ':' and ',' of the data from ending a message or a property.
    const report = visibleData(raw);
    const options = { ...rawOptions, paths: visibleData(rawOptions.paths) };
    const claims = new Map(report.claims.map((c) => [c.id, c]));
    const lines: string[] = [];
    const annotate = (level: string, claim: Claim | undefined, finding: ReportFinding, message: string) => {
      const where = claim ? `file=${escapeProperty(options.paths[claim.document] ?? claim.document)},line=${claim.span.line},col=${claim.span.column},` : '';
      lines.push(`::${level} ${where}title=${escapeProperty(`claimcheck ${finding.status} ${finding.slot}`)}::${escapeData(message)}`);
    };
    for (const finding of report.findings) {
      if (finding.status !== 'contradict' && finding.status !== 'update' && finding.status !== 'compatible') continue;
      const level = options.accepted.has(finding.id) ? 'notice' : LEVEL[finding.status];
      if (finding.status !== 'contradict') {
        annotate(level, claims.get(finding.values[0]?.claims[0] ?? ''), finding, finding.message);
        continue;
      }
      // Every source of a contradiction is marked, each on its own evidence line: whoever
      // edits any of the articles sees the dispute there.
      for (const value of finding.values) {
        for (const doc of value.documents) {
          const claim = value.claims.map((id) => claims.get(id)).find((c) => c?.document === doc);
          annotate(level, claim, finding, `${finding.message} (this source: ${value.display})`);
        }
      }
    }
    for (const doc of report.documents) {
      for (const warning of doc.warnings) lines.push(`::warning file=${escapeProperty(options.paths[doc.id] ?? doc.id)},title=claimcheck::${escapeData(warning)}`);
    }
    return lines.length ? `${lines.join('\n')}\n` : '';
  },
};
