import { Command } from 'commander';
import { EXIT, inputSize, type CliIO } from './cli/io.js';
import { addInputOptions, addReportOptions, addSettingsOptions, configureCommand, parseArguments, settingsChoice, cacheFolder, poolChoice, queueChoice, type InputOptions, type ReportCliOptions } from './cli/options.js';
import { checkTargets, emitReport, errorExit, progressBarFor, safeIo } from './cli/report-output.js';
import { isSplitCommand, runSplitCommand } from './cli/split-commands.js';
import { VERSION } from './version.js';
import type { CheckOptions } from './run/check.js';

export { VERSION, EXIT, type CliIO };

type Options = InputOptions & ReportCliOptions;

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
  claimcheck extract shard1/ > 1.ndjson      the first stage alone, one shard of many
  claimcheck compare *.ndjson -f json        the second stage, on the shards' records together
  claimcheck worker --redis redis://queue:6379   extract articles for runs that give --redis (any number, any machine)
  claimcheck ./articles --redis redis://queue:6379   extract through those workers, compare here

Settings are read from claimcheck.config.json, .claimcheckrc.json or the "claimcheck" key of
package.json, looked for from the checked files' folder up to the repository root.

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage, input or settings error.`;

function program(io: CliIO): Command {
  const cmd = new Command()
    .name('claimcheck')
    .description('Cross-check news articles about one story: where sources agree, contradict, or stand alone.')
    .version(VERSION, '-V, --version')
    .argument('<paths...>', 'folders (searched for *.txt, *.md, *.markdown, *.html), article files, globs, or - for standard input');
  addSettingsOptions(addInputOptions(addReportOptions(cmd)));
  return configureCommand(cmd.addHelpText('after', EXAMPLES), io);
}

const checkOptionsOf = (opts: Options, cwd: string, io: CliIO, stdin: CheckOptions['stdin']): CheckOptions => ({
  cwd, against: opts.against, published: opts.published, maxFileSize: opts.maxFileSize, maxArticles: opts.maxArticles, baseline: opts.baseline, stdin,
  cache: cacheFolder(opts, cwd), pool: poolChoice(opts, io.env), ...queueChoice(opts),
  ...settingsChoice(opts.config),
});

/**
 * A warm run (see cli/warm-output.ts) answered in this process, as runCli would answer it: its
 * exit code, or null, having written nothing, when the run is not one (no cache, nothing kept,
 * standard input, a command or an error runCli is to say). bin/claimcheck.js tries it before
 * starting a process from the snapshot, whose start costs more than a warm run's work.
 */
export async function runWarm(argv: string[], rawIo: CliIO): Promise<number | null> {
  if (isSplitCommand(argv) || argv[0] === 'worker') return null;
  const io = safeIo(rawIo);
  const silent: CliIO = { ...io, stdout: () => {}, stderr: () => {} };
  const cmd = program(silent);
  if (parseArguments(cmd, argv, silent) !== null) return null;
  const opts = cmd.opts<Options>();
  const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  const cwd = io.cwd ?? process.cwd();
  const cache = cacheFolder(opts, cwd);
  if (!cache || cmd.args.includes('-')) return null;
  let replay: (() => number | null) | null = null;
  try {
    const [{ openCheck }, { warmOutput }] = await Promise.all([import('./run/check.js'), import('./cli/warm-output.js')]);
    const opened = await openCheck(cmd.args, checkOptionsOf(opts, cwd, io, undefined));
    const warm = await warmOutput(opened, cache, opts, given, io, cwd);
    if (!warm) return null;
    replay = () => warm.replay();
  } catch {
    return null;
  }
  // Once it has begun writing, a failure is this run's to say.
  try {
    return replay();
  } catch (error) {
    return errorExit(error, io);
  }
}

/** Runs claimcheck with the given arguments (without node and script); returns the exit code. */
export async function runCli(argv: string[], rawIo: CliIO): Promise<number> {
  // Every line on stderr quotes file names, YAML messages or paths: all made visible, so none
  // can carry an escape sequence or a line break that starts a GitHub workflow command.
  const io = safeIo(rawIo);
  if (isSplitCommand(argv)) return runSplitCommand(argv, rawIo);
  if (argv[0] === 'worker') return (await import('./queue/worker-command.js')).runWorkerCommand(argv.slice(1), io);
  const cmd = program(io);
  const parsed = parseArguments(cmd, argv, io);
  if (parsed !== null) return parsed;
  const opts = cmd.opts<Options>();
  const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  try {
    const cwd = io.cwd ?? process.cwd();
    await checkTargets([opts.writeBaseline, opts.output], cwd);
    const stdin = cmd.args.includes('-') && io.readStdin ? { name: opts.stdinName, bytes: await io.readStdin() } : undefined;
    // Loaded only now: --help and --version need none of the pipeline's word lists and gazetteers.
    const [{ openCheck, finishCheck }, { warmOutput }] = await Promise.all([import('./run/check.js'), import('./cli/warm-output.js')]);
    const cache = cacheFolder(opts, cwd);
    const checkOptions = checkOptionsOf(opts, cwd, io, stdin);
    const opened = await openCheck(cmd.args, checkOptions);
    io.onInput?.(inputSize(opened.read.sources));
    // A warm run: the output an earlier run on the same input printed, with nothing ingested or formatted.
    const warm = cache ? await warmOutput(opened, cache, opts, given, io, cwd) : null;
    const replayed = warm?.replay() ?? null;
    if (replayed !== null) return replayed;
    const bar = progressBarFor(rawIo, opts.quiet);
    let run;
    try {
      run = await finishCheck(opened, { ...checkOptions, ...(bar ? { onProgress: (p) => bar.update(p) } : {}) });
    } finally {
      bar?.finish();
    }
    let code;
    try {
      code = await emitReport(run, opts, given, warm ? warm.recording(io) : io, cwd);
    } catch (error) {
      warm?.discard();
      throw error;
    }
    await warm?.finish(run);
    return code;
  } catch (error) {
    return errorExit(error, io);
  }
}
