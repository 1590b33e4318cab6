import type { Report } from '../build-report.js';
import type { Formatter } from './formatter.js';
import { safeJson } from '../../util/sanitize.js';

/** JSON.stringify(value, null, 2) of a value nested `depth` levels deep. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * How many items of a top-level list are written by one JSON.stringify call. Few: V8 builds a
 * long result as a chain of small parts, and the first thing to read it (the sanitizer, the
 * encoding for stdout) must first copy them into one string, several times slower than the
 * stringifying; a short result is one string already (at 1,000 articles, 256 items a piece took
 * twice the time of 16, for the same characters).
 */
const ITEMS_PER_PIECE = 16;
/** JSON.stringify({ x: [ … ] }, null, 2) holds its items already indented as a top-level list's are. */
const HEAD = '{\n  "x": [\n';
const TAIL = '\n  ]\n}';

/**
 * The items of a top-level list as JSON.stringify(report, null, 2) writes them: a few hundred
 * at a time, cut out of one JSON.stringify of a list at the same depth. The same characters as
 * stringifying and re-indenting each item, without a pass to re-indent or a call per item.
 */
function* arrayItems(value: unknown[]): Generator<string> {
  for (let i = 0; i < value.length; i += ITEMS_PER_PIECE) {
    const text = JSON.stringify({ x: value.slice(i, i + ITEMS_PER_PIECE) }, null, 2);
    yield `${text.slice(HEAD.length, text.length - TAIL.length)}${i + ITEMS_PER_PIECE < value.length ? ',' : ''}\n`;
  }
}

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
      yield* arrayItems(value);
      yield '  ]';
    } else {
      yield `${head}${nested(value, 1)}`;
    }
    yield k < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}';
}

/**
 * A character past U+00FF. V8 keeps a text without one a byte a character; joined to a text with
 * one, the whole is copied two bytes a character before it is encoded for output. Pieces are
 * joined only to pieces of their own width (at 1,000 articles, where quotation marks make most
 * pieces wide and many not, joining them all took three times the time of encoding them apart).
 */
const WIDE = /[^\u0000-\u00ff]/;

export const jsonFormatter: Formatter = {
  name: 'json',
  description: 'the JSON report (schema version 1), for jq and other tools',
  // JSON.stringify escapes ESC and the other C0 controls; safeJson the C1 and bidi ones.
  format: (report) => `${safeJson(JSON.stringify(report, null, 2))}\n`,
  // safeJson replaces single characters, so it may run piece by piece.
  // Pieces of about 64 KiB: one write per claim would be hundreds of thousands of writes.
  *chunks(report) {
    let pending = '';
    let wide = false;
    for (const chunk of reportChunks(report)) {
      const piece = safeJson(chunk);
      const pieceWide = WIDE.test(piece);
      if (pending && (pieceWide !== wide || pending.length >= 65_536)) {
        yield pending;
        pending = '';
      }
      wide = pieceWide;
      pending += piece;
    }
    yield `${pending}\n`;
  },
};
