import type { Report, ReportFinding } from '../build-report.js';
import type { Formatter } from './formatter.js';
import { visibleLineData as visibleData } from '../../util/sanitize.js';
import {
  bestClaim, claimsOf, eventsByUrgency, eventWhen, findingsOf, indexReport, plural, quoteOf, relativeDates, relativeDateText, valueIn, type ReportIndex,
} from '../view/report-view.js';
import { slotLabel } from '../messages.js';

// A report an editor pastes into a pull-request comment (GitHub-flavoured Markdown).

/**
 * Article text as inert Markdown: HTML characters as entities (no tag, comment or autolink
 * survives), Markdown punctuation backslash-escaped (no emphasis, link, code or table cell
 * boundary), every line break a space so a cell or a list item stays one line, and '@' and
 * '#' as entities so a quote never mentions a GitHub user or links an issue.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '&#64;', '#': '&#35;' };

export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/[&<>@#]/g, (c) => ENTITIES[c]!)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    // What would open a block where the text starts: a list item, a heading underline.
    .replace(/^([-+=]|\d+[.)])/, (m) => `\\${m}`);
}

const STATUS = { contradict: '❌ contradict', update: '🔄 update', compatible: '≈ compatible', agree: '✅ agree', single: '· single' };

/** Slot × source: the value each document gives, one row per finding. */
function table(report: Report, event: Report['events'][number], findings: ReportFinding[]): string[] {
  const docs = event.documents.map((id) => report.documents.find((d) => d.id === id));
  const head = ['Slot', 'Status', ...event.documents.map((id, i) => markdownText(docs[i]?.source ? `${id} (${docs[i]!.source})` : id))];
  const rows = findings.map((f) => [
    markdownText(slotLabel(f.slot)),
    STATUS[f.status],
    ...event.documents.map((doc) => {
      const i = valueIn(f, doc);
      if (i < 0) return '';
      const text = markdownText(f.values[i]!.display);
      return f.status === 'contradict' || f.status === 'update' ? `**${text}**${f.latest === i ? ' (latest)' : ''}` : text;
    }),
  ]);
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

function quoteLines(f: ReportFinding, index: ReportIndex, paths: Readonly<Record<string, string>>): string[] {
  const out: string[] = [];
  f.values.forEach((v, i) => {
    out.push(`  - **${markdownText(v.display)}**${f.latest === i ? ' (latest)' : ''}: ${markdownText(v.documents.join(', '))}`);
    // One quote per document: the reader checks each source once.
    for (const doc of v.documents) {
      const claim = bestClaim(claimsOf(v.claims, index).filter((c) => c.document === doc).map((c) => c.id), index);
      if (claim) out.push(`    > \`${(paths[doc] ?? doc).replace(/`/g, "'")}:${claim.span.line}\` “${markdownText(quoteOf(claim, 300))}”`);
    }
    for (const r of relativeDates(f, i, index)) out.push(`    - ${markdownText(relativeDateText(r))}`);
  });
  return out;
}

export const markdownFormatter: Formatter = {
  name: 'markdown',
  description: 'Markdown for a pull-request comment: a table per event, then the contradictions with quotes',
  format(raw, { verbose, accepted, paths: rawPaths }) {
    const report = visibleData(raw);
    const paths = visibleData(rawPaths);
    const index = indexReport(report);
    const s = report.summary;
    const out = [
      '## claimcheck report',
      '',
      `**${plural(s.contradict, 'contradiction')}**, ${plural(s.update, 'update')}, ${s.compatible} compatible, ${s.agree} agree, ${s.single} single · ` +
        `${plural(s.documents, 'document')}, ${plural(s.events, 'event')}, ${plural(s.claims, 'claim')}`,
    ];
    for (const event of eventsByUrgency(report)) {
      const all = findingsOf(report, event.id);
      const shown = verbose ? all : all.filter((f) => f.status !== 'single');
      const independent = event.sources < event.documents.length ? ` (${plural(event.sources, 'independent source')})` : '';
      out.push('', `### ${markdownText(`${event.id}: ${event.label}`)}`, '', `${markdownText(eventWhen(event))} · ${markdownText(event.place ?? 'place unknown')} · ${plural(event.documents.length, 'document')}${independent}`);
      if (shown.length) out.push('', ...table(report, event, shown));
      const singles = all.length - shown.length;
      if (singles) out.push('', `_${plural(singles, 'single-source claim')} not shown (--verbose lists them)._`);
      const sections: [string, ReportFinding[]][] = [
        ['Contradictions', all.filter((f) => f.status === 'contradict')],
        ['Updates', all.filter((f) => f.status === 'update')],
        // Dates the sources agree on still say what each "Friday" was read as.
        ['Relative dates', all.filter((f) => f.kind === 'date' && (f.status === 'agree' || f.status === 'compatible') && f.values.some((_, i) => relativeDates(f, i, index).length))],
      ];
      for (const [heading, group] of sections) {
        if (!group.length) continue;
        out.push('', `#### ${heading}`, '');
        for (const f of group) out.push(`- ${markdownText(f.message)}${accepted.has(f.id) ? ' _(accepted in baseline)_' : ''}`, ...quoteLines(f, index, paths));
      }
    }
    const unassigned = report.documents.filter((d) => d.event === null).map((d) => d.id);
    if (unassigned.length) out.push('', `Not in any event: ${markdownText(unassigned.join(', '))}`);
    return `${out.join('\n')}\n`;
  },
};
