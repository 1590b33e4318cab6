import { Redis } from 'ioredis';
import { checkRedisUrl, QueueError, shownUrl } from './options.js';

/** The BullMQ queue of extraction jobs, and the prefix of every key claimcheck keeps in Redis. */
export const QUEUE_NAME = 'claimcheck-extract';
export const KEY_PREFIX = 'claimcheck';
export const resultKey = (key: string) => `${KEY_PREFIX}:extraction:${key}`;

/**
 * How long a stored extraction is kept unless read again (each read renews it): repeat runs of a
 * desk reuse it, and an archive no one re-checks does not fill Redis. 30 days.
 */
export const RESULT_TTL_SECONDS = 30 * 24 * 3600;

/**
 * A connection that is known to work: a Redis that cannot be reached is said at once, in one
 * line, instead of being retried for ever. `blocking` connections (BullMQ workers and event
 * readers) then retry their commands across a restart of Redis, as BullMQ requires.
 */
export async function connectRedis(url: string, blocking = false): Promise<Redis> {
  checkRedisUrl(url);
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5000,
    maxRetriesPerRequest: blocking ? null : 3,
    // Reconnect after a drop, but not before the first connection has been made.
    retryStrategy: (times) => (ready ? Math.min(times * 200, 2000) : null),
  });
  let ready = false;
  let lastError: Error | null = null;
  client.on('error', (error: Error) => void (lastError = error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    const reason = (lastError as NodeJS.ErrnoException | null)?.code ?? (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];
    throw new QueueError(`cannot reach Redis at ${shownUrl(url)}: ${reason}`);
  }
  ready = true;
  return client;
}
