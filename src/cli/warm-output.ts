import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { formatterNamed } from '../report/formatters/index.js';
import { baselinePath, type CheckRun, type OpenedCheck } from '../run/check.js';
import { OutputCache, outputKey, type OutputRecorder } from '../run/output-cache.js';
import { RunCache } from '../run/run-cache.js';
import type { CliIO } from './io.js';
import { exitCodeFor, failingCounts, reportChoices, sayWarnings, type ReportOptions } from './report-output.js';

/**
 * The formatted output of a run with the cache: a warm run (the same input, read and hashed by
 * openCheck) prints the output an earlier run kept, with its warnings and exit code, and
 * ingests, extracts and formats nothing; any other run records what it prints, for the next.
 */
export interface WarmOutput {
  /** A warm run: its lines said and its output written; the exit code, or null when none is kept. */
  replay(): number | null;
  /** The io of a run that was not warm: what it prints is recorded. */
  recording(io: CliIO): CliIO;
  /** Keeps the recording, once the run has printed it all. */
  finish(run: CheckRun): Promise<void>;
  /** Drops the recording of a run that failed. */
  discard(): void;
}

/**
 * Everything the output of a run reads besides its input, or null when a run is not to be
 * replayed: a report to a file or a baseline written, a format the settings name wrongly, a
 * baseline given that cannot be read (the run itself then says why). The baseline is in it by
 * its bytes, the working directory by the input key.
 */
async function outputVariant(opened: OpenedCheck, opts: ReportOptions, given: (name: string) => boolean, io: CliIO, cwd: string): Promise<unknown> {
  if (opts.output || opts.writeBaseline) return null;
  const settings = opened.read.settings;
  const { format, colour, width } = reportChoices(settings.settings, opts, given, io);
  if (!formatterNamed(format)) return null;
  const baseline = baselinePath(opts, settings, cwd);
  let accepted: string | null = null;
  if (baseline) {
    try {
      accepted = createHash('sha256').update(await readFile(baseline.file)).digest('hex');
    } catch (error) {
      if (baseline.required || (error as NodeJS.ErrnoException).code !== 'ENOENT') return null;
    }
  }
  return { format, colour, width, verbose: opts.verbose, quiet: opts.quiet, baseline: baseline && { file: baseline.file, accepted } };
}

/** The warm output of an opened run with the cache in `cacheFolder`, or null when it has none to give or keep. */
export async function warmOutput(
  opened: OpenedCheck, cacheFolder: string, opts: ReportOptions, given: (name: string) => boolean, io: CliIO, cwd: string,
): Promise<WarmOutput | null> {
  if (!opened.inputKey) return null;
  const variant = await outputVariant(opened, opts, given, io, cwd);
  if (variant === null) return null;
  const key = outputKey(opened.inputKey, variant);
  const cache = new OutputCache(cacheFolder);
  let recorder: OutputRecorder | null = null;
  return {
    replay() {
      const kept = cache.find(key);
      if (!kept) return null;
      // Said as emitReport says them: the warnings about reading the files (this run's own), then those about the articles.
      sayWarnings([...opened.read.warnings, ...kept.warnings], opened.read.skipped, opts, io);
      kept.stream((piece) => io.stdout(piece));
      return exitCodeFor(kept.failing, reportChoices(opened.read.settings.settings, opts, given, io).failOn);
    },
    recording(inner) {
      recorder = cache.record(key);
      const r = recorder;
      // Encoded once for both: a string written to each would be encoded twice (at 1,000
      // articles, 33 MB of JSON, most of it in pieces two bytes a character).
      return r ? { ...inner, stdout: (text) => {
        const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
        inner.stdout(bytes);
        r.write(bytes);
      } } : inner;
    },
    async finish(run) {
      if (!recorder) return;
      // Only the run the key stands for: one whose input key is this one's, its warnings all known.
      if (!run.cached || run.cached.input !== opened.inputKey) return recorder.abandon();
      const file = recorder.finish({ run: run.cached.run, warnings: run.cached.warnings, failing: failingCounts(run.report, run.accepted) });
      if (file) await new RunCache(cacheFolder).prune(run.cached.run).catch(() => {});
    },
    discard() {
      recorder?.abandon();
    },
  };
}
