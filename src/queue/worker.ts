import { Worker, type Job } from 'bullmq';
import { connectRedis, KEY_PREFIX, QUEUE_NAME, RESULT_TTL_SECONDS, resultKey } from './connection.js';
import type { ExtractionJob } from './producer.js';
import { decodeDocument, decodeRecord } from './record.js';
import { ExtractionThreads } from './thread-pool.js';

export interface WorkerOptions {
  redis: string;
  /** Documents extracted at once, each in its own thread. */
  concurrency: number;
  /**
   * Seconds after which a job whose worker stopped answering (killed, machine gone) is handed to
   * another worker. Short in tests; long enough in use that a busy machine is not taken for a dead one.
   */
  stallSeconds: number;
  /** One line per event worth telling (a job taken, done, failed). */
  log: (line: string) => void;
  verbose: boolean;
}

export const DEFAULT_STALL_SECONDS = 30;

export interface RunningWorker {
  /** Waits for the jobs in hand to finish, then lets go of Redis. */
  close: () => Promise<void>;
}

/**
 * Takes extraction jobs from the queue until closed: each job's document is extracted in a
 * thread and its record stored under its key, where every producer looks. A job whose record
 * is already there (another producer's copy of the job finished first) is not extracted again.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const store = await connectRedis(options.redis);
  const connection = await connectRedis(options.redis, true);
  const threads = new ExtractionThreads(options.concurrency);
  await threads.ready();
  const handle = async (job: Job<ExtractionJob>) => {
    const { key, id } = job.data;
    const stored = await store.getBuffer(resultKey(key));
    if (decodeRecord(key, stored)) {
      await store.expire(resultKey(key), RESULT_TTL_SECONDS);
      if (options.verbose) options.log(`${id}: already extracted`);
      return;
    }
    if (options.verbose) options.log(`${id}: extracting${job.attemptsMade || job.stalledCounter ? ' (again)' : ''}`);
    const began = performance.now();
    const { record, claims } = await threads.extract(key, decodeDocument(job.data.doc));
    await store.set(resultKey(key), Buffer.from(record), 'EX', RESULT_TTL_SECONDS);
    if (options.verbose) options.log(`${id}: ${claims} claims in ${Math.round(performance.now() - began)} ms`);
  };
  const lockMs = Math.max(1000, Math.round(options.stallSeconds * 1000));
  const worker = new Worker<ExtractionJob>(QUEUE_NAME, handle, {
    connection,
    prefix: KEY_PREFIX,
    concurrency: options.concurrency,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    // A job that stalls twice (two workers died on it) is more likely a document that kills workers.
    maxStalledCount: 2,
    name: 'claimcheck-worker',
  });
  worker.on('failed', (job, error) => options.log(`${job?.data.id ?? 'a job'}: failed: ${error.message.split('\n')[0]}`));
  worker.on('error', (error) => options.log(`error: ${error.message.split('\n')[0]}`));
  await worker.waitUntilReady();
  return {
    close: async () => {
      await worker.close();
      await threads.close();
      store.disconnect();
      connection.disconnect();
    },
  };
}
