import path from 'node:path';
import { isoDay } from '../ingest/front-matter.js';
import { InputError } from '../ingest/find-files.js';
import type { ProgressCallback } from '../pipeline.js';
import { selectFiles, toPosix } from '../select/select-files.js';
import { loadSettings } from '../settings/find-settings.js';
import type { LoadedSettings } from '../settings/settings.js';
import { VERSION } from '../version.js';
import { EXTRACTION_FORMAT, type DocumentRecord, type ExtractionHeader } from './extraction-record.js';
import type { PoolChoice } from './extract-pool.js';
import { ingestSources, readSources, type ReadSources, type Source } from './load-documents.js';
import type { QueueStats } from '../queue/producer.js';
import type { ExtractedDocument, IngestedDocument } from '../types.js';

export interface ExtractOptions {
  /** Folder that relative paths start from (default: process.cwd()). */
  cwd?: string;
  /** Archive folders the given files are checked against (beside the settings' "archive"). */
  against?: string[];
  /** A settings file to use instead of looking for one; or none at all. */
  config?: string;
  noConfig?: boolean;
  /** Publication date (YYYY-MM-DD) for articles whose front matter gives none. */
  published?: string;
  /** Check only the first part of larger files ("2MB"). */
  maxFileSize?: string;
  /** Refuse a run with more articles than this ("10000"). */
  maxArticles?: string;
  /** One article read from standard input, given as "-" among the paths. */
  stdin?: { name: string; bytes: Uint8Array };
  /** Hears how far the run is (the CLI draws a progress bar from it). */
  onProgress?: ProgressCallback;
  /** Given each document extracted here or by a worker as it comes in (not those from the cache, nor copies). */
  onExtracted?: (doc: ExtractedDocument) => void;
  /** A folder to keep each document's extraction in, and take it from on the next run (--cache). */
  cache?: string;
  /** Worker threads for extraction (--jobs), used when the job is big enough to pay them off. */
  pool?: PoolChoice;
  /** Extract through the BullMQ queue on this Redis (`claimcheck worker`s do it), waiting this long for news. */
  queue?: { redis: string; timeoutSeconds: number };
}

export interface ExtractRun {
  header: ExtractionHeader;
  /** One a document, in the order of the files selected. */
  records: DocumentRecord[];
  settings: LoadedSettings;
  /** Lines for stderr: unreadable folders, files cut. */
  warnings: string[];
  /** Files passed over and why, for --verbose. */
  skipped: string[];
  /** What was given, for messages: "drafts/new.md, archive". */
  given: string;
  /** With a queue: how many documents came from Redis's cache and how many workers extracted. */
  queueStats?: QueueStats;
}

/** A run's articles read and ingested, not yet extracted (see loadRun). */
export interface LoadedRun {
  docs: IngestedDocument[];
  header: ExtractionHeader;
  settings: LoadedSettings;
  /** Document id → its file, absolute. */
  absolute: Record<string, string>;
  /** Ids of the documents given (not archive articles). */
  given: Set<string>;
  warnings: string[];
  skipped: string[];
  /** What was given, for messages: "drafts/new.md, archive". */
  givenText: string;
}

/**
 * The first stage: settings found, files selected, articles read and each extracted on its
 * own into a record that depends on that article alone.
 */
export async function runExtract(paths: string[], options: ExtractOptions = {}): Promise<ExtractRun> {
  return extractLoaded(await loadRun(paths, options), options);
}

/** A run's settings found, files selected and read, nothing ingested yet (see readRun). */
export interface ReadRun extends Omit<LoadedRun, 'docs'> {
  sources: ReadSources;
  /** The boilerplate patterns of the settings, as given (the header's and the key's). */
  boilerplate: string[];
  /** The paths given, and the archives relative to the working directory: "what" for messages. */
  givenPaths: string;
}

/** The first half of the first stage: settings found, files selected, articles read and ingested. */
export async function loadRun(paths: string[], options: ExtractOptions = {}): Promise<LoadedRun> {
  return ingestRun(await readRun(paths, options));
}

/** Settings found, files selected and read: all a key of the run's input needs (see input-key.ts). */
export async function readRun(paths: string[], options: ExtractOptions = {}): Promise<ReadRun> {
  const cwd = options.cwd ?? process.cwd();
  if (options.published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(options.published) || !isoDay(options.published))) {
    throw new InputError(`--published takes a date as YYYY-MM-DD, not "${options.published}"`);
  }
  const settings = await loadSettings(paths, { config: options.config, noConfig: options.noConfig }, cwd);
  const s = settings.settings;
  const archive = [
    ...(options.against ?? []).map((a) => path.resolve(cwd, a)),
    ...(s.archive ?? []).map((a) => path.resolve(settings.folder, a)),
  ];
  const onDisk = paths.filter((p) => p !== '-');
  if (paths.includes('-') && !options.stdin) throw new InputError('"-" reads an article from standard input, and none was given');
  const selection = onDisk.length || archive.length
    ? await selectFiles({ paths: onDisk, archive, include: s.include, exclude: s.exclude, base: settings.folder, cwd })
    : { files: [], warnings: [], skipped: [] };
  const warnings = [...selection.warnings];
  const sources: Source[] = selection.files.map((f) => ({ id: f.id, file: f.absolute }));
  const absolute: Record<string, string> = Object.fromEntries(selection.files.map((f) => [f.id, f.absolute]));
  const given = new Set(selection.files.filter((f) => f.given).map((f) => f.id));
  if (options.stdin && paths.includes('-')) {
    const id = options.stdin.name;
    if (absolute[id]) throw new InputError(`--stdin-name ${id} is also the name of a file checked: give another name`);
    sources.push({ id, bytes: options.stdin.bytes });
    absolute[id] = path.resolve(cwd, id);
    given.add(id);
  }
  const maxFileSize = options.maxFileSize ?? '2MB';
  const boilerplate = s.boilerplate ?? [];
  const givenPaths = [...paths, ...archive.map((a) => path.relative(cwd, a) || '.')].join(', ');
  const read = readSources(sources, { maxFileSize, maxArticles: options.maxArticles, given: givenPaths }, (line) => warnings.push(line));
  const header: ExtractionHeader = {
    type: 'header',
    format: EXTRACTION_FORMAT,
    tool: 'claimcheck',
    version: VERSION,
    extraction: { published: options.published ?? null, maxFileSize, boilerplate },
    analysis: { organizations: s.organizations, people: s.people, places: s.places },
  };
  return { sources: read, boilerplate, givenPaths, header, settings, absolute, given, warnings, skipped: selection.skipped, givenText: onDisk.join(', ') || 'the paths given' };
}

/** The articles read, ingested (their bytes go meanwhile). */
export function ingestRun(run: ReadRun): LoadedRun {
  const { sources, boilerplate, givenPaths, ...rest } = run;
  const docs = ingestSources(sources, {
    published: run.header.extraction.published,
    boilerplate: boilerplate.map((b) => new RegExp(b, 'i')),
    given: givenPaths,
  });
  return { docs, ...rest };
}

/** The second half of the first stage: each loaded article extracted on its own into a record. */
export async function extractLoaded(loaded: LoadedRun, options: ExtractOptions = {}): Promise<ExtractRun> {
  const cwd = options.cwd ?? process.cwd();
  const { docs, header, settings, absolute, given } = loaded;
  const warnings = [...loaded.warnings];
  // Extraction's modules load here, not with this one: a run the run cache answers
  // (check.ts) reads the articles and needs none of them.
  const [{ extractDocuments }, { suppressClaims }] = await Promise.all([import('./extract-documents.js'), import('../pipeline.js')]);
  // The queue's producer is loaded only with --redis: a one-machine run needs none of BullMQ.
  const queued = options.queue
    ? await (await import('../queue/producer.js')).extractThroughQueue(docs, { ...options.queue, onProgress: options.onProgress })
    : undefined;
  const extracted = queued?.extracted ?? await extractDocuments(docs, { cache: options.cache, pool: options.pool, onProgress: options.onProgress, onExtracted: options.onExtracted, warn: (line) => warnings.push(line) });
  const records: DocumentRecord[] = extracted.map((doc, i) => ({
    type: 'document',
    path: toPosix(path.relative(cwd, absolute[doc.id]!)),
    given: given.has(doc.id),
    document: suppressClaims(doc, docs[i]!.suppress ?? []),
  }));
  return { header, records, settings, warnings, skipped: loaded.skipped, given: loaded.givenText, ...(queued ? { queueStats: queued.stats } : {}) };
}
