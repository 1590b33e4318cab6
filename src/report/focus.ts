import type { Summary } from '../types.js';
import type { Report } from './build-report.js';

/**
 * The report of a run that checked some files against an archive: only findings that involve
 * one of the given documents, the events that hold them, and the claims of those events and
 * documents. Every document read stays listed; the summary counts what is left.
 */
export function focusReport(report: Report, focus: ReadonlySet<string>): Report {
  const findings = report.findings.filter((f) => f.values.some((v) => v.documents.some((d) => focus.has(d))));
  const events = report.events.filter((e) => e.documents.some((d) => focus.has(d)));
  const eventIds = new Set(events.map((e) => e.id));
  const claims = report.claims.filter((c) => focus.has(c.document) || (c.event !== null && eventIds.has(c.event)));
  const summary: Summary = {
    documents: report.documents.length, events: events.length, claims: claims.length,
    agree: 0, compatible: 0, contradict: 0, single: 0, update: 0,
  };
  for (const f of findings) summary[f.status]++;
  return { ...report, events, claims, findings, summary };
}
