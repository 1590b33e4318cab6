import { Worker } from 'node:worker_threads';
import type { IngestedDocument } from '../types.js';
import type { ThreadReply, ThreadTask } from './extract-thread.js';

export interface ExtractionResult {
  record: Uint8Array;
  claims: number;
}

interface Pending {
  resolve: (result: ExtractionResult) => void;
  reject: (error: Error) => void;
}

/**
 * A fixed number of extraction threads; a task goes to a free one (the BullMQ worker never
 * runs more tasks at once than there are threads). A thread that dies fails its task (BullMQ
 * retries the job) and is replaced.
 */
export class ExtractionThreads {
  private free: Worker[] = [];
  private busy = new Map<Worker, number>();
  private pending = new Map<number, Pending>();
  private waiting: Array<() => void> = [];
  private next = 0;
  private closed = false;
  private starting: Array<Promise<void>> = [];

  constructor(private readonly size: number, private readonly script = new URL('./extract-thread.js', import.meta.url)) {
    for (let i = 0; i < size; i++) this.free.push(this.spawn());
  }

  private spawn(): Worker {
    const thread = new Worker(this.script);
    this.starting.push(new Promise((resolve) => {
      thread.once('message', () => resolve());
      thread.once('exit', () => resolve());
    }));
    thread.on('message', (reply: ThreadReply) => 'task' in reply && this.settle(thread, reply));
    const failed = (error: Error) => {
      const task = this.busy.get(thread);
      this.busy.delete(thread);
      this.free = this.free.filter((t) => t !== thread);
      if (task !== undefined) this.settle(null, { task, error: `extraction thread stopped: ${error.message}` });
      if (!this.closed) this.release(this.spawn());
    };
    thread.on('error', failed);
    thread.on('exit', (code) => (this.busy.has(thread) || this.free.includes(thread)) && failed(new Error(`exit code ${code}`)));
    return thread;
  }

  /** Once every thread has loaded the extractors (a second or more): a job taken before would wait. */
  async ready(): Promise<void> {
    await Promise.all(this.starting);
  }

  private settle(thread: Worker | null, reply: Exclude<ThreadReply, { ready: true }>): void {
    const pending = this.pending.get(reply.task);
    this.pending.delete(reply.task);
    if (thread && this.busy.delete(thread)) this.release(thread);
    if (!pending) return;
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve({ record: reply.record, claims: reply.claims });
  }

  private release(thread: Worker): void {
    this.free.push(thread);
    this.waiting.shift()?.();
  }

  /** The document's extraction, encoded as the record for `key`. */
  async extract(key: string, doc: IngestedDocument): Promise<ExtractionResult> {
    while (!this.free.length) await new Promise<void>((resolve) => this.waiting.push(resolve));
    const thread = this.free.pop()!;
    const task = this.next++;
    this.busy.set(thread, task);
    return new Promise((resolve, reject) => {
      this.pending.set(task, { resolve, reject });
      thread.postMessage({ task, key, doc } satisfies ThreadTask);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = [...this.free, ...this.busy.keys()];
    this.free = [];
    this.busy.clear();
    await Promise.all(threads.map((t) => t.terminate()));
  }
}
