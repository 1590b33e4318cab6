import { createHash, randomBytes, type Hash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, utimesSync, writeSync } from 'node:fs';
import path from 'node:path';
import { OUTPUT_SUFFIX, RUN_FOLDER } from './run-cache.js';

/** The version of an output entry's layout (see OutputCache). */
export const OUTPUT_CACHE_FORMAT = 'claimcheck-output/1';

/** What a run says besides its formatted report, kept with it. */
export interface OutputMeta {
  /** The run entry (run-cache.ts) the output was formatted from: it goes with that entry. */
  run: string;
  /** The stderr warnings about the articles, after those about reading them (which a warm run says itself). */
  warnings: string[];
  /** Findings the baseline does not accept: the exit code for any --fail-on. */
  failing: { contradict: number; update: number };
}

/** The key of one formatted output: the run's input (input-key.ts) and everything the formatting reads besides. */
export const outputKey = (input: string, variant: unknown): string =>
  createHash('sha256').update(JSON.stringify([OUTPUT_CACHE_FORMAT, input, variant])).digest('hex');

/** The footer: a newline, the SHA-256 of the payload and meta, a space, the meta's length in 10 digits, a newline. */
const FOOTER_BYTES = 1 + 64 + 1 + 10 + 1;

/**
 * Bytes read at a time, into one buffer used again and again: a fresh buffer of the whole
 * output (tens of MB) costs many times its reading in the pages the system must give it.
 */
const BLOCK_BYTES = 256 << 10;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;

function validMeta(v: unknown): v is OutputMeta & { format: string; key: string } {
  if (!isObject(v) || typeof v.format !== 'string' || typeof v.key !== 'string' || typeof v.run !== 'string') return false;
  const { warnings, failing } = v;
  return Array.isArray(warnings) && warnings.every((w) => typeof w === 'string') && isObject(failing) && isCount(failing.contradict) && isCount(failing.update);
}

function readFully(fd: number, buffer: Buffer, position: number): void {
  for (let done = 0; done < buffer.length;) {
    const n = readSync(fd, buffer, done, buffer.length - done, position + done);
    if (!n) throw new Error('file cut short');
    done += n;
  }
}

/** An output entry found and checked: its meta, and its bytes to stream. */
export interface CachedOutput extends OutputMeta {
  /** Writes the formatted output, in pieces of whole UTF-8 sequences; a piece is good only during the call (its memory is used again). */
  stream(write: (piece: Buffer) => void): void;
}

/**
 * The formatted output of a run, kept beside its run entry, so that a warm run prints it once
 * its files are read, without ingesting, parsing or formatting anything: the exact bytes, then the meta as JSON, then a
 * footer with the SHA-256 of both and the meta's length. An entry not exactly that (cut short,
 * edited, of another layout) is a miss, and is written again; none is trusted before all of it
 * is checked. Synchronous: a warm run does nothing else meanwhile, and a thread-pool trip per
 * read would cost more than the read.
 */
export class OutputCache {
  readonly folder: string;
  constructor(cacheFolder: string) {
    this.folder = path.join(cacheFolder, RUN_FOLDER);
  }

  find(key: string): CachedOutput | null {
    let name: string | undefined;
    try {
      name = readdirSync(this.folder).find((n) => n.endsWith(`.${key}${OUTPUT_SUFFIX}`) && !n.startsWith('.'));
    } catch {
      return null;
    }
    if (!name) return null;
    const file = path.join(this.folder, name);
    let fd: number | null = null;
    try {
      fd = openSync(file, 'r');
      const found = this.check(fd, key, name);
      if (!found) return null;
      // A use makes the output and its run entry the newest, so pruning drops the least recently used.
      const now = new Date();
      utimesSync(file, now, now);
      try {
        utimesSync(path.join(this.folder, `${found.meta.run}.ndjson`), now, now);
      } catch {}
      const opened = fd;
      fd = null;
      return { ...found.meta, stream: (write) => streamPayload(opened, found.size, write) };
    } catch {
      return null;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }

  private check(fd: number, key: string, name: string): { meta: OutputMeta; size: number } | null {
    const total = fstatSync(fd).size;
    if (total < FOOTER_BYTES) return null;
    const footer = Buffer.alloc(FOOTER_BYTES);
    readFully(fd, footer, total - FOOTER_BYTES);
    const m = /^\n([0-9a-f]{64}) (\d{10})\n$/.exec(footer.toString('latin1'));
    if (!m) return null;
    const metaBytes = Number(m[2]);
    const size = total - FOOTER_BYTES - metaBytes;
    if (size < 0) return null;
    const metaText = Buffer.alloc(metaBytes);
    readFully(fd, metaText, size);
    const meta = JSON.parse(metaText.toString('utf8')) as unknown;
    if (!validMeta(meta) || meta.format !== OUTPUT_CACHE_FORMAT || meta.key !== key || name !== `${meta.run}.${key}${OUTPUT_SUFFIX}`) return null;
    // All of it checked before any of it is trusted; streamed afterwards from the same descriptor.
    const hash = createHash('sha256');
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    for (let at = 0; at < size; at += BLOCK_BYTES) {
      const piece = block.subarray(0, Math.min(BLOCK_BYTES, size - at));
      readFully(fd, piece, at);
      hash.update(piece);
    }
    if (hash.update(metaText).digest('hex') !== m[1]) return null;
    return { meta: { run: meta.run, warnings: meta.warnings, failing: { contradict: meta.failing.contradict, update: meta.failing.update } }, size };
  }

  /** A recorder of a run's output as it is written; nothing is kept unless it finishes. */
  record(key: string): OutputRecorder | null {
    try {
      mkdirSync(this.folder, { recursive: true });
      return new OutputRecorder(this.folder, key);
    } catch {
      return null;
    }
  }
}

/**
 * The payload once more, from the descriptor it was checked through (a rename meanwhile changes
 * nothing), in pieces of one buffer, each cut before a UTF-8 sequence it would split.
 */
function streamPayload(fd: number, size: number, write: (piece: Buffer) => void): void {
  try {
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    let carried = 0;
    for (let at = 0; at < size;) {
      const n = Math.min(BLOCK_BYTES - carried, size - at);
      readFully(fd, block.subarray(carried, carried + n), at);
      at += n;
      const filled = carried + n;
      let cut = filled;
      if (at < size) {
        // Back to the start of the last sequence, which goes with the next piece.
        while (cut > 0 && (block[cut - 1]! & 0xc0) === 0x80) cut--;
        if (cut > 0 && block[cut - 1]! >= 0xc0) cut--;
        if (cut === 0) cut = filled;
      }
      write(block.subarray(0, cut));
      block.copyWithin(0, cut, filled);
      carried = filled - cut;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes an output entry as the run's output is written: to a temporary file beside it (the
 * run cache's `.name.hex.tmp`, which its pruning removes when abandoned), renamed into place
 * once the meta is known. Any failure drops the entry silently: a warm run is then a miss.
 */
export class OutputRecorder {
  private fd: number | null;
  private readonly temp: string;
  private readonly hash: Hash = createHash('sha256');

  constructor(private readonly folder: string, private readonly key: string) {
    this.temp = path.join(folder, `.${key}${OUTPUT_SUFFIX}.${randomBytes(6).toString('hex')}.tmp`);
    this.fd = openSync(this.temp, 'wx');
  }

  write(piece: string | Buffer): void {
    if (this.fd === null) return;
    try {
      const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      this.hash.update(bytes);
      this.put(bytes);
    } catch {
      this.abandon();
    }
  }

  private put(bytes: Buffer): void {
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd!, bytes, done, bytes.length - done);
  }

  /** Writes the meta and footer and renames the entry into place; returns its file, or null when none was kept. */
  finish(meta: OutputMeta): string | null {
    if (this.fd === null) return null;
    try {
      const text = Buffer.from(JSON.stringify({ format: OUTPUT_CACHE_FORMAT, key: this.key, ...meta }), 'utf8');
      const sha = this.hash.update(text).digest('hex');
      this.put(Buffer.concat([text, Buffer.from(`\n${sha} ${String(text.length).padStart(10, '0')}\n`, 'latin1')]));
      closeSync(this.fd);
      this.fd = null;
      const file = path.join(this.folder, `${meta.run}.${this.key}${OUTPUT_SUFFIX}`);
      renameSync(this.temp, file);
      return file;
    } catch {
      this.abandon();
      return null;
    }
  }

  abandon(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {}
      this.fd = null;
    }
    rmSync(this.temp, { force: true });
  }
}
