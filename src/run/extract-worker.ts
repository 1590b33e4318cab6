import { extractDocument } from '../extract/extract-document.js';
import type { ExtractedDocument, IngestedDocument } from '../types.js';

/**
 * A worker of the pool (extract-pool.ts): ingested documents in, extractions out, both plain
 * data. Extraction is deterministic (its budget counts work, not time), so a worker gives the
 * same claims as the main thread.
 */
export default function extractBatch(docs: IngestedDocument[]): ExtractedDocument[] {
  return docs.map((doc) => extractDocument(doc));
}
