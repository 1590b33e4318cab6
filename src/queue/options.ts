import { availableParallelism } from 'node:os';
import { InputError } from '../ingest/find-files.js';

/**
 * Redis unreachable, no worker answering in time, a job failed: one line, exit 2. An InputError
 * so that the CLI's one-line handling of a run that cannot be done covers it.
 */
export class QueueError extends InputError {}

/** The URL as messages show it: never a password. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

export function checkRedisUrl(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new QueueError(`--redis takes a URL such as redis://localhost:6379, not "${url}"`);
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') throw new QueueError(`--redis takes a redis:// or rediss:// URL, not "${shownUrl(url)}"`);
}

export function parseConcurrency(text: string | undefined): number {
  if (text === undefined) return 1;
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1 || Number(text) > 256) {
    throw new QueueError(`--concurrency takes a whole number from 1 to 256 (this machine has ${availableParallelism()} cores), not "${text}"`);
  }
  return Number(text);
}

export function parseSeconds(option: string, text: string): number {
  const seconds = Number(text);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(text) || !(seconds > 0)) throw new QueueError(`${option} takes a number of seconds greater than 0, not "${text}"`);
  return seconds;
}

/** --redis and --queue-timeout of a run, checked before any article is read. */
export function queueRunOptions(redis: string, timeout: string): { redis: string; timeoutSeconds: number } {
  checkRedisUrl(redis);
  return { redis, timeoutSeconds: parseSeconds('--queue-timeout', timeout) };
}
