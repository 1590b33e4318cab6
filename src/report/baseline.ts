import type { Report, ReportFinding } from './build-report.js';

/**
 * Findings a newsroom has reviewed and accepted. An entry is recognised by what its finding
 * says (slot, values, and the files that hold each value), never by ids or by the event's
 * document list, so it survives articles being added, removed or renamed around it. A finding
 * whose values change, or where a file of the entry switches value, is new again.
 */
export interface BaselineValue {
  value: string;
  /** Files holding this value, relative to the baseline file's folder, "/" separators, sorted. */
  documents: string[];
}

export interface BaselineEntry {
  slot: string;
  values: BaselineValue[];
  /** For the reader of the file only: what the finding said when it was accepted. */
  status?: string;
  message?: string;
  /** Anything else a desk writes into an entry (a note, who accepted it) is kept. */
  [other: string]: unknown;
}

export interface Baseline {
  claimcheckBaseline: 2;
  accepted: BaselineEntry[];
}

/** A document id → its file, as written in the baseline (relative to the baseline's folder). */
export type FileOf = (documentId: string) => string;

const sorted = (items: string[]) => [...items].sort();
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const BASELINE_STATUSES = ['contradict', 'update'] as const;

/** The entry that accepts a finding. */
export function entryOf(finding: ReportFinding, fileOf: FileOf): BaselineEntry {
  return {
    slot: finding.slot,
    values: finding.values
      .map((v) => ({ value: v.display, documents: sorted(v.documents.map(fileOf)) }))
      .sort((a, b) => compareText(a.value, b.value)),
    status: finding.status,
    message: finding.message,
  };
}

/**
 * Whether an entry accepts a finding: the same slot and values, and no file of the entry that is
 * still in the run holding another value now. Files added since may hold any of the values (a
 * later article repeating the toll must not reopen a reviewed dispute); removed or renamed files
 * drop out.
 */
export function entryAccepts(entry: BaselineEntry, finding: ReportFinding, fileOf: FileOf, present: ReadonlySet<string>): boolean {
  if (entry.slot !== finding.slot) return false;
  const current = entryOf(finding, fileOf).values;
  if (current.length !== entry.values.length) return false;
  const holder = new Map(current.flatMap((v) => v.documents.map((d) => [d, v.value] as const)));
  return current.every((value, i) => {
    const known = entry.values[i]!;
    return known.value === value.value && known.documents.every((d) => !present.has(d) || !holder.has(d) || holder.get(d) === known.value);
  });
}

const inBaseline = (f: ReportFinding) => (BASELINE_STATUSES as readonly string[]).includes(f.status);

/** Ids of the report's findings that the baseline accepts. */
export function acceptedFindings(report: Report, baseline: Baseline, fileOf: FileOf): Set<string> {
  const present = new Set(report.documents.map((d) => fileOf(d.id)));
  const accepted = new Set<string>();
  for (const f of report.findings) {
    if (inBaseline(f) && baseline.accepted.some((e) => entryAccepts(e, f, fileOf, present))) accepted.add(f.id);
  }
  return accepted;
}

/**
 * The baseline after this run: every contradict and update finding accepted. Entries that still
 * apply are kept as they are (a desk's note stays), stale ones are dropped, and entries the run
 * could not judge (`outOfScope`: a run checking some files against an archive) stay untouched.
 */
export function updateBaseline(previous: Baseline | null, report: Report, fileOf: FileOf, outOfScope: (entry: BaselineEntry) => boolean = () => false): Baseline {
  const present = new Set(report.documents.map((d) => fileOf(d.id)));
  const old = previous?.accepted ?? [];
  const entries = old.filter(outOfScope);
  for (const f of report.findings.filter(inBaseline)) {
    const kept = old.find((e) => !outOfScope(e) && entryAccepts(e, f, fileOf, present));
    entries.push(kept ? { ...kept, values: entryOf(f, fileOf).values } : entryOf(f, fileOf));
  }
  const key = (e: BaselineEntry) => JSON.stringify([e.slot, e.values]);
  const unique = new Map(entries.map((e) => [key(e), e]));
  return { claimcheckBaseline: 2, accepted: [...unique.values()].sort((a, b) => compareText(key(a), key(b))) };
}

/** The file's text: sorted entries, one a line, so a review shows one line per accepted finding. */
export function serializeBaseline(baseline: Baseline): string {
  const lines = baseline.accepted.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "claimcheckBaseline": 2,\n  "accepted": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}

const isValue = (v: unknown): v is BaselineValue =>
  typeof (v as BaselineValue)?.value === 'string' && Array.isArray((v as BaselineValue).documents) && (v as BaselineValue).documents.every((d) => typeof d === 'string');

/** Throws a one-line message when the data is not a baseline. */
export function parseBaseline(data: unknown): Baseline {
  const b = data as { claimcheckBaseline?: unknown; accepted?: unknown };
  if (b?.claimcheckBaseline === 1) throw new Error('a baseline of an earlier claimcheck (version 1): write it again with --write-baseline');
  const ok = b?.claimcheckBaseline === 2 && Array.isArray(b.accepted) &&
    b.accepted.every((e: BaselineEntry) => typeof e?.slot === 'string' && Array.isArray(e.values) && e.values.every(isValue));
  if (!ok) throw new Error('not a claimcheck baseline file (expected {"claimcheckBaseline": 2, "accepted": [...]})');
  const accepted = (b.accepted as BaselineEntry[]).map((e) => ({
    ...e,
    values: e.values.map((v) => ({ value: v.value, documents: sorted(v.documents) })).sort((x, y) => compareText(x.value, y.value)),
  }));
  return { claimcheckBaseline: 2, accepted };
}
