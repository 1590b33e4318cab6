import { gunzipSync, gzipSync } from 'node:zlib';
import type { ExtractedDocument, IngestedDocument } from '../types.js';
import { VERSION } from '../version.js';
import { extractionKey } from '../run/extraction-key.js';

/**
 * The version of the stored extraction result. Raise it whenever ExtractedDocument's shape or
 * meaning changes without a new tool version, so that no worker or producer reads an old record.
 */
export const EXTRACTION_FORMAT = 1;

/** The key of a document's extraction in Redis (see extractionKey): a copy under another name shares the record. */
export const extractionCacheKey = (doc: IngestedDocument): string => extractionKey(`queue/${EXTRACTION_FORMAT}`, doc);

/** A document as a job carries it: no id or ingest warnings, so the result is the same for every copy. */
export const anonymous = (doc: IngestedDocument): IngestedDocument => ({ ...doc, id: '', warnings: [] });

/** Extraction result → gzip'd record that names its key, tool version and format. */
export function encodeRecord(key: string, document: ExtractedDocument): Buffer {
  return gzipSync(JSON.stringify({ format: EXTRACTION_FORMAT, version: VERSION, key, document }));
}

const isStrings = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');
const stringOrNull = (value: unknown) => value === null || typeof value === 'string';

/** Whether a parsed value has the shape of an ExtractedDocument, down to each claim's span. */
function isExtractedDocument(value: unknown): value is ExtractedDocument {
  const d = value as ExtractedDocument;
  if (!d || typeof d !== 'object' || typeof d.id !== 'string' || typeof d.hash !== 'string' || typeof d.chars !== 'number') return false;
  if (![d.title, d.source, d.url, d.published].every(stringOrNull) || !isStrings(d.warnings)) return false;
  if (!Array.isArray(d.sentences) || !d.sentences.every((s) => s && typeof s.text === 'string' && typeof s.start === 'number' && typeof s.end === 'number')) return false;
  return Array.isArray(d.claims) && d.claims.every((c) =>
    c && typeof c.kind === 'string' && typeof c.rule === 'string' && typeof c.text === 'string' && typeof c.sentence === 'string'
    && typeof c.start === 'number' && typeof c.sentenceIndex === 'number' && c.span && typeof c.span.line === 'number'
    && isStrings(c.qualifiers) && stringOrNull(c.attribution) && c.value !== undefined);
}

/**
 * A stored record → the extraction result, or null when it is not one this version wrote for
 * this key: truncated, corrupt, of another version or format, or of another document. Never trusted
 * half-way: the caller extracts the document again.
 */
export function decodeRecord(key: string, bytes: Uint8Array | null | undefined): ExtractedDocument | null {
  if (!bytes || !bytes.length) return null;
  try {
    const record = JSON.parse(gunzipSync(bytes).toString('utf8')) as { format?: unknown; version?: unknown; key?: unknown; document?: unknown };
    if (record?.format !== EXTRACTION_FORMAT || record.version !== VERSION || record.key !== key) return null;
    return isExtractedDocument(record.document) ? record.document : null;
  } catch {
    return null;
  }
}

/** A job's document, gzip'd: a long article costs Redis memory and network a fraction of its text. */
export const encodeDocument = (doc: IngestedDocument): string => gzipSync(JSON.stringify(doc)).toString('base64');
export const decodeDocument = (data: string): IngestedDocument => JSON.parse(gunzipSync(Buffer.from(data, 'base64')).toString('utf8')) as IngestedDocument;
