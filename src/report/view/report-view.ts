import type { Claim, DateValue, FindingStatus } from '../../types.js';
import type { Report, ReportDocument, ReportEvent, ReportFinding } from '../build-report.js';
import { plural } from '../../util/plural.js';

/** "1 document", "2 documents": every count a formatter prints goes through here. */
export { plural };

/** Findings that need a reader's attention first, then the ones that only confirm. */
export const STATUS_ORDER: readonly FindingStatus[] = ['contradict', 'update', 'compatible', 'agree', 'single'];

const rank = (f: ReportFinding) => STATUS_ORDER.indexOf(f.status);

/** How urgent an event is: 0 with a contradiction, 1 with an update, 2 otherwise. */
export function eventRank(event: ReportEvent, findings: readonly ReportFinding[]): number {
  const own = findings.filter((f) => f.event === event.id);
  return own.some((f) => f.status === 'contradict') ? 0 : own.some((f) => f.status === 'update') ? 1 : 2;
}

/** Events with contradictions first, then with updates, then the quiet ones; report order within each. */
export function eventsByUrgency(report: Report): ReportEvent[] {
  return report.events
    .map((event, index) => ({ event, index, rank: eventRank(event, report.findings) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((e) => e.event);
}

/** An event's findings, contradictions first (stable within a status). */
export function findingsOf(report: Report, eventId: string): ReportFinding[] {
  return report.findings
    .map((finding, index) => ({ finding, index }))
    .filter((e) => e.finding.event === eventId)
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map((e) => e.finding);
}

/** Lookups every formatter needs, built once per report. */
export interface ReportIndex {
  claims: Map<string, Claim>;
  documents: Map<string, ReportDocument>;
}

export function indexReport(report: Report): ReportIndex {
  return {
    claims: new Map(report.claims.map((c) => [c.id, c])),
    documents: new Map(report.documents.map((d) => [d.id, d])),
  };
}

/** The claims behind one value, as found. */
export function claimsOf(ids: readonly string[], index: ReportIndex): Claim[] {
  return ids.map((id) => index.claims.get(id)).filter((c): c is Claim => !!c);
}

/** The claim of a value a reader checks first: the one in the shortest sentence. */
export function bestClaim(ids: readonly string[], index: ReportIndex): Claim | undefined {
  return [...claimsOf(ids, index)].sort((a, b) => a.sentence.length - b.sentence.length)[0];
}

/** A sentence as one line, cut around the claim when longer than `max`. */
export function quoteOf(claim: Claim, max = 160): string {
  const s = claim.sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const at = Math.max(0, s.indexOf(claim.text) - 60);
  const cut = s.slice(at, at + max);
  return `${at > 0 ? '…' : ''}${cut}${at + max < s.length ? '…' : ''}`;
}

/** A relative date as the text said it, what it came to, and the publication date it was read against. */
export interface RelativeDate {
  claim: string;
  document: string;
  text: string;
  /** "2025-03-15", or "2025-03-10…2025-03-16"; null when it could not be resolved. */
  resolved: string | null;
  /** The publication date it was resolved against; null when the document has none. */
  against: string | null;
}

const interval = (d: DateValue) => (d.start === null ? null : d.start === d.end || d.end === null ? d.start : `${d.start}…${d.end}`);

/** The relative dates ("Friday", "last week") behind one value of a date finding. */
export function relativeDates(finding: ReportFinding, valueIndex: number, index: ReportIndex): RelativeDate[] {
  if (finding.kind !== 'date') return [];
  const value = finding.values[valueIndex];
  if (!value) return [];
  const seen = new Set<string>();
  const out: RelativeDate[] = [];
  for (const claim of claimsOf(value.claims, index)) {
    const date = claim.value as DateValue;
    if (claim.kind !== 'date' || !date.relative) continue;
    // One line per document and wording: a story that says "Friday" three times says it once here.
    const key = `${claim.document}\u0000${claim.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ claim: claim.id, document: claim.document, text: claim.text, resolved: interval(date), against: index.documents.get(claim.document)?.published ?? null });
  }
  return out;
}

/** “Friday” → 2025-03-14, resolved against a.md’s publication date 2025-03-15. */
export function relativeDateText(r: RelativeDate): string {
  if (r.resolved === null || r.against === null) return `“${r.text}” in ${r.document} is not resolved: the article has no publication date`;
  return `“${r.text}” → ${r.resolved}, resolved against ${r.document}’s publication date ${r.against}`;
}

/** Which value of a finding a document gives (the first one listing it), or -1. */
export function valueIn(finding: ReportFinding, document: string): number {
  return finding.values.findIndex((v) => v.documents.includes(document));
}

/** "2025-03-12", "2025-03-10…2025-03-16" or "date unknown". */
export function eventWhen(event: ReportEvent): string {
  return event.date ? interval(event.date) ?? 'date unknown' : 'date unknown';
}
