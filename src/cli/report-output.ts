import { Chalk } from 'chalk';
import path from 'node:path';
import { InputError } from '../ingest/find-files.js';
import type { Report } from '../report/build-report.js';
import { DEFAULT_WIDTH, plainPalette, type Palette } from '../report/formatters/formatter.js';
import { formatterNamed, formatters } from '../report/formatters/index.js';
import { createProgressBar, type ProgressBar } from '../report/progress-bar.js';
import type { CheckRun } from '../run/check.js';
import type { FailOn } from '../settings/fail-on.js';
import { SettingsError, type Settings } from '../settings/settings.js';
import { checkWritable, writeFileAtomic, WriteError } from '../util/atomic-write.js';
import { visible } from '../util/sanitize.js';
import { EXIT, type CliIO } from './io.js';
import type { ReportCliOptions } from './options.js';

/** The options of the report, shared by `claimcheck <paths>` and `claimcheck compare`. */
export type ReportOptions = Omit<ReportCliOptions, 'config'>;

/** The io with every stderr line made visible: none can carry an escape sequence or a workflow command. */
export const safeIo = (rawIo: CliIO): CliIO => ({ ...rawIo, stderr: (text) => rawIo.stderr(text.endsWith('\n') ? `${visible(text.slice(0, -1))}\n` : visible(text)) });

function useColour(opts: ReportOptions, io: CliIO): boolean {
  if (!opts.color) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.isTTY;
}

function palette(colour: boolean): Palette {
  if (!colour) return plainPalette;
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, red: c.red, green: c.green, yellow: c.yellow, blue: c.blue, cyan: c.cyan, magenta: c.magenta };
}

/** Findings the baseline does not accept, by status: all the exit code reads of the report. */
export function failingCounts(report: Report, accepted: ReadonlySet<string>): { contradict: number; update: number } {
  let contradict = 0;
  let update = 0;
  for (const f of report.findings) {
    if (accepted.has(f.id)) continue;
    if (f.status === 'contradict') contradict++;
    else if (f.status === 'update') update++;
  }
  return { contradict, update };
}

export function exitCodeFor(failing: { contradict: number; update: number }, failOn: FailOn): number {
  if (failOn === 'never') return EXIT.ok;
  return failing.contradict || (failOn === 'update' && failing.update) ? EXIT.findings : EXIT.ok;
}

/**
 * How the report is printed: the format and --fail-on (the command line's, else the settings'),
 * colour and width. A file is never a terminal: no colour, lines wrapped at the default width.
 */
export function reportChoices(settings: Settings, opts: ReportOptions, given: (name: string) => boolean, io: CliIO) {
  const toTerminal = !opts.output;
  return {
    format: given('format') ? opts.format : settings.format ?? opts.format,
    failOn: given('failOn') ? opts.failOn : settings.failOn ?? opts.failOn,
    colour: toTerminal && useColour(opts, io),
    width: toTerminal && io.isTTY && io.columns ? io.columns : DEFAULT_WIDTH,
  };
}

/** The run's lines on stderr before its report: warnings, then with --verbose the files passed over. */
export function sayWarnings(warnings: readonly string[], skipped: readonly string[], opts: ReportOptions, io: CliIO): void {
  for (const warning of warnings) io.stderr(`claimcheck: warning: ${warning}\n`);
  if (opts.verbose) for (const line of skipped) io.stderr(`claimcheck: skipped ${line}\n`);
}

/** A file that cannot be written is said before the work, not after it. */
export async function checkTargets(files: (string | true | undefined)[], cwd: string): Promise<void> {
  for (const file of files) if (typeof file === 'string') await checkWritable(path.resolve(cwd, file));
}

/** A bar only for a person watching a terminal: never in CI logs, pipes or with --quiet. */
export function progressBarFor(rawIo: CliIO, quiet: boolean): ProgressBar | null {
  return rawIo.stderrIsTTY && !quiet && !rawIo.env.CI
    ? createProgressBar({ write: rawIo.stderr, now: rawIo.now ?? Date.now, width: rawIo.stderrColumns ?? DEFAULT_WIDTH })
    : null;
}

/**
 * The run's warnings on stderr, the baseline written when asked, and the report in its format
 * on stdout or to --output; returns the exit code. `given` says whether an option came from
 * the command line (it then wins over the settings).
 */
export async function emitReport(run: CheckRun, opts: ReportOptions, given: (name: string) => boolean, io: CliIO, cwd: string): Promise<number> {
  const { writeBaseline } = await import('../run/check.js');
  const settings = run.settings.settings;
  sayWarnings(run.warnings, run.skipped, opts, io);
  if (opts.verbose && run.queueStats) io.stderr(`claimcheck: queue: ${run.queueStats.texts} distinct texts, ${run.queueStats.cached} from the Redis cache, ${run.queueStats.extracted} extracted by workers\n`);
  const { format, failOn, colour, width } = reportChoices(settings, opts, given, io);
  const formatter = formatterNamed(format);
  if (!formatter) throw new SettingsError(`${run.settings.file}: "format" must be one of ${formatters.map((f) => f.name).join(', ')}, not "${format}"`);
  const baselineTarget = opts.writeBaseline === true ? settings.baseline && run.settings.file ? path.relative(cwd, path.resolve(run.settings.folder, settings.baseline)) : null : opts.writeBaseline;
  if (opts.writeBaseline === true && !baselineTarget) throw new InputError('--write-baseline needs a file, or a "baseline" in the settings');
  if (baselineTarget) {
    await writeBaseline(run, baselineTarget, cwd);
    io.stderr(`claimcheck: wrote ${baselineTarget}\n`);
  }
  const formatOptions = { palette: palette(colour), verbose: opts.verbose, quiet: opts.quiet, accepted: run.accepted, paths: run.paths, width };
  if (opts.output) {
    await writeFileAtomic(path.resolve(cwd, opts.output), formatter.format(run.report, formatOptions));
    io.stderr(`claimcheck: wrote ${opts.output}\n`);
  } else if (formatter.chunks) {
    // Piece by piece: the whole JSON of thousands of articles would be one string of hundreds of MB.
    for (const chunk of formatter.chunks(run.report, formatOptions)) io.stdout(chunk);
  } else {
    io.stdout(formatter.format(run.report, formatOptions));
  }
  return baselineTarget ? EXIT.ok : exitCodeFor(failingCounts(run.report, run.accepted), failOn);
}

/** A known error is one line and exit 2; anything else is an internal error, one line too. */
export function errorExit(error: unknown, io: CliIO): number {
  if (error instanceof InputError || error instanceof WriteError || error instanceof SettingsError) {
    io.stderr(`claimcheck: ${error.message}\n`);
    return EXIT.error;
  }
  io.stderr(`claimcheck: internal error: ${(error as Error).message.split('\n')[0]} (please report it)\n`);
  return EXIT.error;
}
