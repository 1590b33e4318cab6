import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../ingest/find-files.js';
import type { ProgressCallback } from '../pipeline.js';
import type { NormalizeOptions } from '../normalize/index.js';
import type { TextWords } from '../compare/text-words.js';
import type { ExtractedDocument } from '../types.js';
import { acceptedFindings, parseBaseline, updateBaseline, serializeBaseline, type Baseline } from '../report/baseline.js';
import type { Report } from '../report/build-report.js';
import { focusReport } from '../report/focus.js';
import { toPosix } from '../select/select-files.js';
import type { LoadedSettings } from '../settings/settings.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { DocumentRecord } from './extraction-record.js';
import { extractLoaded, ingestRun, readRun, type ExtractOptions, type LoadedRun, type ReadRun } from './extract-run.js';
import { inputKey } from './input-key.js';
import { RunCache, runKey, type CachedRun, type RunMember } from './run-cache.js';
import { shareStrings } from './share-strings.js';

export { VERSION } from '../version.js';
import { VERSION } from '../version.js';
import type { QueueStats } from '../queue/producer.js';

export interface CheckOptions extends ExtractOptions {
  /** The baseline file of accepted findings (default: the settings' "baseline", if it exists). */
  baseline?: string;
}

export interface CheckRun {
  /** The JSON report; accepted findings carry `accepted: true`. */
  report: Report;
  accepted: Set<string>;
  /** Document id → its path relative to the working directory. */
  paths: Record<string, string>;
  settings: LoadedSettings;
  /** Lines for stderr: unreadable folders, files cut, a run with nothing to compare. */
  warnings: string[];
  /** Files passed over and why, for --verbose. */
  skipped: string[];
  /** Ids of the documents given when checked against an archive; null otherwise. */
  focus: string[] | null;
  /** Where each document is, absolute, for the baseline. */
  absolute: Record<string, string>;
  /** With a queue: how many documents came from Redis's cache and how many workers extracted. */
  queueStats?: QueueStats;
  /** With the run cache: the keys of the run's input and of its run entry, and the warnings about its articles (after `warnings`' first `read`). */
  cached?: { input: string; run: string; read: number; warnings: string[] };
}

/** A run whose input is read and not yet ingested (openCheck). */
export interface OpenedCheck {
  read: ReadRun;
  /** With the run cache: the key of the input (input-key.ts), by which a warm run finds its output. */
  inputKey: string | null;
}

const quiet = (warning: string) => /^no publication date|^suppressed by claimcheck-disable/.test(warning);

async function readBaseline(file: string, required: boolean, shown = file): Promise<Baseline | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(`cannot read baseline ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]}`);
  }
  try {
    return parseBaseline(JSON.parse(text));
  } catch (error) {
    throw new InputError(`${shown}: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The baseline file of a run: --baseline (relative to the working directory), else the settings' one. */
export function baselinePath(options: { baseline?: string }, settings: LoadedSettings, cwd: string): { file: string; required: boolean; shown: string } | null {
  if (options.baseline) return { file: path.resolve(cwd, options.baseline), required: true, shown: options.baseline };
  if (settings.settings.baseline) {
    const file = path.resolve(settings.folder, settings.settings.baseline);
    return { file, required: false, shown: path.relative(cwd, file) };
  }
  return null;
}


/** A document id → its file relative to the baseline's folder. */
export const fileOfFor = (run: CheckRun, baselineFile: string) => (id: string) =>
  toPosix(path.relative(path.dirname(baselineFile), run.absolute[id] ?? id));

/**
 * One run: the first stage (settings, files, reading, extraction; extract-run.ts) and the
 * second (grouping, comparison, report, baseline) on its records, just as `claimcheck extract`
 * then `claimcheck compare` run them. With a cache, a run on articles, settings and a version
 * all as an earlier run had them takes that run's report (run-cache.ts) once the articles are
 * read, without extracting, grouping or comparing.
 */
export async function runCheck(paths: string[], options: CheckOptions = {}): Promise<CheckRun> {
  return finishCheck(await openCheck(paths, options), options);
}

/** A run's first step: settings found, files selected and read, and with the run cache, the input's key. */
export async function openCheck(paths: string[], options: CheckOptions = {}): Promise<OpenedCheck> {
  const read = await readRun(paths, options);
  // With a queue, the queue's own cache and its figures are what the run is asked for.
  return { read, inputKey: options.cache && !options.queue ? inputKey(read, options.cwd ?? process.cwd()) : null };
}

/** The rest of a run opened by openCheck. */
export async function finishCheck(opened: OpenedCheck, options: CheckOptions = {}): Promise<CheckRun> {
  const cwd = options.cwd ?? process.cwd();
  const readWarnings = opened.read.warnings.length;
  let loaded: LoadedRun | null = ingestRun(opened.read);
  const runCache = opened.inputKey ? new RunCache(options.cache!) : null;
  const { absolute, given } = loaded;
  const members = loaded.docs.map((doc): RunMember => ({ doc, path: toPosix(path.relative(cwd, absolute[doc.id]!)), given: given.has(doc.id) }));
  const key = runCache ? runKey(loaded.header.analysis, members) : null;
  const keys = key ? { input: opened.inputKey!, run: key, read: readWarnings } : undefined;
  const kept = key ? await runCache!.get(key) : null;
  if (kept) {
    const input = { settings: loaded.settings, warnings: loaded.warnings, skipped: loaded.skipped, given: loaded.givenText };
    return completeRun(runMembers(members.map((m) => ({ id: m.doc.id, path: m.path, given: m.given })), cwd), kept, input, options, keys);
  }
  // The texts go once extracted, as in a run without the cache.
  members.length = 0;
  // Each document's words read as its extraction comes in, while the workers extract the others.
  const { TextWords } = await import('../compare/text-words.js');
  const textWords = new TextWords();
  const extraction = await extractLoaded(loaded, { ...options, onExtracted: (doc) => textWords.add(doc.id, doc.sentences) });
  loaded = null;
  const keep = key ? (analysed: CachedRun) => runCache!.set(key, analysed) : undefined;
  const run = await compareRecords({ ...extraction, analysis: extraction.header.analysis }, { ...options, keep, keys, textWords });
  return extraction.queueStats ? { ...run, queueStats: extraction.queueStats } : run;
}

export interface CompareInput {
  /** The name tables of the extraction's settings. */
  analysis: NormalizeOptions;
  /** Taken over: compareRecords empties this list, so that the extractions can go once normalized. */
  records: DocumentRecord[];
  /** The settings that give the baseline (and to the CLI, the format and --fail-on). */
  settings: LoadedSettings;
  /** Lines already said about the input (files unreadable, cut). */
  warnings: string[];
  skipped: string[];
  /** What was given, for messages. */
  given: string;
}

/** A cached run's keys, and how many of its first warnings are about reading its files. */
type RunKeys = { input: string; run: string; read: number };

/** The documents of a run apart from their claims, in the order of their ids. */
interface RunMembers {
  paths: Record<string, string>;
  absolute: Record<string, string>;
  /** Ids of the documents given (not archive articles). */
  given: string[];
  count: number;
  firstId: string | undefined;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Documents sorted by id, each id once (shards may come in any order, never overlapping). */
function runMembers(list: { id: string; path: string; given: boolean }[], cwd: string): RunMembers {
  const sorted = [...list].sort(byId);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new InputError(`document ${sorted[i]!.id} is given twice (${sorted[i - 1]!.path}, ${sorted[i]!.path}): extract each file in one shard only`);
  }
  return {
    paths: Object.fromEntries(sorted.map((r) => [r.id, r.path])),
    absolute: Object.fromEntries(sorted.map((r) => [r.id, path.resolve(cwd, r.path)])),
    given: sorted.filter((r) => r.given).map((r) => r.id),
    count: sorted.length,
    firstId: sorted[0]?.id,
  };
}

/**
 * The second stage, on records from one run or from many shards: documents in the order of
 * their ids (so the shards may come in any order), grouped, compared, reported, focused on the
 * given files when some records are archive articles, and the baseline applied. Empties
 * `input.records` (see CompareInput). `keep` is given the report and warnings before the baseline.
 */
export async function compareRecords(
  input: CompareInput,
  options: { cwd?: string; baseline?: string; onProgress?: ProgressCallback; keep?: (analysed: CachedRun) => Promise<void>; keys?: RunKeys; textWords?: TextWords } = {},
): Promise<CheckRun> {
  const cwd = options.cwd ?? process.cwd();
  // The second stage's modules load here: a run the run cache answers needs none of them.
  const [{ analyzeNormalized }, { normalizeDocuments }, { buildReport }] = await Promise.all([
    import('../pipeline.js'), import('../normalize/index.js'), import('../report/build-report.js'),
  ]);
  const members = runMembers(input.records.map((r) => ({ id: r.document.id, path: r.path, given: r.given })), cwd);
  const records = [...input.records].sort((a, b) => byId(a.document, b.document));
  // The records are taken over: once their documents are normalized nothing holds the
  // extracted claims, which grouping, comparison and the report never read again (at 10,000
  // articles, a large share of the run's memory).
  let extracted: ExtractedDocument[] | null = records.map((r) => r.document);
  input.records.length = 0;
  records.length = 0;
  shareStrings(extracted);
  const documents = normalizeDocuments(extracted, input.analysis);
  extracted = null;
  const result = analyzeNormalized(documents, options.onProgress, options.textWords);
  const warnings: string[] = [];
  for (const doc of result.documents) for (const w of doc.warnings) if (!quiet(w)) warnings.push(`${doc.id}: ${w}`);
  let report = buildReport(result, VERSION);
  if (members.given.length < members.count) report = focusReport(report, new Set(members.given));
  const analysed: CachedRun = { report, warnings };
  await options.keep?.(analysed);
  return completeRun(members, analysed, input, options, options.keys);
}

/** A run from its report and document warnings: the warnings about the run as a whole, and the baseline applied. */
async function completeRun(
  members: RunMembers,
  analysed: CachedRun,
  input: Pick<CompareInput, 'settings' | 'warnings' | 'skipped' | 'given'>,
  options: { cwd?: string; baseline?: string },
  keys?: RunKeys,
): Promise<CheckRun> {
  const cwd = options.cwd ?? process.cwd();
  const { given, count, firstId, paths, absolute } = members;
  const warnings = [...input.warnings, ...analysed.warnings];
  const told = input.warnings.length;
  const report = analysed.report;
  const focus = given.length < count ? given : null;
  if (focus && !given.length) warnings.push(`none of ${input.given} is an article to check (all excluded or ignored): nothing checked against the archive`);
  else if (count === 1) {
    warnings.push(`only one article (${firstId}): nothing to compare it with; give the other articles of the story, or --against a folder of published ones`);
  }
  const run: CheckRun = { report, accepted: new Set(), paths, settings: input.settings, warnings, skipped: input.skipped, focus, absolute };
  // The warnings about the articles, to be kept with the output: those of reading them (the first
  // keys.read) a warm run says itself; a run that said more (its cache not written) keeps nothing.
  if (keys && told === keys.read) run.cached = { ...keys, warnings: warnings.slice(told) };
  const baseline = baselinePath(options, input.settings, cwd);
  if (baseline) {
    const data = await readBaseline(baseline.file, baseline.required, baseline.shown);
    if (data) run.accepted = acceptedFindings(report, data, fileOfFor(run, baseline.file));
  }
  if (run.accepted.size) run.report = { ...report, findings: report.findings.map((f) => (run.accepted.has(f.id) ? { ...f, accepted: true as const } : f)) };
  return run;
}

/**
 * Writes the baseline accepting every contradict and update finding of the run: entries that
 * still apply are kept, stale ones dropped; when the run checked files against an archive,
 * entries about none of them are left as they were. Written whole or not at all.
 */
export async function writeBaseline(run: CheckRun, file: string, cwd = process.cwd()): Promise<void> {
  const target = path.resolve(cwd, file);
  const previous = await readBaseline(target, false).catch(() => null);
  const fileOf = fileOfFor(run, target);
  const focusFiles = run.focus ? new Set(run.focus.map(fileOf)) : null;
  const outOfScope = focusFiles ? (e: Baseline['accepted'][number]) => !e.values.some((v) => v.documents.some((d) => focusFiles.has(d))) : undefined;
  await writeFileAtomic(target, serializeBaseline(updateBaseline(previous, run.report, fileOf, outOfScope)));
}
