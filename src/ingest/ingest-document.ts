import { createHash } from 'node:crypto';
import type { IngestedDocument } from '../types.js';
import { cleanBoilerplate } from './boilerplate.js';
import { decode } from './decode.js';
import { isoDay, readFrontMatter } from './front-matter.js';
import { readHtml } from './html.js';
import { readSuppressions } from './suppressions.js';
import { excerpt } from '../util/sanitize.js';

export interface IngestOptions {
  /** Publication date for documents whose front matter gives none. */
  published?: string | null;
  /** Files above this many bytes are read only up to it, with a warning. */
  maxBytes?: number;
  /** The file's whole size, when only its first part was read (`bytes` is then that part). */
  size?: number;
  /** The desk's own boilerplate lines, beside the built-in ones. */
  boilerplate?: RegExp[];
}

/** A size for a message: "100 bytes", "500 KiB", "2 MiB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${+(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Files read as HTML pages (by extension). */
export const HTML_FILE = /\.html?$/i;

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Bytes of one file → a document ready for extraction, or null text with a warning. */
export function ingestDocument(id: string, bytes: Uint8Array, options: IngestOptions = {}): IngestedDocument {
  const warnings: string[] = [];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let body = bytes;
  if (Math.max(bytes.length, options.size ?? 0) > maxBytes) {
    body = bytes.subarray(0, maxBytes);
    // Do not cut a UTF-8 sequence in two.
    let cut = body.length;
    while (cut > 0 && (body[cut - 1]! & 0xc0) === 0x80) cut--;
    const lead = cut > 0 ? body[cut - 1]! : 0;
    const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (lead >= 0xc0 && body.length - (cut - 1) < needed) body = body.subarray(0, cut - 1);
    warnings.push(`file is larger than ${formatSize(maxBytes)} (${formatSize(Math.max(bytes.length, options.size ?? 0))}): only the first ${formatSize(maxBytes)} were checked`);
  }
  const decoded = decode(body);
  if (decoded.warning) warnings.push(decoded.warning);
  const text = decoded.text ?? '';
  if (decoded.text !== null && text.trim() === '') warnings.push('empty file: nothing to check');
  const html = HTML_FILE.test(id) ? readHtml(text) : null;
  const front = html ? { ...html, published: isoDay(html.published), disable: [], bodyStart: 0, warnings: [] } : readFrontMatter(text);
  warnings.push(...front.warnings);
  const suppressions = readSuppressions(text, front.disable);
  for (const name of suppressions.unknown) warnings.push(`claimcheck-disable names ${excerpt(name)}, no kind of claim: ignored`);
  const published = front.published ?? options.published ?? null;
  if (!published && text.trim()) warnings.push('no publication date: relative dates left unresolved');
  return {
    id,
    text,
    // An HTML page's text is first its article text, blanked around (same offsets); then the boilerplate lines go.
    clean: cleanBoilerplate(html ? html.clean : text, front.bodyStart, options.boilerplate),
    bodyStart: front.bodyStart,
    title: front.title,
    source: front.source,
    url: front.url,
    published,
    warnings,
    ...(html ? { markup: 'html' as const } : {}),
    hash: createHash('sha256').update(text).digest('hex'),
    ...(suppressions.kinds.length ? { suppress: suppressions.kinds } : {}),
  };
}
