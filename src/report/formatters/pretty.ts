import type { Report, ReportEvent, ReportFinding } from '../build-report.js';
import { DEFAULT_WIDTH, type Formatter, type Palette } from './formatter.js';
import { visibleData } from '../../util/sanitize.js';
import {
  bestClaim, eventsByUrgency, eventWhen, findingsOf, indexReport, plural, quoteOf, relativeDates, relativeDateText, type ReportIndex,
} from '../view/report-view.js';
import { wrapText } from '../view/wrap.js';
import { slotLabel } from '../messages.js';

const HEADINGS = { contradict: 'Contradictions', update: 'Updates', compatible: 'Compatible (differ in precision)', agree: 'Agreements' };
const MARKS = { contradict: '✗', update: '↻', compatible: '≈', agree: '✓', single: '·' };

type Paths = Readonly<Record<string, string>>;

/** The shortest sentence behind a value, as `file:line “quote”`, the file relative to the working directory. */
function evidence(claimIds: string[], index: ReportIndex, p: Palette, paths: Paths): string {
  const best = bestClaim(claimIds, index);
  return best ? p.dim(`${paths[best.document] ?? best.document}:${best.span.line} “${quoteOf(best)}”`) : '';
}

function colour(status: ReportFinding['status'], p: Palette): (s: string) => string {
  return status === 'contradict' ? p.red : status === 'update' ? p.yellow : status === 'compatible' ? p.cyan : status === 'agree' ? p.green : p.dim;
}

function finding(f: ReportFinding, index: ReportIndex, p: Palette, accepted: boolean, paths: Paths): string[] {
  const lines = [`  ${colour(f.status, p)(MARKS[f.status])} ${p.bold(f.message)}${accepted ? p.dim(' (accepted in baseline)') : ''}`];
  f.values.forEach((v, i) => {
    const latest = f.latest === i ? p.yellow(' (latest)') : '';
    const n = v.sources < v.documents.length ? `${plural(v.documents.length, 'doc')}, ${v.sources} independent` : plural(v.documents.length, 'source');
    lines.push(`      ${p.bold(v.display)}${latest} ${p.dim(`— ${n}: ${v.documents.join(', ')}`)}`);
    lines.push(`        ${evidence(v.claims, index, p, paths)}`);
    for (const r of relativeDates(f, i, index)) lines.push(`        ${p.dim(relativeDateText(r))}`);
  });
  return lines;
}

/** All of an event's agreements on one line: "number killed 2 · Port Alder". */
function agreementLine(group: ReportFinding[], p: Palette): string {
  const items = group.map((f) => {
    const said = / agree on the (.*)$/.exec(f.message)?.[1];
    if (said) return said;
    const display = f.values[0]?.display ?? f.slot;
    return f.slot === 'person.victims' ? `${display} (named victim)` : display;
  });
  return `  ${p.green(MARKS.agree)} ${p.green(p.bold(`${HEADINGS.agree} (${group.length}):`))} ${items.join(' · ')} ${p.dim('(--verbose shows each)')}`;
}

function eventLines(report: Report, event: ReportEvent, index: ReportIndex, o: { p: Palette; verbose: boolean; quiet: boolean; accepted: ReadonlySet<string>; paths: Paths }): string[] {
  const { p, verbose, quiet } = o;
  const own = findingsOf(report, event.id);
  const out = [p.bold(p.blue(`${event.id}  ${event.label}`))];
  if (!quiet) {
    const independent = event.sources < event.documents.length ? `, ${plural(event.sources, 'independent source')}` : '';
    out.push(p.dim(`    ${eventWhen(event)} · ${event.place ?? 'place unknown'} · ${plural(event.documents.length, 'document')}${independent}`));
    for (const id of event.documents) {
      const doc = index.documents.get(id);
      out.push(p.dim(`    - ${id}${doc?.source ? ` (${doc.source})` : ''}${doc?.published ? `, ${doc.published}` : ''}`));
    }
  }
  for (const status of ['contradict', 'update', 'compatible', 'agree'] as const) {
    const group = own.filter((f) => f.status === status && !o.accepted.has(f.id));
    if (!group.length || (quiet && status !== 'contradict' && status !== 'update')) continue;
    if (status === 'agree' && !verbose) {
      out.push('', agreementLine(group, p));
      // An agreed date still says what each relative day was read as, and against what.
      for (const f of group) {
        const resolved = f.values.flatMap((_, i) => relativeDates(f, i, index));
        if (resolved.length) out.push(`    ${p.dim(`${slotLabel(f.slot)}: ${resolved.map(relativeDateText).join('; ')}`)}`);
      }
      continue;
    }
    out.push('', `  ${colour(status, p)(p.bold(`${HEADINGS[status]} (${group.length})`))}`);
    for (const f of group) out.push(...finding(f, index, p, false, o.paths));
  }
  // Findings the desk accepted in its baseline: apart, after the ones still open.
  const known = own.filter((f) => o.accepted.has(f.id));
  if (known.length && !quiet) {
    out.push('', `  ${p.dim(p.bold(`Accepted in the baseline (${known.length})`))}`);
    for (const f of known) out.push(...finding(f, index, p, true, o.paths));
  }
  const singles = own.filter((f) => f.status === 'single');
  if (singles.length && !quiet) {
    out.push('', `  ${p.dim(`Single-source claims: ${singles.length}${verbose ? '' : ' (--verbose lists them)'}`)}`);
    if (verbose) {
      for (const f of singles) {
        out.push(`    ${p.dim('·')} ${f.message}  ${evidence(f.values[0]?.claims ?? [], index, p, o.paths)}`);
        for (const r of relativeDates(f, 0, index)) out.push(`      ${p.dim(relativeDateText(r))}`);
      }
    }
  }
  out.push('');
  return out;
}

export const prettyFormatter: Formatter = {
  name: 'pretty',
  description: 'a readable report for the terminal (default)',
  format(raw: Report, { palette: p, verbose, accepted, paths, quiet = false, width = DEFAULT_WIDTH }) {
    // Everything quoted from the articles is data: no control character reaches the terminal.
    const report = visibleData(raw);
    const index = indexReport(report);
    const out: string[] = [];
    if (!quiet) {
      for (const doc of report.documents) {
        for (const w of doc.warnings) if (!/^no publication date/.test(w) || verbose) out.push(p.yellow(`warning: ${doc.id}: ${w}`));
      }
      if (out.length) out.push('');
    }
    // Contradictions first across the whole report: the events that have them lead.
    for (const event of eventsByUrgency(report)) {
      if (quiet && !report.findings.some((f) => f.event === event.id && (f.status === 'contradict' || f.status === 'update'))) continue;
      out.push(...eventLines(report, event, index, { p, verbose, quiet, accepted, paths: visibleData(paths) }));
    }
    const unassigned = report.documents.filter((d) => d.event === null).map((d) => d.id);
    if (unassigned.length && !quiet) out.push(p.dim(`Not in any event: ${unassigned.join(', ')}`), '');
    const s = report.summary;
    out.push(
      `${p.bold('Summary:')} ${plural(s.documents, 'document')}, ${plural(s.events, 'event')}, ${plural(s.claims, 'claim')} · ` +
        `${p.red(`${s.contradict} contradict`)}, ${p.yellow(`${s.update} update`)}, ${p.cyan(`${s.compatible} compatible`)}, ${p.green(`${s.agree} agree`)}, ${s.single} single`,
    );
    return `${wrapText(out, width).join('\n')}\n`;
  },
};
