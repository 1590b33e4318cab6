import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../ingest/find-files.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { VERSION } from '../version.js';
import { EXIT, type CliIO } from './io.js';
import { addInputOptions, addReportOptions, addSettingsOptions, configureCommand, parseArguments, settingsChoice, cacheFolder, poolChoice, queueChoice, type InputOptions, type ReportCliOptions } from './options.js';
import { checkTargets, emitReport, errorExit, progressBarFor, safeIo } from './report-output.js';

/**
 * `claimcheck extract` and `claimcheck compare`: the run in two stages, with the records of
 * src/run/extraction-record.ts between them. A folder of articles named "extract" or "compare"
 * is given as ./extract.
 */
const SUBCOMMANDS = ['extract', 'compare'] as const;

export const isSplitCommand = (argv: string[]): boolean => (SUBCOMMANDS as readonly string[]).includes(argv[0] ?? '');

const EXTRACT_EXAMPLES = `
Examples:
  claimcheck extract ./articles > claims.ndjson
  claimcheck extract shard-1/ -o 1.ndjson && claimcheck extract shard-2/ -o 2.ndjson
  claimcheck extract ./articles | claimcheck compare -

Writes one header line (format claimcheck-extraction/1, the version and the settings that
change extraction), then one line per article: its metadata, warnings, checked sentences and
claims, each independent of every other article.`;

const COMPARE_EXAMPLES = `
Examples:
  claimcheck compare claims.ndjson
  claimcheck compare 1.ndjson 2.ndjson 3.ndjson --format json

Groups, compares and reports the articles of every file together, as claimcheck <paths> does in
one step: the same files give the same report, byte for byte, whatever the shards.`;

type ExtractCliOptions = InputOptions & { output?: string; quiet: boolean };

function extractProgram(io: CliIO): Command {
  const cmd = new Command('claimcheck extract')
    .description('The first stage: read and extract articles into NDJSON records, one line per article.')
    .argument('<paths...>', 'folders, article files, globs, or - for standard input');
  addSettingsOptions(addInputOptions(cmd))
    .option('-o, --output <file>', 'write the records to this file (whole or not at all) instead of stdout')
    .option('-q, --quiet', 'no progress bar', false)
    .addHelpText('after', EXTRACT_EXAMPLES);
  return configureCommand(cmd, io);
}

function compareProgram(io: CliIO): Command {
  const cmd = new Command('claimcheck compare')
    .description('The second stage: group, compare and report the articles of files written by claimcheck extract.')
    .argument('<files...>', 'NDJSON files of claimcheck extract, or - for standard input');
  addSettingsOptions(addReportOptions(cmd)).addHelpText('after', COMPARE_EXAMPLES);
  return configureCommand(cmd, io);
}

async function runExtractCommand(cmd: Command, rawIo: CliIO, io: CliIO): Promise<number> {
  const opts = cmd.opts<ExtractCliOptions>();
  const cwd = io.cwd ?? process.cwd();
  await checkTargets([opts.output], cwd);
  const stdin = cmd.args.includes('-') && io.readStdin ? { name: opts.stdinName, bytes: await io.readStdin() } : undefined;
  const { runExtract } = await import('../run/extract-run.js');
  const { headerLine, documentLine } = await import('../run/extraction-record.js');
  const bar = progressBarFor(rawIo, opts.quiet);
  let run;
  try {
    run = await runExtract(cmd.args, {
      cwd, against: opts.against, published: opts.published, maxFileSize: opts.maxFileSize, maxArticles: opts.maxArticles, stdin,
      cache: cacheFolder(opts, cwd), pool: poolChoice(opts, io.env), ...queueChoice(opts),
      ...settingsChoice(opts.config),
      ...(bar ? { onProgress: (p) => bar.update(p) } : {}),
    });
  } finally {
    bar?.finish();
  }
  // The articles' own warnings are in their records: compare says them, once.
  for (const warning of run.warnings) io.stderr(`claimcheck: warning: ${warning}\n`);
  const lines = [headerLine(run.header), ...run.records.map(documentLine)];
  if (opts.output) {
    await writeFileAtomic(path.resolve(cwd, opts.output), lines.join(''));
    io.stderr(`claimcheck: wrote ${opts.output}\n`);
  } else {
    for (const line of lines) io.stdout(line);
  }
  return EXIT.ok;
}

async function readInput(file: string, cwd: string, io: CliIO): Promise<string> {
  if (file === '-') {
    if (!io.readStdin) throw new InputError('"-" reads records from standard input, and none was given');
    return new TextDecoder().decode(await io.readStdin());
  }
  try {
    return await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]}`);
  }
}

async function runCompareCommand(cmd: Command, rawIo: CliIO, io: CliIO): Promise<number> {
  const opts = cmd.opts<ReportCliOptions>();
  const given = (name: string) => cmd.getOptionValueSource(name) === 'cli';
  const cwd = io.cwd ?? process.cwd();
  await checkTargets([opts.writeBaseline, opts.output], cwd);
  const { parseExtraction, sameRun } = await import('../run/extraction-record.js');
  const { compareRecords } = await import('../run/check.js');
  const { loadSettings } = await import('../settings/find-settings.js');
  const files = cmd.args;
  const parsed = [];
  for (const file of files) parsed.push({ file, ...parseExtraction(await readInput(file, cwd, io), file) });
  const first = parsed[0]!;
  for (const other of parsed.slice(1)) {
    const problem = sameRun(first.header, other.header);
    if (problem) throw new InputError(`${other.file}: ${problem} (${first.file})`);
  }
  if (first.header.version !== VERSION) io.stderr(`claimcheck: warning: ${first.file} was made by claimcheck ${first.header.version}, this is ${VERSION}: extract again for claims and comparison of one version\n`);
  const records = parsed.flatMap((p) => p.records);
  // compareRecords takes the records over and lets them go once normalized: none kept here.
  for (const p of parsed) p.records = [];
  if (!records.length) throw new InputError(`no articles in ${files.join(', ')}`);
  const settings = await loadSettings(files, settingsChoice(opts.config), cwd);
  const bar = progressBarFor(rawIo, opts.quiet);
  let run;
  try {
    run = await compareRecords(
      { analysis: first.header.analysis, records, settings, warnings: [], skipped: [], given: `the articles of ${files.join(', ')}` },
      { cwd, baseline: opts.baseline, ...(bar ? { onProgress: (p) => bar.update(p) } : {}) },
    );
  } finally {
    bar?.finish();
  }
  return emitReport(run, opts, given, io, cwd);
}

/** Runs `claimcheck extract …` or `claimcheck compare …`; returns the exit code. */
export async function runSplitCommand(argv: string[], rawIo: CliIO): Promise<number> {
  const io = safeIo(rawIo);
  const extract = argv[0] === 'extract';
  const cmd = extract ? extractProgram(io) : compareProgram(io);
  const parsed = parseArguments(cmd, argv.slice(1), io);
  if (parsed !== null) return parsed;
  try {
    return await (extract ? runExtractCommand(cmd, rawIo, io) : runCompareCommand(cmd, rawIo, io));
  } catch (error) {
    return errorExit(error, io);
  }
}
