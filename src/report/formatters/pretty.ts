import type { Claim } from '../../types.js';
import type { Report, ReportFinding } from '../build-report.js';
import type { Formatter, Palette } from './formatter.js';
import { visibleData } from '../../util/sanitize.js';

const ORDER = ['contradict', 'update', 'compatible', 'agree'] as const;
const HEADINGS = { contradict: 'Contradictions', update: 'Updates', compatible: 'Compatible (differ in precision)', agree: 'Agreements' };
const QUOTE_MAX = 160;

function shorten(sentence: string, claim: Claim): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= QUOTE_MAX) return s;
  const at = Math.max(0, s.indexOf(claim.text) - 60);
  const cut = s.slice(at, at + QUOTE_MAX);
  return `${at > 0 ? '…' : ''}${cut}${at + QUOTE_MAX < s.length ? '…' : ''}`;
}

/** The shortest sentence behind a value, as `file:line "quote"`, the file relative to the working directory. */
function evidence(claimIds: string[], claims: Map<string, Claim>, p: Palette, paths: Readonly<Record<string, string>>): string {
  const behind = claimIds.map((id) => claims.get(id)).filter((c): c is Claim => !!c);
  const best = [...behind].sort((a, b) => a.sentence.length - b.sentence.length)[0];
  if (!best) return '';
  return `${p.dim(`${paths[best.document] ?? best.document}:${best.span.line}`)} ${p.dim(`“${shorten(best.sentence, best)}”`)}`;
}

function colour(status: ReportFinding['status'], p: Palette): (s: string) => string {
  return status === 'contradict' ? p.red : status === 'update' ? p.yellow : status === 'compatible' ? p.cyan : p.green;
}

function finding(f: ReportFinding, claims: Map<string, Claim>, p: Palette, accepted: boolean, paths: Readonly<Record<string, string>>): string[] {
  const mark = colour(f.status, p)(f.status === 'contradict' ? '✗' : f.status === 'update' ? '↻' : f.status === 'compatible' ? '≈' : '✓');
  const lines = [`  ${mark} ${p.bold(f.message)}${accepted ? p.dim(' (accepted in baseline)') : ''}`];
  f.values.forEach((v, i) => {
    const latest = f.latest === i ? p.yellow(' (latest)') : '';
    const n = v.sources < v.documents.length ? `${v.documents.length} docs, ${v.sources} independent` : `${v.documents.length} source${v.documents.length === 1 ? '' : 's'}`;
    lines.push(`      ${p.bold(v.display)}${latest} ${p.dim(`— ${n}: ${v.documents.join(', ')}`)}`);
    lines.push(`        ${evidence(v.claims, claims, p, paths)}`);
  });
  return lines;
}

export const prettyFormatter: Formatter = {
  name: 'pretty',
  description: 'a readable report for the terminal (default)',
  format(raw: Report, { palette: p, verbose, accepted, paths }) {
    // Everything quoted from the articles is data: no control character reaches the terminal.
    const report = visibleData(raw);
    const claims = new Map(report.claims.map((c) => [c.id, c]));
    const out: string[] = [];
    for (const doc of report.documents) {
      for (const w of doc.warnings) if (!/^no publication date/.test(w) || verbose) out.push(p.yellow(`warning: ${doc.id}: ${w}`));
    }
    if (out.length) out.push('');
    for (const event of report.events) {
      const when = event.date?.start ? (event.date.start === event.date.end ? event.date.start : `${event.date.start}…${event.date.end}`) : 'date unknown';
      out.push(p.bold(p.blue(`${event.id}  ${event.label}`)));
      out.push(p.dim(`    ${when} · ${event.place ?? 'place unknown'} · ${event.documents.length} document${event.documents.length === 1 ? '' : 's'}${event.sources < event.documents.length ? `, ${event.sources} independent sources` : ''}`));
      for (const id of event.documents) {
        const doc = report.documents.find((d) => d.id === id);
        out.push(p.dim(`    - ${id}${doc?.source ? ` (${doc.source})` : ''}${doc?.published ? `, ${doc.published}` : ''}`));
      }
      const own = report.findings.filter((f) => f.event === event.id);
      for (const status of ORDER) {
        const group = own.filter((f) => f.status === status && !accepted.has(f.id));
        if (!group.length) continue;
        out.push('', `  ${colour(status, p)(p.bold(`${HEADINGS[status]} (${group.length})`))}`);
        for (const f of group) out.push(...finding(f, claims, p, false, paths));
      }
      // Findings the desk accepted in its baseline: apart, after the ones still open.
      const known = own.filter((f) => accepted.has(f.id));
      if (known.length) {
        out.push('', `  ${p.dim(p.bold(`Accepted in the baseline (${known.length})`))}`);
        for (const f of known) out.push(...finding(f, claims, p, true, paths));
      }
      const singles = own.filter((f) => f.status === 'single');
      if (singles.length) {
        out.push('', `  ${p.dim(`Single-source claims: ${singles.length}${verbose ? '' : ' (--verbose lists them)'}`)}`);
        if (verbose) for (const f of singles) out.push(`    ${p.dim('·')} ${f.message}  ${evidence(f.values[0]?.claims ?? [], claims, p, paths)}`);
      }
      out.push('');
    }
    const unassigned = report.documents.filter((d) => d.event === null).map((d) => d.id);
    if (unassigned.length) out.push(p.dim(`Not in any event: ${unassigned.join(', ')}`), '');
    const s = report.summary;
    out.push(
      `${p.bold('Summary:')} ${s.documents} documents, ${s.events} events, ${s.claims} claims · ` +
        `${p.red(`${s.contradict} contradict`)}, ${p.yellow(`${s.update} update`)}, ${p.cyan(`${s.compatible} compatible`)}, ${p.green(`${s.agree} agree`)}, ${s.single} single`,
    );
    return `${out.join('\n')}\n`;
  },
};
