import Tinypool from 'tinypool';
import { extractDocument } from '../extract/extract-document.js';
import { installExtractTables, type ExtractTables } from '../extract/tables.js';
import type { ExtractedDocument, IngestedDocument } from '../types.js';

// The main thread's lookup tables (extract-pool.ts passes them as the pool's workerData), taken
// before the first document instead of built again. A worker started without them builds its
// own on first use, the same tables.
const tables = Tinypool.workerData as ExtractTables | undefined;
if (tables) installExtractTables(tables);

/**
 * A worker of the pool (extract-pool.ts): ingested documents in, extractions out, both plain
 * data. Extraction is deterministic (its budget counts work, not time), so a worker gives the
 * same claims as the main thread.
 */
export default function extractBatch(docs: IngestedDocument[]): ExtractedDocument[] {
  return docs.map((doc) => extractDocument(doc));
}
