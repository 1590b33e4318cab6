import { createHash } from 'node:crypto';
import path from 'node:path';
import { toPosix } from '../select/select-files.js';
import { VERSION } from '../version.js';
import type { ReadRun } from './extract-run.js';
import { extractorIdentity } from './extraction-key.js';

/** The version of what an input key covers; change it whenever a run reads anything new of its input. */
export const INPUT_KEY_FORMAT = 'claimcheck-input/1';

/**
 * The key of a run's whole input as read, before any article is ingested: the extractor
 * (claimcheck's and compromise's versions), the settings and where they are, the reading
 * options, the paths as given, and for every file read in order its id, its path relative to
 * the working directory, whether it was given, its size and the SHA-256 of its bytes. Ingesting,
 * extraction, grouping, comparison and the report are functions of these alone, so the same key
 * is the same report and the same warnings about it: a warm run keys its formatted output by it
 * (output-cache.ts) and needs to ingest nothing. Content-based: no file date stands for a text.
 */
export function inputKey(run: ReadRun, cwd: string): string {
  const hash = createHash('sha256').update(JSON.stringify([
    INPUT_KEY_FORMAT, VERSION, extractorIdentity(), run.settings.file ?? null, run.settings.folder, run.settings.settings,
    run.header.extraction, run.sources.maxBytes, run.givenPaths, run.givenText, cwd,
  ]));
  for (const source of run.sources.read) {
    const file = toPosix(path.relative(cwd, run.absolute[source.id]!));
    const bytes = createHash('sha256').update(source.bytes).digest('hex');
    hash.update(`\n${JSON.stringify([source.id, file, run.given.has(source.id), source.size, bytes])}`);
  }
  return hash.digest('hex');
}
