import type { Formatter } from './formatter.js';
import { safeJson } from '../../util/sanitize.js';

export const jsonFormatter: Formatter = {
  name: 'json',
  description: 'the JSON report (schema version 1), for jq and other tools',
  // JSON.stringify escapes ESC and the other C0 controls; safeJson the C1 and bidi ones.
  format: (report) => `${safeJson(JSON.stringify(report, null, 2))}\n`,
};
