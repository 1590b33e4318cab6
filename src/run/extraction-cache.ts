import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ExtractedDocument, IngestedDocument } from '../types.js';
import { extractionKey } from './extraction-key.js';

/**
 * The version of the cache entries' layout. Entries of another layout, version of claimcheck or
 * document have another key, so they are never read: change this whenever what an entry holds
 * changes without the version changing (a rule edited between releases is covered by VERSION
 * only at a release; run without --cache, or clear the folder, when developing rules).
 */
export const CACHE_FORMAT = 'claimcheck-cache/1';

/** Where --cache keeps its entries unless --cache-location says otherwise (relative to the working directory). */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/claimcheck';

/**
 * One document's extraction as kept: the whole of it, as the document that was extracted had
 * it, and how many of its warnings came from reading that document's file.
 */
export interface CachedExtraction {
  extracted: ExtractedDocument;
  readWarnings: number;
}

/** An entry used is marked so (its time set to now) when its time is older than this: one write a day at most. */
export const TOUCH_AFTER_MS = 24 * 60 * 60 * 1000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The key of a document's extraction in the local cache (see extractionKey). */
export const cacheKey = (doc: IngestedDocument): string => extractionKey(CACHE_FORMAT, doc);

export const toCached = (doc: IngestedDocument, extracted: ExtractedDocument): CachedExtraction => ({ extracted, readWarnings: doc.warnings.length });

/**
 * An extraction given to another document of the same text (a copy, or this one on a later run):
 * its own id, its own reading warnings, then those extraction added. Keys keep their order, so
 * the record is the same bytes as a fresh extraction's.
 */
export function reuseExtraction(doc: IngestedDocument, extracted: ExtractedDocument, readWarnings: number): ExtractedDocument {
  return { ...extracted, id: doc.id, warnings: [...doc.warnings, ...extracted.warnings.slice(readWarnings)] };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Per-document extractions in a folder, one file each: a first line with the format, the key and
 * the SHA-256 of the second line, the extraction as JSON. An entry that is not exactly that (cut
 * short by a crash, edited, of another layout) is a miss, and is written again.
 */
export class ExtractionCache {
  private failed = false;
  constructor(readonly folder: string, private readonly warn: (line: string) => void) {}

  private fileOf(key: string): string {
    return path.join(this.folder, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<CachedExtraction | null> {
    let text: string;
    let used: number;
    try {
      const handle = await open(this.fileOf(key), 'r');
      try {
        used = (await handle.stat()).mtimeMs;
        text = await handle.readFile('utf8');
      } finally {
        await handle.close();
      }
    } catch {
      return null;
    }
    const newline = text.indexOf('\n');
    if (newline < 0) return null;
    const payload = text.slice(newline + 1);
    try {
      const head = JSON.parse(text.slice(0, newline)) as unknown;
      if (!isObject(head) || head.format !== CACHE_FORMAT || head.key !== key || head.sha256 !== sha256(payload)) return null;
      const value = JSON.parse(payload) as unknown;
      if (!isObject(value) || typeof value.readWarnings !== 'number' || !isObject(value.extracted)) return null;
      const e = value.extracted;
      if (!Array.isArray(e.claims) || !Array.isArray(e.sentences) || !Array.isArray(e.warnings) || e.warnings.length < value.readWarnings) return null;
      // An entry's time is its last use (cache-sweep.ts removes those long unused), said at most once a day.
      const now = Date.now();
      if (now - used > TOUCH_AFTER_MS) await utimes(this.fileOf(key), now / 1000, now / 1000).catch(() => {});
      return value as unknown as CachedExtraction;
    } catch {
      return null;
    }
  }

  /** Written to a temporary file and renamed into place: a reader sees the whole entry or none. */
  async set(key: string, value: CachedExtraction): Promise<void> {
    if (this.failed) return;
    const file = this.fileOf(key);
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    const payload = JSON.stringify(value);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temp, `${JSON.stringify({ format: CACHE_FORMAT, key, sha256: sha256(payload) })}\n${payload}`);
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true }).catch(() => {});
      // One line for the run, not one per document (writes go a few at once): the run goes on uncached.
      if (this.failed) return;
      this.failed = true;
      this.warn(`cannot write the cache in ${this.folder}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]}: this run is not cached`);
    }
  }
}
