import { extractDocument } from '../extract/extract-document.js';
import { extractionKey, type ProgressCallback } from '../pipeline.js';
import type { ExtractedDocument, IngestedDocument } from '../types.js';
import { extractInPool, usePool, type PoolChoice } from './extract-pool.js';
import { cacheKey, ExtractionCache, fromCached, toCached } from './extraction-cache.js';

export interface ExtractDocumentsOptions {
  /** The cache folder (absolute), or none. */
  cache?: string;
  /** Worker threads for the documents the cache does not hold (--jobs); default: this thread alone. */
  pool?: PoolChoice;
  onProgress?: ProgressCallback;
  warn: (line: string) => void;
}

const inline = (docs: IngestedDocument[], onDone: () => void) => docs.map((doc) => {
  const extracted = extractDocument(doc);
  onDone();
  return extracted;
});

/**
 * Every document extracted, each distinct text once, from the cache when it holds it: a copy
 * (the same article under two names, a wire story in 2,000 files) takes the first one's
 * extraction under its own id, with its own reading warnings. Where an extraction comes from
 * (here, a worker, the cache) changes nothing in it: extraction is deterministic.
 */
export async function extractDocuments(docs: IngestedDocument[], options: ExtractDocumentsOptions): Promise<ExtractedDocument[]> {
  const firstOf = new Map<string, number>();
  const unique: IngestedDocument[] = [];
  const copyOf = docs.map((doc) => {
    const key = extractionKey(doc);
    let at = firstOf.get(key);
    if (at === undefined) {
      at = unique.length;
      firstOf.set(key, at);
      unique.push(doc);
    }
    return at;
  });
  const cache = options.cache ? new ExtractionCache(options.cache, options.warn) : null;
  const keys = cache ? unique.map(cacheKey) : [];
  const results: (ExtractedDocument | null)[] = cache
    ? await Promise.all(unique.map(async (doc, i) => {
      const cached = await cache.get(keys[i]!);
      return cached ? fromCached(doc, cached) : null;
    }))
    : unique.map(() => null);
  const missing = unique.flatMap((_, i) => (results[i] ? [] : [i]));
  let done = unique.length - missing.length;
  const onDone = () => options.onProgress?.({ stage: 'extracting', done: ++done, total: unique.length });
  const todo = missing.map((i) => unique[i]!);
  const extracted = options.pool && usePool(todo, options.pool) ? await extractInPool(todo, options.pool.jobs, onDone) : inline(todo, onDone);
  for (const [k, i] of missing.entries()) results[i] = extracted[k]!;
  if (cache) {
    // A few at a time: thousands of small files written at once only queue on the disk.
    for (let k = 0; k < missing.length; k += 16) {
      await Promise.all(missing.slice(k, k + 16).map((i) => cache.set(keys[i]!, toCached(unique[i]!, results[i]!))));
    }
  }
  return docs.map((doc, i) => {
    const first = unique[copyOf[i]!]!;
    const result = results[copyOf[i]!]!;
    if (first === doc) return result;
    return { ...result, id: doc.id, warnings: [...doc.warnings, ...result.warnings.slice(first.warnings.length)] };
  });
}
