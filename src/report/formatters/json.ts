import type { Formatter } from './formatter.js';

export const jsonFormatter: Formatter = {
  name: 'json',
  description: 'the JSON report (schema version 1), for jq and other tools',
  format: (report) => `${JSON.stringify(report, null, 2)}\n`,
};
