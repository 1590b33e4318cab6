import { extractDocument } from '../extract/extract-document.js';
import { extractionKey, type ProgressCallback } from '../pipeline.js';
import type { ExtractedDocument, IngestedDocument } from '../types.js';
import { extractInPool, usePool, type OnExtracted, type PoolChoice } from './extract-pool.js';
import { cacheKey, ExtractionCache, reuseExtraction, toCached } from './extraction-cache.js';
import { shareStrings } from './share-strings.js';
import { sweepCache } from './cache-sweep.js';

export interface ExtractDocumentsOptions {
  /** The cache folder (absolute), or none. */
  cache?: string;
  /** Worker threads for the documents the cache does not hold (--jobs); default: this thread alone. */
  pool?: PoolChoice;
  onProgress?: ProgressCallback;
  /** Given each document extracted (not taken from the cache) as it comes in. */
  onExtracted?: (doc: ExtractedDocument) => void;
  warn: (line: string) => void;
}

/** Cache entries read or written at once. */
const CACHE_BATCH = 32;

const inline = (docs: IngestedDocument[], onDone: OnExtracted) => docs.map((doc, i) => {
  const extracted = extractDocument(doc);
  onDone(i, extracted);
  return extracted;
});

/**
 * Cache writes started as each extraction comes in, at most CACHE_BATCH at once: written while
 * the workers still extract, not after the last of them (at 1,000 articles, half a second of
 * this thread's time at the end of the run, when nothing else can go on beside it).
 */
class CacheWrites {
  private readonly waiting: (() => Promise<void>)[] = [];
  private next = 0;
  private running = 0;
  private idle: (() => void) | null = null;

  add(write: () => Promise<void>): void {
    this.waiting.push(write);
    this.start();
  }

  private start(): void {
    while (this.running < CACHE_BATCH && this.next < this.waiting.length) {
      const write = this.waiting[this.next]!;
      // Each write once started is dropped: the list holds no entry already written.
      this.waiting[this.next++] = done;
      this.running++;
      void write().then(() => {
        this.running--;
        this.start();
      });
    }
    if (!this.running && this.next === this.waiting.length) this.idle?.();
  }

  /** Resolves once every write added has ended (ExtractionCache.set never rejects). */
  finished(): Promise<void> {
    if (!this.running && this.next === this.waiting.length) return Promise.resolve();
    return new Promise((resolve) => (this.idle = resolve));
  }
}

const done = () => Promise.resolve();

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
  const results: (ExtractedDocument | null)[] = unique.map(() => null);
  // A few entries at a time: 10,000 files opened at once would run out of file handles.
  for (let k = 0; cache && k < unique.length; k += CACHE_BATCH) {
    await Promise.all(unique.slice(k, k + CACHE_BATCH).map(async (doc, j) => {
      const cached = await cache.get(keys[k + j]!);
      // Read back, every claim holds its own copy of its sentence: shared as each entry comes in.
      if (cached) shareStrings([cached.extracted]);
      if (cached) results[k + j] = reuseExtraction(doc, cached.extracted, cached.readWarnings);
    }));
  }
  const missing = unique.flatMap((_, i) => (results[i] ? [] : [i]));
  let extractedSoFar = unique.length - missing.length;
  const writes = cache ? new CacheWrites() : null;
  const onDone: OnExtracted = (k, extracted) => {
    options.onProgress?.({ stage: 'extracting', done: ++extractedSoFar, total: unique.length });
    const i = missing[k]!;
    writes?.add(() => cache!.set(keys[i]!, toCached(unique[i]!, extracted)));
    options.onExtracted?.(extracted);
  };
  const todo = missing.map((i) => unique[i]!);
  const extracted = options.pool && usePool(todo, options.pool) ? await extractInPool(todo, options.pool.jobs, onDone) : inline(todo, onDone);
  for (const [k, i] of missing.entries()) results[i] = extracted[k]!;
  await writes?.finished();
  // After this run's entries are read and written, so that none of them is long unused.
  if (cache) await sweepCache(cache.folder);
  return docs.map((doc, i) => {
    const first = unique[copyOf[i]!]!;
    const result = results[copyOf[i]!]!;
    return first === doc ? result : reuseExtraction(doc, result, first.warnings.length);
  });
}
