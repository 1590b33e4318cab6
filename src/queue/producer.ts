import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { extractionKey, type ProgressCallback } from '../pipeline.js';
import type { ExtractedDocument, IngestedDocument } from '../types.js';
import { connectRedis, KEY_PREFIX, QUEUE_NAME, RESULT_TTL_SECONDS, resultKey } from './connection.js';
import { QueueError, shownUrl } from './options.js';
import { anonymous, decodeRecord, encodeDocument, extractionCacheKey } from './record.js';

/** What a job carries: the document (gzip'd JSON, no id or ingest warnings), its key, and a name for logs. */
export interface ExtractionJob {
  key: string;
  id: string;
  doc: string;
}

export interface QueueOptions {
  redis: string;
  /** Give up when no result came for this many seconds. */
  timeoutSeconds: number;
  onProgress?: ProgressCallback;
}

/** Distinct texts (a copy under another name counts once): from Redis's cache, and extracted by workers now. */
export interface QueueStats {
  texts: number;
  cached: number;
  extracted: number;
}

export const DEFAULT_QUEUE_TIMEOUT_SECONDS = 60;
/** Keys read and jobs added per round trip. */
const BATCH = 500;
/** How often the results are looked for besides the queue's events (a missed event costs this much). */
const POLL_MS = 2000;

/** The stored records of `keys`, renewed; a missing or corrupt one is left out. */
async function readRecords(store: Redis, keys: string[]): Promise<Map<string, ExtractedDocument>> {
  const found = new Map<string, ExtractedDocument>();
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    const pipeline = store.pipeline();
    for (const key of batch) pipeline.getBuffer(resultKey(key)).expire(resultKey(key), RESULT_TTL_SECONDS);
    const replies = (await pipeline.exec()) ?? [];
    batch.forEach((key, k) => {
      const [error, bytes] = replies[2 * k] ?? [null, null];
      const doc = error ? null : decodeRecord(key, bytes as Buffer | null);
      if (doc) found.set(key, doc);
    });
  }
  return found;
}

/**
 * Every document's extraction through the queue: results already in Redis are read, the
 * rest enqueued for `claimcheck worker`s (wherever they run) and waited for. The same as
 * extractAll on one machine, copies included: a copy takes the first one's claims under its
 * own id, with its own ingest warnings.
 */
export async function extractThroughQueue(docs: IngestedDocument[], options: QueueOptions): Promise<{ extracted: ExtractedDocument[]; stats: QueueStats }> {
  const store = await connectRedis(options.redis);
  const firsts = new Map<string, IngestedDocument>();
  const keyOf = new Map<IngestedDocument, string>();
  for (const doc of docs) {
    const copyKey = extractionKey(doc);
    if (!firsts.has(copyKey)) {
      firsts.set(copyKey, doc);
      keyOf.set(doc, extractionCacheKey(doc));
    }
  }
  const results = new Map<string, ExtractedDocument>();
  const keys = [...new Set(keyOf.values())];
  const total = keys.length;
  const progress = () => options.onProgress?.({ stage: 'extracting', done: results.size, total });
  let queue: Queue | null = null;
  let events: QueueEvents | null = null;
  let listening: Redis | null = null;
  try {
    for (const [key, doc] of await readRecords(store, keys)) results.set(key, doc);
    const cached = results.size;
    progress();
    const missing = [...keyOf].filter(([, key]) => !results.has(key));
    if (missing.length) {
      // The events are read by a blocking XREAD: on a connection of their own that outlives a restart of Redis.
      listening = await connectRedis(options.redis, true);
      events = new QueueEvents(QUEUE_NAME, { connection: listening, prefix: KEY_PREFIX });
      events.on('error', () => {});
      queue = new Queue(QUEUE_NAME, { connection: store, prefix: KEY_PREFIX });
      queue.on('error', () => {});
      await events.waitUntilReady();
      await collect(store, queue, events, missing, results, options, progress);
    }
    const extracted = docs.map((doc) => {
      const first = firsts.get(extractionKey(doc))!;
      const result = results.get(keyOf.get(first)!)!;
      return { ...result, id: doc.id, warnings: [...doc.warnings, ...result.warnings] };
    });
    return { extracted, stats: { texts: total, cached, extracted: total - cached } };
  } catch (error) {
    if (error instanceof QueueError) throw error;
    // Redis gone in the middle of the run (restarted, out of memory, the network): one line.
    throw new QueueError(`Redis at ${shownUrl(options.redis)} failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await Promise.allSettled([queue?.close(), events?.close()]);
    listening?.disconnect();
    store.disconnect();
  }
}

/** Enqueues the missing documents (a job per distinct text, its key as job id) and gathers their results. */
async function collect(
  store: Redis, queue: Queue, events: QueueEvents, missing: Array<[IngestedDocument, string]>,
  results: Map<string, ExtractedDocument>, options: QueueOptions, progress: () => void,
): Promise<void> {
  const pending = new Set(missing.map(([, key]) => key));
  let failure: string | null = null;
  let lastNews = Date.now();
  let wake: () => void = () => {};
  const look = async (keys: string[]) => {
    for (const [key, doc] of await readRecords(store, keys)) {
      if (!pending.delete(key)) continue;
      results.set(key, doc);
      lastNews = Date.now();
    }
    progress();
    wake();
  };
  events.on('completed', ({ jobId }) => void (pending.has(jobId) && look([jobId]).catch(() => {})));
  events.on('failed', ({ jobId, failedReason }) => {
    if (!pending.has(jobId)) return;
    const doc = missing.find(([, key]) => key === jobId)?.[0];
    failure = `a worker failed on ${doc?.id ?? jobId}: ${String(failedReason).split('\n')[0]}`;
    wake();
  });
  // The job id is the key: two runs that need the same document share one job.
  for (let i = 0; i < missing.length; i += BATCH) {
    await queue.addBulk(missing.slice(i, i + BATCH).map(([doc, key]) => ({
      name: 'extract',
      data: { key, id: doc.id, doc: encodeDocument(anonymous(doc)) } satisfies ExtractionJob,
      opts: { jobId: key, attempts: 2, removeOnComplete: true, removeOnFail: true },
    })));
  }
  // A job that finished between the first look and its enqueueing sent its event before anyone listened.
  await look([...pending]);
  while (pending.size && !failure) {
    const idle = (Date.now() - lastNews) / 1000;
    if (idle >= options.timeoutSeconds) {
      throw new QueueError(`no result from any worker for ${options.timeoutSeconds} s (${pending.size} of ${missing.length} documents not extracted): start \`claimcheck worker --redis ${shownUrl(options.redis)}\`, or raise --queue-timeout`);
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, Math.min(POLL_MS, (options.timeoutSeconds - idle) * 1000 + 10));
    });
    if (pending.size && !failure) await look([...pending]);
  }
  if (failure) throw new QueueError(failure);
}
