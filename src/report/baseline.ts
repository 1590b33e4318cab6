import type { Report, ReportFinding } from './build-report.js';

/**
 * Known findings a newsroom has reviewed and accepted. A finding is recognised by what it
 * says (slot, the documents of its event, its values), not by its id, which shifts when
 * other findings come and go.
 */
export interface Baseline {
  claimcheckBaseline: 1;
  accepted: { fingerprint: string; status: string; slot: string; message: string }[];
}

export function fingerprint(finding: ReportFinding, report: Report): string {
  const event = report.events.find((e) => e.id === finding.event);
  const values = finding.values.map((v) => v.display).sort();
  return JSON.stringify([finding.slot, finding.status, event?.documents ?? [], values]);
}

/** A baseline accepting every contradict and update finding of the report. */
export function buildBaseline(report: Report): Baseline {
  return {
    claimcheckBaseline: 1,
    accepted: report.findings
      .filter((f) => f.status === 'contradict' || f.status === 'update')
      .map((f) => ({ fingerprint: fingerprint(f, report), status: f.status, slot: f.slot, message: f.message })),
  };
}

/** Throws a one-line message when the data is not a baseline. */
export function parseBaseline(data: unknown): Baseline {
  const b = data as Baseline;
  if (!b || b.claimcheckBaseline !== 1 || !Array.isArray(b.accepted) || b.accepted.some((a) => typeof a?.fingerprint !== 'string')) {
    throw new Error('not a claimcheck baseline file (expected {"claimcheckBaseline": 1, "accepted": [...]})');
  }
  return b;
}

/** Ids of the report's findings that the baseline accepts. */
export function acceptedFindings(report: Report, baseline: Baseline): Set<string> {
  const known = new Set(baseline.accepted.map((a) => a.fingerprint));
  return new Set(report.findings.filter((f) => known.has(fingerprint(f, report))).map((f) => f.id));
}
