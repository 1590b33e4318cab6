import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rm, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { NormalizeOptions } from '../normalize/index.js';
import type { Report } from '../report/build-report.js';
import type { IngestedDocument } from '../types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { VERSION } from '../version.js';
import { cacheKey } from './extraction-cache.js';

/**
 * The version of a run entry's layout; change it whenever what an entry holds changes without
 * claimcheck's version changing (as CACHE_FORMAT for the per-document entries).
 */
export const RUN_CACHE_FORMAT = 'claimcheck-run-cache/1';

/** The folder, inside the cache folder, of the run entries. */
export const RUN_FOLDER = 'runs';

/**
 * Run entries kept, the most recently used first. One is the report of a whole run (about 24 MB
 * at 1,000 articles) and a folder that changes every day makes a new one every day, so the
 * folder would otherwise grow without end; a few cover a hook and a desk switching settings.
 */
export const RUN_ENTRIES_KEPT = 8;

/**
 * Formatted outputs (output-cache.ts) kept with one run entry, the most recently used first: one
 * a format, colour, width and baseline a desk prints the run in. They go with their entry.
 */
export const RUN_OUTPUTS_KEPT = 4;

/** An output entry's name: `<run key>.<output key>.out`, beside its run entry `<run key>.ndjson`. */
export const OUTPUT_SUFFIX = '.out';

/** A temporary file this old was left by a run that died while writing (writeFileAtomic's `.name.hex.tmp`). */
const ABANDONED_TEMP_MS = 60 * 60 * 1000;

/** One article of a run as the second stage sees it, besides its extraction (which its cache key stands for). */
export interface RunMember {
  doc: IngestedDocument;
  /** Its file relative to the working directory (posix separators), as its record has it. */
  path: string;
  given: boolean;
}

/**
 * The key of a whole run's second stage (grouping, comparison, report before the baseline): the
 * format, claimcheck's version, the settings' name tables and, for every article in the order
 * of ids, its id, file, whether it was given, its extraction's cache key (its content, and all
 * extraction reads of it), its reading warnings and the claim kinds it disables. Everything the
 * second stage reads is in it: the same key is the same report. Content-based like the
 * per-document keys: no file date or size stands for a text.
 */
export function runKey(analysis: NormalizeOptions, members: readonly RunMember[]): string {
  const hash = createHash('sha256').update(JSON.stringify([RUN_CACHE_FORMAT, VERSION, analysis ?? null]));
  const sorted = [...members].sort((a, b) => (a.doc.id < b.doc.id ? -1 : a.doc.id > b.doc.id ? 1 : 0));
  for (const m of sorted) hash.update(`\n${JSON.stringify([m.doc.id, m.path, m.given, cacheKey(m.doc), m.doc.warnings, m.doc.suppress ?? []])}`);
  return hash.digest('hex');
}

/** What a run entry keeps: the report (focused, before the baseline) and the documents' warning lines. */
export interface CachedRun {
  report: Report;
  warnings: string[];
}

/** Items of a top-level list of the report a line: a line stays far below a string's limit at any size. */
const ITEMS_PER_LINE = 512;

/** Items stringified at once: few, for the reasons the JSON report has (report/formatters/json.ts). */
const ITEMS_PER_PIECE = 16;

/**
 * The payload of an entry, in pieces of text, so that no text of the whole report is ever made:
 * a line a piece, or a list's line in pieces of JSON.stringify([name, items]), which each end
 * of a line ("\n") ends.
 */
function* payloadPieces(value: CachedRun): Generator<string> {
  yield `${JSON.stringify(['warnings', value.warnings])}\n`;
  for (const [key, field] of Object.entries(value.report)) {
    if (field === undefined) continue;
    if (Array.isArray(field) && field.length) {
      for (let i = 0; i < field.length; i += ITEMS_PER_LINE) {
        const items = field.slice(i, i + ITEMS_PER_LINE);
        yield `[${JSON.stringify(`report.${key}[]`)},[`;
        for (let j = 0; j < items.length; j += ITEMS_PER_PIECE) yield `${j ? ',' : ''}${JSON.stringify(items.slice(j, j + ITEMS_PER_PIECE)).slice(1, -1)}`;
        yield ']]\n';
      }
    } else yield `${JSON.stringify([`report.${key}`, field])}\n`;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a file a line at a time (bytes, with its newline), in blocks: an entry is never held whole. */
async function* fileLines(file: string): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r');
  try {
    const block = Buffer.alloc(1 << 20);
    let pending: Buffer[] = [];
    for (;;) {
      const { bytesRead } = await handle.read(block, 0, block.length, null);
      if (!bytesRead) break;
      let start = 0;
      for (let nl = block.indexOf(10, 0); nl >= 0 && nl < bytesRead; nl = block.indexOf(10, start)) {
        pending.push(Buffer.from(block.subarray(start, nl + 1)));
        yield pending.length === 1 ? pending[0]! : Buffer.concat(pending);
        pending = [];
        start = nl + 1;
      }
      if (start < bytesRead) pending.push(Buffer.from(block.subarray(start, bytesRead)));
    }
    if (pending.length) yield Buffer.concat(pending);
  } finally {
    await handle.close();
  }
}

/**
 * Whole-run entries beside the per-document ones: a re-run on the same articles with the same
 * settings and version takes its report from here without extracting, grouping or comparing.
 * An entry is payload lines, then a last line with the format, the key, the number of lines
 * and the SHA-256 of all of them; an entry that is not exactly that (cut short by a crash,
 * edited, of another layout) is a miss, and is written again.
 */
export class RunCache {
  private readonly folder: string;
  constructor(cacheFolder: string) {
    this.folder = path.join(cacheFolder, RUN_FOLDER);
  }

  private fileOf(key: string): string {
    return path.join(this.folder, `${key}.ndjson`);
  }

  async get(key: string): Promise<CachedRun | null> {
    try {
      const hash = createHash('sha256');
      // Each line is parsed as it comes (an entry is never held as text), and all of it trusted
      // only once the trailer's checksum matches every line before it.
      const entry = new EntryBuilder();
      let lines = 0;
      let previous: Buffer | null = null;
      for await (const line of fileLines(this.fileOf(key))) {
        if (previous) {
          hash.update(previous);
          lines++;
          if (!entry.add(previous)) return null;
        }
        previous = line;
      }
      if (!previous) return null;
      const trailer = JSON.parse(previous.toString('utf8')) as unknown;
      if (!isObject(trailer) || trailer.format !== RUN_CACHE_FORMAT || trailer.key !== key || trailer.lines !== lines || trailer.sha256 !== hash.digest('hex')) return null;
      const value = entry.value();
      // A use makes the entry the newest, so pruning drops the least recently used.
      if (value) await utimes(this.fileOf(key), new Date(), new Date()).catch(() => {});
      return value;
    } catch {
      return null;
    }
  }

  /** Written whole or not at all (writeFileAtomic). Failures are silent: the per-document entries say them. */
  async set(key: string, value: CachedRun): Promise<void> {
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.fileOf(key), entryLines(key, value));
      await this.prune(key);
    } catch {
      // An entry not written is a miss next time; one not pruned is pruned after the next run.
    }
  }

  /**
   * Keeps the RUN_ENTRIES_KEPT most recently used entries (never `current`) with their formatted
   * outputs (output-cache.ts; an entry's use is the latest of its files'), at most
   * RUN_OUTPUTS_KEPT outputs each, and drops abandoned temporary files.
   */
  async prune(current: string): Promise<void> {
    const now = Date.now();
    const entries = new Map<string, { used: number; files: string[]; outputs: { file: string; used: number }[] }>();
    for (const name of await readdir(this.folder)) {
      const file = path.join(this.folder, name);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) continue;
      if (name.startsWith('.')) {
        if (name.endsWith('.tmp') && now - info.mtimeMs > ABANDONED_TEMP_MS) await rm(file, { force: true });
        continue;
      }
      const output = name.endsWith(OUTPUT_SUFFIX);
      if (!output && !name.endsWith('.ndjson')) continue;
      const run = name.slice(0, name.indexOf('.'));
      const entry = entries.get(run) ?? { used: 0, files: [], outputs: [] };
      entries.set(run, entry);
      entry.used = Math.max(entry.used, info.mtimeMs);
      entry.files.push(file);
      if (output) entry.outputs.push({ file, used: info.mtimeMs });
    }
    const byUse = (a: { used: number; file: string }, b: { used: number; file: string }) => b.used - a.used || (a.file < b.file ? -1 : 1);
    const others = [...entries].filter(([run]) => run !== current).map(([file, e]) => ({ file, used: e.used, files: e.files })).sort(byUse);
    for (const old of others.slice(RUN_ENTRIES_KEPT - 1)) {
      for (const file of old.files) await rm(file, { force: true });
      entries.delete(old.file);
    }
    for (const entry of entries.values()) for (const old of entry.outputs.sort(byUse).slice(RUN_OUTPUTS_KEPT)) await rm(old.file, { force: true });
  }
}

/**
 * An entry's lines: the payload, then the trailer with their count and checksum. Each piece is
 * encoded on its own, once for the checksum and the file: pieces of text joined would be copied
 * two bytes a character whenever one of them has a character past U+00FF (see json.ts).
 */
function* entryLines(key: string, value: CachedRun): Generator<string | Buffer> {
  const hash = createHash('sha256');
  let lines = 0;
  for (const piece of payloadPieces(value)) {
    const bytes = Buffer.from(piece);
    hash.update(bytes);
    if (piece.endsWith('\n')) lines++;
    yield bytes;
  }
  yield `${JSON.stringify({ format: RUN_CACHE_FORMAT, key, lines, sha256: hash.digest('hex') })}\n`;
}

/** An entry's value, a payload line at a time; add() is false for a line not of its shape. */
class EntryBuilder {
  private readonly report: Record<string, unknown> = {};
  private warnings: string[] | null = null;

  add(bytes: Buffer): boolean {
    const line = JSON.parse(bytes.toString('utf8')) as unknown;
    if (!Array.isArray(line) || line.length !== 2 || typeof line[0] !== 'string') return false;
    const [name, value] = line as [string, unknown];
    if (name === 'warnings') {
      if (!Array.isArray(value) || !value.every((w) => typeof w === 'string')) return false;
      this.warnings = value as string[];
    } else if (name.startsWith('report.') && name.endsWith('[]')) {
      const key = name.slice('report.'.length, -2);
      const list = (this.report[key] ??= []) as unknown;
      if (!Array.isArray(value) || !Array.isArray(list)) return false;
      for (const item of value) list.push(item);
    } else if (name.startsWith('report.')) this.report[name.slice('report.'.length)] = value;
    else return false;
    return true;
  }

  value(): CachedRun | null {
    const r = this.report;
    if (!this.warnings || !Array.isArray(r.documents) || !Array.isArray(r.claims) || !Array.isArray(r.findings) || !Array.isArray(r.events) || !isObject(r.summary)) return null;
    return { report: r as unknown as Report, warnings: this.warnings };
  }
}
