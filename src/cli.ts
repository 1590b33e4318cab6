import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import path from 'node:path';
import { InputError } from './ingest/find-files.js';
import type { Report } from './report/build-report.js';
import { DEFAULT_WIDTH, plainPalette, type Palette } from './report/formatters/formatter.js';
import { createProgressBar } from './report/progress-bar.js';
import { formatterNamed, formatters } from './report/formatters/index.js';
import { VERSION } from './version.js';
import { FAIL_ON, type FailOn } from './settings/fail-on.js';
import { SettingsError } from './settings/settings.js';
import { checkWritable, writeFileAtomic, WriteError } from './util/atomic-write.js';
import { visible } from './util/sanitize.js';

export { VERSION };

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour by default only then). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Columns of the stdout terminal (lines of the pretty report wrap there; 80 otherwise). */
  columns?: number;
  /** Whether stderr is a terminal (a progress bar is drawn only there), and its columns. */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
  /** Milliseconds clock for the progress bar (tests pass their own). */
  now?: () => number;
  /** Standard input, read whole, for the path "-". */
  readStdin?: () => Promise<Uint8Array>;
  /** The working directory (default: process.cwd()). */
  cwd?: string;
}

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

interface Options {
  format: string;
  color: boolean;
  failOn: FailOn;
  published?: string;
  verbose: boolean;
  baseline?: string;
  writeBaseline?: string | true;
  maxFileSize: string;
  config?: string | false;
  against?: string[];
  stdinName: string;
  output?: string;
  quiet: boolean;
  maxArticles: string;
}

const EXAMPLES = `
Examples:
  claimcheck ./articles                      report in the terminal
  claimcheck 'articles/**/*.md'              the articles a glob matches
  claimcheck draft.md --against archive/     check a new article against the published ones
  cat draft.md | claimcheck - --against archive/ --stdin-name draft.md
  claimcheck ./articles --format json | jq '.findings[] | select(.status == "contradict")'
  claimcheck a.md b.md --fail-on update      exit 1 on contradictions and updates
  claimcheck ./articles --format github      annotations for a CI log
  claimcheck ./articles -f sarif -o x.sarif  SARIF for GitHub code scanning
  claimcheck ./articles -f markdown > pr.md  a pull-request comment
  claimcheck ./articles -f html -o r.html    one self-contained web page
  claimcheck ./articles --quiet              only contradictions and updates
  claimcheck ./articles --write-baseline .claimcheck-baseline.json
  claimcheck ./articles --baseline .claimcheck-baseline.json   accept known findings

Settings are read from claimcheck.config.json, .claimcheckrc.json or the "claimcheck" key of
package.json, looked for from the checked files' folder up to the repository root.

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage, input or settings error.`;

function useColour(opts: Options, io: CliIO): boolean {
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

function exitCode(report: Report, failOn: FailOn, accepted: ReadonlySet<string>): number {
  if (failOn === 'never') return EXIT.ok;
  const failing = report.findings.filter(
    (f) => !accepted.has(f.id) && (f.status === 'contradict' || (failOn === 'update' && f.status === 'update')),
  );
  return failing.length ? EXIT.findings : EXIT.ok;
}

function program(io: CliIO): Command {
  return new Command()
    .name('claimcheck')
    .description('Cross-check news articles about one story: where sources agree, contradict, or stand alone.')
    .version(VERSION, '-V, --version')
    .argument('<paths...>', 'folders (searched for *.txt, *.md, *.markdown, *.html), article files, globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatters.map((f) => f.name)).default('pretty'))
    .option('--against <folder>', 'check the given files against every article in this folder (repeatable); report only findings that involve a given file', (folder: string, all: string[]) => [...all, folder], [] as string[])
    .option('--no-color', 'no colour (also NO_COLOR=1; colour only on a terminal unless FORCE_COLOR)')
    .addOption(new Option('--fail-on <status>', 'exit 1 when findings at or above this exist').choices([...FAIL_ON]).default('contradict'))
    .option('--published <YYYY-MM-DD>', 'publication date for documents that give none in front matter')
    .option('-v, --verbose', 'also list each agreement, single-source claims, all warnings and the files passed over', false)
    .option('-q, --quiet', 'only contradictions, updates and the summary; no progress bar', false)
    .option('-o, --output <file>', 'write the report to this file (whole or not at all) instead of stdout')
    .option('--baseline <file>', 'accept the findings listed in this baseline file (they no longer fail)')
    .option('--write-baseline [file]', 'write the current contradict and update findings to a baseline file (default: the settings\' "baseline")')
    .option('--max-file-size <size>', 'check only the first part of larger files', '2MB')
    .option('--max-articles <count>', 'refuse a run with more articles than this (exit 2)', '10000')
    .option('--config <file>', 'settings file to use instead of looking for one')
    .option('--no-config', 'use no settings file')
    .option('--stdin-name <name>', 'the name of the article read from standard input (-)', 'stdin.md')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
    .showHelpAfterError(false);
}

/** Runs claimcheck with the given arguments (without node and script); returns the exit code. */
export async function runCli(argv: string[], rawIo: CliIO): Promise<number> {
  // Every line on stderr quotes file names, YAML messages or paths: all made visible, so none
  // can carry an escape sequence or a line break that starts a GitHub workflow command.
  const io: CliIO = { ...rawIo, stderr: (text) => rawIo.stderr(text.endsWith('\n') ? `${visible(text.slice(0, -1))}\n` : visible(text)) };
  const cmd = program(io);
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      io.stderr(`claimcheck: ${error.message.replace(/^error: /, '')} (see claimcheck --help)\n`);
      return EXIT.error;
    }
    throw error;
  }
  const opts = cmd.opts<Options>();
  const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  try {
    const cwd = io.cwd ?? process.cwd();
    // A baseline that cannot be written is said before the work, not after it.
    if (typeof opts.writeBaseline === 'string') await checkWritable(path.resolve(cwd, opts.writeBaseline));
    if (opts.output) await checkWritable(path.resolve(cwd, opts.output));
    const stdin = cmd.args.includes('-') && io.readStdin ? { name: opts.stdinName, bytes: await io.readStdin() } : undefined;
    // Loaded only now: --help and --version need none of the pipeline's word lists and gazetteers.
    const { runCheck, writeBaseline } = await import('./run/check.js');
    // A bar only for a person watching a terminal: never in CI logs, pipes or with --quiet.
    const bar = io.stderrIsTTY && !opts.quiet && !io.env.CI
      ? createProgressBar({ write: rawIo.stderr, now: io.now ?? Date.now, width: io.stderrColumns ?? DEFAULT_WIDTH })
      : null;
    let run;
    try {
      run = await runCheck(cmd.args, {
        cwd, against: opts.against, published: opts.published, maxFileSize: opts.maxFileSize, maxArticles: opts.maxArticles, baseline: opts.baseline, stdin,
        ...(opts.config === false ? { noConfig: true } : { config: opts.config }),
        ...(bar ? { onProgress: (p) => bar.update(p) } : {}),
      });
    } finally {
      bar?.finish();
    }
    const settings = run.settings.settings;
    for (const warning of run.warnings) io.stderr(`claimcheck: warning: ${warning}\n`);
    if (opts.verbose) for (const line of run.skipped) io.stderr(`claimcheck: skipped ${line}\n`);
    const format = given('format') ? opts.format : settings.format ?? opts.format;
    const formatter = formatterNamed(format);
    if (!formatter) throw new SettingsError(`${run.settings.file}: "format" must be one of ${formatters.map((f) => f.name).join(', ')}, not "${format}"`);
    const failOn = given('failOn') ? opts.failOn : settings.failOn ?? opts.failOn;
    const baselineTarget = opts.writeBaseline === true ? settings.baseline && run.settings.file ? path.relative(cwd, path.resolve(run.settings.folder, settings.baseline)) : null : opts.writeBaseline;
    if (opts.writeBaseline === true && !baselineTarget) throw new InputError('--write-baseline needs a file, or a "baseline" in the settings');
    if (baselineTarget) {
      await writeBaseline(run, baselineTarget, cwd);
      io.stderr(`claimcheck: wrote ${baselineTarget}\n`);
    }
    // A file is never a terminal: no colour, lines wrapped at the default width.
    const toTerminal = !opts.output;
    const formatOptions = {
      palette: palette(toTerminal && useColour(opts, io)), verbose: opts.verbose, quiet: opts.quiet, accepted: run.accepted, paths: run.paths,
      width: toTerminal && io.isTTY && io.columns ? io.columns : DEFAULT_WIDTH,
    };
    if (opts.output) {
      await writeFileAtomic(path.resolve(cwd, opts.output), formatter.format(run.report, formatOptions));
      io.stderr(`claimcheck: wrote ${opts.output}\n`);
    } else if (formatter.chunks) {
      // Piece by piece: the whole JSON of thousands of articles would be one string of hundreds of MB.
      for (const chunk of formatter.chunks(run.report, formatOptions)) io.stdout(chunk);
    } else {
      io.stdout(formatter.format(run.report, formatOptions));
    }
    return baselineTarget ? EXIT.ok : exitCode(run.report, failOn, run.accepted);
  } catch (error) {
    if (error instanceof InputError || error instanceof WriteError || error instanceof SettingsError) {
      io.stderr(`claimcheck: ${error.message}\n`);
      return EXIT.error;
    }
    io.stderr(`claimcheck: internal error: ${(error as Error).message.split('\n')[0]} (please report it)\n`);
    return EXIT.error;
  }
}
