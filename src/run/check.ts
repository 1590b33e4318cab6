import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isoDay } from '../ingest/front-matter.js';
import { InputError } from '../ingest/find-files.js';
import { analyze, type ProgressCallback } from '../pipeline.js';
import { acceptedFindings, parseBaseline, updateBaseline, serializeBaseline, type Baseline } from '../report/baseline.js';
import { buildReport, type Report } from '../report/build-report.js';
import { focusReport } from '../report/focus.js';
import { selectFiles, toPosix } from '../select/select-files.js';
import { loadSettings } from '../settings/find-settings.js';
import type { LoadedSettings } from '../settings/settings.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { loadDocuments, type Source } from './load-documents.js';
import type { QueueStats } from '../queue/producer.js';

export { VERSION } from '../version.js';
import { VERSION } from '../version.js';

export interface CheckOptions {
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
  /** The baseline file of accepted findings (default: the settings' "baseline", if it exists). */
  baseline?: string;
  /** One article read from standard input, given as "-" among the paths. */
  stdin?: { name: string; bytes: Uint8Array };
  /** Hears how far the run is (the CLI draws a progress bar from it). */
  onProgress?: ProgressCallback;
  /** Extract through the BullMQ queue on this Redis (`claimcheck worker`s do it), waiting this long for news. */
  queue?: { redis: string; timeoutSeconds: number };
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
function baselinePath(options: CheckOptions, settings: LoadedSettings, cwd: string): { file: string; required: boolean; shown: string } | null {
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
 * One run: settings found, files selected, articles read and analysed, the baseline applied,
 * and the report focused on the given files when they are checked against an archive.
 */
export async function runCheck(paths: string[], options: CheckOptions = {}): Promise<CheckRun> {
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
  const docs = await loadDocuments(sources, {
    maxFileSize: options.maxFileSize ?? '2MB',
    maxArticles: options.maxArticles,
    published: options.published ?? null,
    boilerplate: (s.boilerplate ?? []).map((b) => new RegExp(b, 'i')),
    given: [...paths, ...archive.map((a) => path.relative(cwd, a) || '.')].join(', '),
  }, (line) => warnings.push(line));
  // Loaded only with a queue: a one-machine run needs none of BullMQ.
  const queued = options.queue ? await (await import('../queue/producer.js')).extractThroughQueue(docs, { ...options.queue, onProgress: options.onProgress }) : undefined;
  const result = analyze(docs, { organizations: s.organizations, people: s.people, places: s.places }, options.onProgress, queued?.extracted);
  for (const doc of result.documents) for (const w of doc.warnings) if (!quiet(w)) warnings.push(`${doc.id}: ${w}`);
  let report = buildReport(result, VERSION);
  const focus = archive.length && given.size < docs.length ? [...given].sort() : null;
  if (focus) report = focusReport(report, new Set(focus));
  if (archive.length && !given.size) warnings.push(`none of ${onDisk.join(', ') || 'the paths given'} is an article to check (all excluded or ignored): nothing checked against the archive`);
  else if (docs.length === 1) {
    warnings.push(`only one article (${docs[0]!.id}): nothing to compare it with; give the other articles of the story, or --against a folder of published ones`);
  }
  const paths_: Record<string, string> = Object.fromEntries(Object.entries(absolute).map(([id, abs]) => [id, toPosix(path.relative(cwd, abs))]));
  const run: CheckRun = { report, accepted: new Set(), paths: paths_, settings, warnings, skipped: selection.skipped, focus, absolute, ...(queued ? { queueStats: queued.stats } : {}) };
  const baseline = baselinePath(options, settings, cwd);
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
