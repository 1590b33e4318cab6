import { exportExtractTables, type ExtractTables } from '../extract/tables.js';
import type { ExtractedDocument, IngestedDocument } from '../types.js';
import { shareStrings } from './share-strings.js';

/**
 * Workers pay off only on a job big enough: each loads compromise and compiles the extractors
 * before its first document (its lookup tables it takes built from the main thread:
 * extract/tables.ts), and an article takes a few milliseconds. Below this much text, or this
 * many documents, one thread is faster.
 */
export const POOL_MIN_CHARS = 1024 * 1024;
export const POOL_MIN_DOCUMENTS = 16;

export interface PoolChoice {
  /** Threads at most (--jobs). */
  jobs: number;
  /** Workers whatever the size of the job (tests of the pool: CLAIMCHECK_FORCE_WORKERS=1). */
  force?: boolean;
}

/** Whether these documents go to workers. */
export function usePool(docs: readonly IngestedDocument[], choice: PoolChoice): boolean {
  if (choice.jobs < 2 || docs.length < 2) return false;
  if (choice.force) return true;
  return docs.length >= POOL_MIN_DOCUMENTS && docs.reduce((sum, d) => sum + d.text.length, 0) >= POOL_MIN_CHARS;
}

// The worker is the built module beside this one; run from the TypeScript sources (the test
// runner), this module is src/run/extract-pool.ts and the built worker is under dist/.
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/run/extract-worker.js', import.meta.url)
  : new URL('./extract-worker.js', import.meta.url);

/**
 * The most documents one worker extracts before a fresh pool takes over. A worker's heap keeps
 * growing with the documents it has read, though what it holds between batches stays small (V8
 * raises the heap's limit as it goes and seldom gives memory back). A fresh worker costs its
 * start (compromise's first layer and compiling, about 0.4 s of CPU, the tables coming from the
 * main thread) and, more, its memory of sentence readings (wire copy and boilerplate read again).
 * At 10,000 articles, with the tagger gone and the tables shared: one pool, 77.5 s wall / 121 s
 * of CPU at an 873 MiB peak; a fresh pool every 2,500 documents a worker, 81.7 s / 128 s at the
 * same peak. (Earlier, with workers three times as heavy: every 1,000 took 382 s of CPU, every
 * 2,500 267 s, both at 889 MiB; none, 219 s at 1,058 MiB.)
 */
export const DOCUMENTS_PER_WORKER = 5000;

/** Hears of each document extracted, as it comes back: its index in the documents given, and its extraction. */
export type OnExtracted = (index: number, extracted: ExtractedDocument) => void;

/**
 * The documents extracted by up to `jobs` worker threads, in batches small enough to keep every
 * thread busy to the end; the results come back in the documents' order, and each to `onDone`
 * as soon as its batch is in (in whatever order the batches finish).
 */
export async function extractInPool(docs: IngestedDocument[], jobs: number, onDone: OnExtracted, perWorker = DOCUMENTS_PER_WORKER): Promise<ExtractedDocument[]> {
  const threads = Math.min(jobs, docs.length);
  // Pools of equal shares: 2,001 documents are two pools of about 1,000, not 2,000 and 1.
  const pools = Math.ceil(docs.length / (threads * perWorker));
  const perPool = Math.ceil(docs.length / pools);
  // Built once here (or already, from the start-up snapshot), not once a worker.
  const tables = exportExtractTables();
  const out: ExtractedDocument[] = [];
  for (let start = 0; start < docs.length; start += perPool) {
    const at = start;
    for (const doc of await extractInOnePool(docs.slice(start, start + perPool), threads, tables, (i, extracted) => onDone(at + i, extracted))) out.push(doc);
  }
  return out;
}

async function extractInOnePool(docs: IngestedDocument[], jobs: number, tables: ExtractTables, onDone: OnExtracted): Promise<ExtractedDocument[]> {
  const threads = Math.min(jobs, docs.length);
  // Loaded only for a job that uses it.
  const { default: Tinypool } = await import('tinypool');
  // Each worker takes a copy of the tables (a few MB of strings and typed arrays: milliseconds).
  const pool = new Tinypool({ filename: WORKER.href, minThreads: threads, maxThreads: threads, workerData: tables });
  const size = Math.max(1, Math.min(16, Math.ceil(docs.length / (threads * 8))));
  const batches: IngestedDocument[][] = [];
  for (let i = 0; i < docs.length; i += size) batches.push(docs.slice(i, i + size));
  try {
    const results = await Promise.all(batches.map(async (batch, b) => {
      const extracted = (await pool.run(batch)) as ExtractedDocument[];
      // A result comes back with a copy of its sentence in every claim: shared at once, not
      // once every batch is in (at 10,000 articles, a few hundred MB of copies at the peak).
      shareStrings(extracted);
      for (let k = 0; k < batch.length; k++) onDone(b * size + k, extracted[k]!);
      return extracted;
    }));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}
