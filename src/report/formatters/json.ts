import type { Report } from '../build-report.js';
import type { Formatter } from './formatter.js';
import { safeJson } from '../../util/sanitize.js';

/** JSON.stringify(value, null, 2) of a value nested `depth` levels deep. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * The text of JSON.stringify(report, null, 2), one top-level array item at a time (no string
 * value holds a raw line break, so re-indenting each piece gives the same characters).
 */
function* reportChunks(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined && typeof value !== 'function');
  if (!entries.length) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [k, [key, value]] of entries.entries()) {
    const head = `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length) {
      yield `${head}[\n`;
      for (const [i, item] of value.entries()) yield `    ${item === undefined || typeof item === 'function' ? 'null' : nested(item, 2)}${i < value.length - 1 ? ',' : ''}\n`;
      yield '  ]';
    } else {
      yield `${head}${nested(value, 1)}`;
    }
    yield k < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}';
}

export const jsonFormatter: Formatter = {
  name: 'json',
  description: 'the JSON report (schema version 1), for jq and other tools',
  // JSON.stringify escapes ESC and the other C0 controls; safeJson the C1 and bidi ones.
  format: (report) => `${safeJson(JSON.stringify(report, null, 2))}\n`,
  // safeJson replaces single characters, so it may run piece by piece.
  // Pieces of about 64 KiB: one write per claim would be hundreds of thousands of writes.
  *chunks(report) {
    let pending = '';
    for (const chunk of reportChunks(report)) {
      pending += safeJson(chunk);
      if (pending.length >= 65_536) {
        yield pending;
        pending = '';
      }
    }
    yield `${pending}\n`;
  },
};
