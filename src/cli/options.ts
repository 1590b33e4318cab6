import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { InputError } from '../ingest/find-files.js';
import type { PoolChoice } from '../run/extract-pool.js';
import { DEFAULT_CACHE_LOCATION } from '../run/extraction-cache.js';
import { formatters } from '../report/formatters/index.js';
import { FAIL_ON, type FailOn } from '../settings/fail-on.js';
import { EXIT, type CliIO } from './io.js';
import { queueRunOptions } from '../queue/options.js';

/** The options of reading and extracting articles (`claimcheck <paths>` and `claimcheck extract`). */
export interface InputOptions {
  against?: string[];
  published?: string;
  maxFileSize: string;
  maxArticles: string;
  stdinName: string;
  config?: string | false;
  cache: boolean;
  cacheLocation?: string;
  jobs?: string;
  redis?: string;
  queueTimeout: string;
}

/** The options of the report (`claimcheck <paths>` and `claimcheck compare`). */
export interface ReportCliOptions {
  format: string;
  color: boolean;
  failOn: FailOn;
  verbose: boolean;
  quiet: boolean;
  output?: string;
  baseline?: string;
  writeBaseline?: string | true;
  config?: string | false;
}

export const addReportOptions = (cmd: Command): Command => cmd
  .addOption(new Option('-f, --format <format>', 'output format').choices(formatters.map((f) => f.name)).default('pretty'))
  .option('--no-color', 'no colour (also NO_COLOR=1; colour only on a terminal unless FORCE_COLOR)')
  .addOption(new Option('--fail-on <status>', 'exit 1 when findings at or above this exist').choices([...FAIL_ON]).default('contradict'))
  .option('-v, --verbose', 'also list each agreement, single-source claims, all warnings and the files passed over', false)
  .option('-q, --quiet', 'only contradictions, updates and the summary; no progress bar', false)
  .option('-o, --output <file>', 'write the report to this file (whole or not at all) instead of stdout')
  .option('--baseline <file>', 'accept the findings listed in this baseline file (they no longer fail)')
  .option('--write-baseline [file]', 'write the current contradict and update findings to a baseline file (default: the settings\' "baseline")');

export const addInputOptions = (cmd: Command): Command => cmd
  .option('--against <folder>', 'check the given files against every article in this folder (repeatable); report only findings that involve a given file', (folder: string, all: string[]) => [...all, folder], [] as string[])
  .option('--published <YYYY-MM-DD>', 'publication date for documents that give none in front matter')
  .option('--max-file-size <size>', 'check only the first part of larger files', '2MB')
  .option('--max-articles <count>', 'refuse a run with more articles than this (exit 2)', '10000')
  .option('--stdin-name <name>', 'the name of the article read from standard input (-)', 'stdin.md')
  .option('--cache', `keep each article's extraction, and reuse it while the article, the settings, claimcheck's and compromise's versions are the same (in ${DEFAULT_CACHE_LOCATION})`, false)
  .option('--cache-location <folder>', 'the cache folder (implies --cache)')
  .option('--jobs <count>', 'threads extracting articles at most (default: one per core; workers start only for at least 16 articles and 1 MiB of text)')
  .option('--redis <url>', 'extract through the job queue on this Redis: `claimcheck worker --redis URL` processes extract the articles (results cached there)')
  .option('--queue-timeout <seconds>', 'with --redis: give up (exit 2) when no worker delivered a result for this long', '60');

/** The queue the options ask for (--redis, --queue-timeout), checked before any article is read. */
export const queueChoice = (opts: InputOptions): { queue?: { redis: string; timeoutSeconds: number } } =>
  opts.redis ? { queue: queueRunOptions(opts.redis, opts.queueTimeout) } : {};

/**
 * The worker threads the options ask for: --jobs, else one per core. CLAIMCHECK_FORCE_WORKERS=1
 * starts them whatever the size of the job (for tests of the pool).
 */
export function poolChoice(opts: InputOptions, env: Record<string, string | undefined>): PoolChoice {
  if (opts.jobs !== undefined && !/^\s*\d+\s*$/.test(opts.jobs)) throw new InputError(`--jobs takes a whole number of at least 1, not "${opts.jobs}"`);
  const jobs = opts.jobs === undefined ? availableParallelism() : Number(opts.jobs);
  if (jobs < 1) throw new InputError(`--jobs takes a whole number of at least 1, not "${opts.jobs}"`);
  return { jobs, force: env.CLAIMCHECK_FORCE_WORKERS === '1' };
}

/** The cache folder the options ask for, absolute; undefined for none. */
export const cacheFolder = (opts: InputOptions, cwd: string): string | undefined =>
  opts.cache || opts.cacheLocation ? path.resolve(cwd, opts.cacheLocation ?? DEFAULT_CACHE_LOCATION) : undefined;

export const addSettingsOptions = (cmd: Command): Command => cmd
  .option('--config <file>', 'settings file to use instead of looking for one')
  .option('--no-config', 'use no settings file');

/** Parse errors and their help output, as the CLI reports them. */
export const configureCommand = (cmd: Command, io: CliIO): Command => cmd
  .exitOverride()
  .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} })
  .showHelpAfterError(false);

/** A commander usage error as one line: its "(Did you mean …?)" hint comes after a line break. */
export const usageMessage = (error: CommanderError): string => error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();

/** Parses argv into `cmd`; returns an exit code when the run ends there (help, version, a usage error). */
export function parseArguments(cmd: Command, argv: string[], io: CliIO): number | null {
  try {
    cmd.parse(argv, { from: 'user' });
    return null;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      io.stderr(`claimcheck: ${usageMessage(error)} (see ${cmd.name()} --help)\n`);
      return EXIT.error;
    }
    throw error;
  }
}

/** Settings chosen on the command line: a file, none, or looked for. */
export const settingsChoice = (config: string | false | undefined) => (config === false ? { noConfig: true } : { config });
