import type { AnalysisResult, Claim, ClaimValue, DateValue, FindingReason, FindingStatus, Summary } from '../types.js';
import { formatMessage } from './messages.js';

export const SCHEMA_VERSION = 1;

export interface ReportDocument {
  id: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  event: string | null;
  chars: number;
  warnings: string[];
  /** Claims the article's disable comment left out of comparison: kind → how many (only when it has one). */
  suppressed?: Partial<Record<Claim['kind'], number>>;
}

export interface ReportEvent {
  id: string;
  label: string;
  documents: string[];
  date: DateValue | null;
  place: string | null;
  /** Independent sources among the documents (wire copies count once). */
  sources: number;
}

export interface ReportFindingValue {
  value: ClaimValue;
  display: string;
  claims: string[];
  documents: string[];
  sources: number;
  attributions: string[];
  hedged: boolean;
}

export interface ReportFinding {
  id: string;
  event: string;
  kind: Claim['kind'];
  slot: string;
  status: FindingStatus;
  values: ReportFindingValue[];
  latest: number | null;
  /** Why the values cannot all hold (beyond the contract): a code and the facts behind it. */
  reason: FindingReason | null;
  message: string;
  /** Present, and true, when a baseline accepts the finding: it no longer fails a run. */
  accepted?: true;
}

/** The JSON report contract of ../shared/spec/json-report.md, schema version 1. */
export interface Report {
  schemaVersion: number;
  generator: { name: string; version: string };
  documents: ReportDocument[];
  events: ReportEvent[];
  claims: Claim[];
  findings: ReportFinding[];
  summary: Summary;
}

export function buildReport(result: AnalysisResult, version: string): Report {
  const summary: Summary = {
    documents: result.documents.length,
    events: result.grouping.events.length,
    claims: result.claims.length,
    agree: 0, compatible: 0, contradict: 0, single: 0, update: 0,
  };
  for (const f of result.findings) summary[f.status]++;
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'claimcheck', version },
    documents: result.documents.map((d) => ({
      id: d.id, title: d.title, source: d.source, url: d.url, published: d.published,
      event: result.grouping.documentEvent[d.id] ?? null, chars: d.chars, warnings: d.warnings,
      ...(d.suppressed ? { suppressed: d.suppressed } : {}),
    })),
    events: result.grouping.events.map((e) => ({ ...e, sources: result.eventSources[e.id] ?? e.documents.length })),
    claims: result.claims,
    findings: result.findings.map((f) => ({
      id: f.id, event: f.event, kind: f.kind, slot: f.slot, status: f.status,
      values: f.values.map((v) => ({ value: v.value, display: v.display, claims: v.claims, documents: v.documents, sources: v.sources, attributions: v.attributions, hedged: v.hedged })),
      latest: f.latest,
      reason: f.reason,
      message: formatMessage(f),
    })),
    summary,
  };
}
