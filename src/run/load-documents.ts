import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../ingest/find-files.js';
import { formatSize, ingestDocument, type IngestOptions } from '../ingest/ingest-document.js';
import type { IngestedDocument } from '../types.js';

/**
 * The most claimcheck reads of one file, whatever --max-file-size says: beyond it the text,
 * its cleaned copy and the work on it would not fit the memory and time one run may take.
 */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

/**
 * The most articles one run checks unless --max-articles says more: a guard against a path
 * given by mistake (a home folder, a whole archive). Time grows about linearly with the count,
 * about 1 ms of CPU a short article (10,000 tiny files: 9 s).
 */
export const MAX_DOCUMENTS = 10_000;

export function parseCount(text: string): number {
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1) throw new InputError(`--max-articles takes a whole number of at least 1, not "${text}"`);
  return Number(text);
}

export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
  if (!m) throw new InputError(`--max-file-size takes a size such as 2MB or 500KB, not "${text}"`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  const size = Math.floor(Number(m[1]) * factor);
  if (size < 1) throw new InputError(`--max-file-size takes a size of at least 1 byte, not "${text}"`);
  return size;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];

/**
 * The first `limit` bytes of a file (a 3 GB file is never read whole), and its size. Synchronous:
 * on a local disk, a thousand small files read this way take a fifth of the CPU time and wall
 * time of promise-based reads, whose every open, stat, read and close is a trip through the
 * thread pool.
 */
function readStart(file: string, limit: number): { bytes: Uint8Array; size: number } {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    const wanted = Math.min(size, limit);
    const bytes = Buffer.alloc(wanted);
    let read = 0;
    while (read < wanted) {
      const bytesRead = readSync(fd, bytes, read, wanted - read, read);
      if (!bytesRead) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read), size: Math.max(size, read) };
  } finally {
    closeSync(fd);
  }
}

export interface Source {
  id: string;
  /** A file to read, or the bytes already read (standard input). */
  file?: string;
  bytes?: Uint8Array;
}

export interface LoadOptions extends Omit<IngestOptions, 'size' | 'maxBytes'> {
  maxFileSize: string;
  /** The most articles one run takes ("10000"); more is an error before any file is read. */
  maxArticles?: string;
  /** "what" for messages: the paths given. */
  given: string;
}

/** A source's bytes as read (at most the cap and a few bytes), and its whole size. */
export interface ReadSource {
  id: string;
  bytes: Uint8Array;
  size: number;
}

/** What reading the sources gives: their bytes, and the cap of one article's bytes. */
export interface ReadSources {
  read: ReadSource[];
  maxBytes: number;
}

/**
 * Reads every source, without ingesting it: enough for a key of the run's input (a warm run
 * answered from the cache needs nothing more). One unreadable file is a warning about it, not
 * a failed run.
 */
export function readSources(sources: Source[], options: Pick<LoadOptions, 'maxFileSize' | 'maxArticles' | 'given'>, warn: (line: string) => void): ReadSources {
  if (!sources.length) throw new InputError(`no articles (*.txt, *.md, *.markdown, *.html) found in ${options.given}`);
  const maxArticles = options.maxArticles === undefined ? MAX_DOCUMENTS : parseCount(options.maxArticles);
  if (sources.length > maxArticles) {
    throw new InputError(`${sources.length} articles found in ${options.given}: more than --max-articles ${maxArticles}; give the folder of one story, or raise --max-articles`);
  }
  let maxBytes = parseSize(options.maxFileSize);
  if (maxBytes > MAX_READ_BYTES) {
    warn(`--max-file-size ${options.maxFileSize} is more than claimcheck checks of one file: ${formatSize(MAX_READ_BYTES)} used`);
    maxBytes = MAX_READ_BYTES;
  }
  const read: ReadSource[] = [];
  for (const source of sources) {
    try {
      // A few bytes past the cap, so that a cut never splits a UTF-8 sequence unseen.
      const got = source.bytes ? { bytes: source.bytes.subarray(0, maxBytes + 4), size: source.bytes.length } : readStart(source.file!, maxBytes + 4);
      read.push({ id: source.id, ...got });
    } catch (error) {
      warn(`${source.id}: cannot read: ${errorCode(error)}: skipped`);
    }
  }
  return { read, maxBytes };
}

/** Ingests the sources read; empties `sources.read`, so that each file's bytes go once ingested. */
export function ingestSources(sources: ReadSources, options: Omit<LoadOptions, 'maxFileSize' | 'maxArticles'>): IngestedDocument[] {
  const { given, ...ingest } = options;
  const docs = sources.read.map((r) => ingestDocument(r.id, r.bytes, { ...ingest, maxBytes: sources.maxBytes, size: r.size }));
  sources.read.length = 0;
  if (docs.every((d) => d.text.trim() === '')) throw new InputError(`nothing to check: every article in ${given} is empty or not text`);
  return docs;
}

/** Reads and ingests every source; one unreadable file is a warning about it, not a failed run. */
export async function loadDocuments(sources: Source[], options: LoadOptions, warn: (line: string) => void): Promise<IngestedDocument[]> {
  return ingestSources(readSources(sources, options, warn), options);
}
