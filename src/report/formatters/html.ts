import type { Claim } from '../../types.js';
import type { Report, ReportEvent, ReportFinding } from '../build-report.js';
import type { Formatter } from './formatter.js';
import { visibleLineData as visibleData } from '../../util/sanitize.js';
import {
  claimsOf, eventsByUrgency, eventWhen, findingsOf, indexReport, plural, quoteOf, relativeDates, relativeDateText, valueIn, type ReportIndex,
} from '../view/report-view.js';
import { slotLabel } from '../messages.js';

// One self-contained page: styles inline, no script, no font, no image, and a Content
// Security Policy that forbids every request, so opening it contacts nobody. Every piece of
// text from the articles goes through `esc`; each matrix cell is a <details> that opens on
// its evidence quotes.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text as HTML, safe in element content and in quoted attribute values. */
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const STYLE = `
:root{--agree:#d9f2dd;--agree-b:#2e7d32;--compatible:#d7eef4;--compatible-b:#00798c;--contradict:#fbd9d6;--contradict-b:#c62828;--update:#fff0c2;--update-b:#a86b00;--single:#eeeeee;--single-b:#757575}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1d1d1d;max-width:80rem}
h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:2.2rem 0 .2rem}h3{font-size:1rem;margin:1.2rem 0 .4rem}
.meta,.summary{color:#555;margin:.2rem 0}
.legend span,.badge{display:inline-block;padding:0 .45rem;border-radius:.3rem;margin-right:.3rem;font-size:.85rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin-top:.6rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f6f6;font-weight:600;font-size:.85rem}
tbody th{font-weight:500;white-space:nowrap}
td.empty{background:#fff}
.agree{background:var(--agree);border-left:4px solid var(--agree-b)}
.compatible{background:var(--compatible);border-left:4px solid var(--compatible-b)}
.contradict{background:var(--contradict);border-left:4px solid var(--contradict-b)}
.update{background:var(--update);border-left:4px solid var(--update-b)}
.single{background:var(--single);border-left:4px solid var(--single-b)}
summary{cursor:pointer;font-weight:600}
.quotes{margin:.4rem 0 0;font-size:.85rem;max-width:28rem}
blockquote{margin:.3rem 0;padding-left:.5rem;border-left:2px solid #999}
mark{background:#ffe26a}
.where{color:#555;font-family:ui-monospace,monospace;font-size:.8rem}
.resolved{color:#333;font-style:italic;margin:.2rem 0}
ul.findings li{margin:.4rem 0}
`;

function quote(claim: Claim, where: string): string {
  const sentence = quoteOf(claim, 300);
  const at = sentence.indexOf(claim.text);
  // The claim's own words are marked inside the sentence; each piece escaped on its own.
  const body = at < 0 ? esc(sentence) : `${esc(sentence.slice(0, at))}<mark>${esc(claim.text)}</mark>${esc(sentence.slice(at + claim.text.length))}`;
  return `<blockquote><span class="where">${esc(where)}:${claim.span.line}</span> “${body}”</blockquote>`;
}

function cell(f: ReportFinding, doc: string, index: ReportIndex, paths: Readonly<Record<string, string>>): string {
  const i = valueIn(f, doc);
  if (i < 0) return '<td class="empty"></td>';
  const value = f.values[i]!;
  const evidence = claimsOf(value.claims, index).filter((c) => c.document === doc).slice(0, 3);
  const resolved = relativeDates(f, i, index).filter((r) => r.document === doc);
  const latest = f.latest === i ? ' <span class="badge update">latest</span>' : '';
  return `<td class="cell ${f.status}" data-status="${f.status}" data-finding="${esc(f.id)}" data-document="${esc(doc)}"><details><summary>${esc(value.display)}</summary>${latest}` +
    `<div class="quotes">${evidence.map((c) => quote(c, paths[doc] ?? doc)).join('')}${resolved.map((r) => `<p class="resolved">${esc(relativeDateText(r))}</p>`).join('')}</div></details></td>`;
}

function matrix(event: ReportEvent, findings: ReportFinding[], index: ReportIndex, paths: Readonly<Record<string, string>>): string {
  const head = event.documents.map((id) => {
    const d = index.documents.get(id);
    const about = [d?.source, d?.published].filter(Boolean).join(', ');
    return `<th scope="col" title="${esc(paths[id] ?? id)}">${esc(id)}${about ? `<br><span class="meta">${esc(about)}</span>` : ''}</th>`;
  });
  const rows = findings.map((f) => `<tr><th scope="row">${esc(slotLabel(f.slot))} <span class="badge ${f.status}">${f.status}</span></th>${event.documents.map((doc) => cell(f, doc, index, paths)).join('')}</tr>`);
  return `<div class="scroll"><table class="matrix"><thead><tr><th scope="col">Slot</th>${head.join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`;
}

function eventSection(report: Report, event: ReportEvent, index: ReportIndex, paths: Readonly<Record<string, string>>, accepted: ReadonlySet<string>): string {
  const findings = findingsOf(report, event.id);
  const independent = event.sources < event.documents.length ? ` (${plural(event.sources, 'independent source')})` : '';
  const listed = findings.filter((f) => f.status === 'contradict' || f.status === 'update');
  const list = listed.length
    ? `<h3>Contradictions and updates</h3><ul class="findings">${listed.map((f) => `<li class="${f.status}">${esc(f.message)}${accepted.has(f.id) ? ' <em>(accepted in baseline)</em>' : ''}</li>`).join('')}</ul>`
    : '';
  return `<section class="event" id="${esc(event.id)}"><h2>${esc(`${event.id} ${event.label}`)}</h2>` +
    `<p class="meta">${esc(`${eventWhen(event)} · ${event.place ?? 'place unknown'} · ${plural(event.documents.length, 'document')}${independent}`)}</p>` +
    `${findings.length ? matrix(event, findings, index, paths) : '<p class="meta">No claims to compare.</p>'}${list}</section>`;
}

export const htmlFormatter: Formatter = {
  name: 'html',
  description: 'one self-contained HTML page: per event a slot × source matrix opening on its quotes',
  format(raw, { accepted, paths: rawPaths }) {
    const report = visibleData(raw);
    const paths = visibleData(rawPaths);
    const index = indexReport(report);
    const s = report.summary;
    const unassigned = report.documents.filter((d) => d.event === null).map((d) => d.id);
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${report.generator.name} ${report.generator.version}`)}">
<title>claimcheck report</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>claimcheck report</h1>
<p class="summary">${esc(`${plural(s.contradict, 'contradiction')}, ${plural(s.update, 'update')}, ${s.compatible} compatible, ${s.agree} agree, ${s.single} single · ${plural(s.documents, 'document')}, ${plural(s.events, 'event')}, ${plural(s.claims, 'claim')}`)}</p>
<p class="legend"><span class="contradict">contradict</span><span class="update">update</span><span class="compatible">compatible</span><span class="agree">agree</span><span class="single">single source</span> Click a value for its quotes.</p>
</header>
<main>
${eventsByUrgency(report).map((e) => eventSection(report, e, index, paths, accepted)).join('\n')}
${unassigned.length ? `<p class="meta">Not in any event: ${esc(unassigned.join(', '))}</p>` : ''}
</main>
</body>
</html>
`;
  },
};
