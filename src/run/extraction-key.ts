import { createHash } from 'node:crypto';
import { installedCompromiseHash } from '../extract/mentions/lexicon.js';
import type { IngestedDocument } from '../types.js';
import { VERSION } from '../version.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The key of a document's extraction, shared by the local cache and the Redis queue: the store's
 * record format, the extractor (claimcheck's version and the compromise build it parses with: a
 * dependency update changes readings without a new claimcheck), and everything extraction reads of the ingested document.
 * That is its text's hash, the cleaned text (which holds the effect of the boilerplate settings
 * and of HTML), the publication date (front matter or --published) and the front matter's fields;
 * --max-file-size acts through the text itself. The id and the ingest warnings are not in it: a
 * copy under another name shares the entry.
 */
export function extractionKey(format: string, doc: IngestedDocument, extractor = extractorIdentity()): string {
  return sha256(JSON.stringify([
    format, extractor, doc.hash, doc.clean === doc.text ? '=' : sha256(doc.clean), doc.markup ?? null,
    doc.published, doc.title, doc.source, doc.url, doc.bodyStart,
  ]));
}

let identity: [string, string] | null = null;

/** What extracts: claimcheck's version and the compromise build installed (hashed once a process). */
export const extractorIdentity = (): [string, string] => (identity ??= [VERSION, installedCompromiseHash()]);
