import type { Formatter } from './formatter.js';
import { safeJson } from '../../util/sanitize.js';
import { claimsOf, indexReport } from '../view/report-view.js';

// One finding a line, each line whole on its own: {"finding", "event", "claims"}. A stream
// reader (jq -c, a log shipper) needs no other line to understand one.
export const ndjsonFormatter: Formatter = {
  name: 'ndjson',
  description: 'one JSON finding a line, with its event and claims, for streaming tools',
  format(report, { accepted }) {
    const index = indexReport(report);
    const events = new Map(report.events.map((e) => [e.id, e]));
    const lines = report.findings.map((finding) => safeJson(JSON.stringify({
      finding,
      event: events.get(finding.event) ?? null,
      claims: claimsOf(finding.values.flatMap((v) => v.claims), index),
      accepted: accepted.has(finding.id),
    })));
    return lines.length ? `${lines.join('\n')}\n` : '';
  },
};
