import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../extract/extract-document.js';
import type { IngestedDocument } from '../types.js';
import { encodeRecord } from './record.js';

/**
 * One extraction thread of a worker: a document in, its encoded record out. Extraction is
 * synchronous CPU work; run here, it leaves the worker's main thread free to renew its BullMQ
 * locks, so a long document is never taken for a stalled job.
 */
export interface ThreadTask {
  task: number;
  key: string;
  doc: IngestedDocument;
}
export type ThreadReply = { task: number; record: Uint8Array; claims: number } | { task: number; error: string } | { ready: true };

// The word lists and gazetteers load now, while the thread waits for its first job, not during it.
extractDocument({ id: '', text: 'Two people were hurt in Springfield on Monday, police said.', clean: 'Two people were hurt in Springfield on Monday, police said.', bodyStart: 0, title: null, source: null, url: null, published: null, warnings: [], hash: '' });
parentPort?.postMessage({ ready: true });

parentPort?.on('message', ({ task, key, doc }: ThreadTask) => {
  try {
    const extracted = extractDocument(doc);
    const record = encodeRecord(key, extracted);
    parentPort!.postMessage({ task, record, claims: extracted.claims.length } satisfies ThreadReply, [record.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ task, error: String((error as Error)?.message ?? error).split('\n')[0] } satisfies ThreadReply);
  }
});
