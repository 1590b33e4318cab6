import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isoDay } from './ingest/front-matter.js';
import { findFiles, InputError } from './ingest/find-files.js';
import { formatSize, ingestDocument } from './ingest/ingest-document.js';
import type { NormalizeOptions } from './normalize/index.js';
import { analyze } from './pipeline.js';
import { acceptedFindings, buildBaseline, parseBaseline } from './report/baseline.js';
import { buildReport, type Report } from './report/build-report.js';
import { plainPalette, type Palette } from './report/formatters/formatter.js';
import { formatterNamed, formatters } from './report/formatters/index.js';
import type { AnalysisResult, IngestedDocument } from './types.js';
import { checkWritable, writeFileAtomic, WriteError } from './util/atomic-write.js';
import { visible } from './util/sanitize.js';

export const VERSION = '0.1.0';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour by default only then). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

const FAIL_ON = ['contradict', 'update', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];

interface Options {
  format: string;
  color: boolean;
  failOn: FailOn;
  published?: string;
  verbose: boolean;
  baseline?: string;
  writeBaseline?: string;
  maxFileSize: string;
  maxArticles: string;
  config?: string;
}

export const CONFIG_FILE = 'claimcheck.config.json';

/** Reads the configuration: --config, else claimcheck.config.json in the working directory. */
async function loadConfig(file: string | undefined): Promise<NormalizeOptions> {
  const target = file ?? CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch (error) {
    if (!file && (error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InputError(`cannot read config ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let data: unknown;
  try {
    // A byte-order mark is how some Windows editors save UTF-8: not an error.
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new InputError(`${target} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const orgs = (data as { organizations?: unknown } | null)?.organizations;
  const valid = orgs === undefined || (typeof orgs === 'object' && orgs !== null && !Array.isArray(orgs) &&
    Object.values(orgs).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string')));
  if (!data || typeof data !== 'object' || Array.isArray(data) || !valid) {
    throw new InputError(`${target}: expected {"organizations": {"Canonical name": ["other spelling", …]}}`);
  }
  return { organizations: orgs as Record<string, string[]> | undefined };
}

const EXAMPLES = `
Examples:
  claimcheck ./articles                      report in the terminal
  claimcheck ./articles --format json | jq '.findings[] | select(.status == "contradict")'
  claimcheck a.md b.md --fail-on update      exit 1 on contradictions and updates
  claimcheck ./articles --format github      annotations for a CI log
  claimcheck ./articles --write-baseline .claimcheck-baseline.json
  claimcheck ./articles --baseline .claimcheck-baseline.json   accept known findings

Exit codes: 0 no finding at or above --fail-on, 1 such findings, 2 usage or input error.`;

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

function parseCount(text: string): number {
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1) throw new InputError(`--max-articles takes a whole number of at least 1, not "${text}"`);
  return Number(text);
}

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
  if (!m) throw new InputError(`--max-file-size takes a size such as 2MB or 500KB, not "${text}"`);
  const unit = (m[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  const size = Math.floor(Number(m[1]) * factor);
  if (size < 1) throw new InputError(`--max-file-size takes a size of at least 1 byte, not "${text}"`);
  return size;
}

/**
 * The most claimcheck reads of one file, whatever --max-file-size says: beyond it the text,
 * its cleaned copy and the work on it would not fit the memory and time one run may take.
 */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

/**
 * The most articles one run checks unless --max-articles says more: a guard against a path
 * given by mistake (a home folder, a whole archive). Time grows about linearly with the count,
 * about 1 ms of CPU a short article (10,000 tiny files: 9 s).
 */
export const MAX_DOCUMENTS = 10_000;

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0];

/** The first `limit` bytes of a file (a 3 GB file is never read whole), and its size. */
async function readStart(file: string, limit: number): Promise<{ bytes: Uint8Array; size: number }> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const wanted = Math.min(size, limit);
    const bytes = Buffer.alloc(wanted);
    let read = 0;
    while (read < wanted) {
      const { bytesRead } = await handle.read(bytes, read, wanted - read, read);
      if (!bytesRead) break;
      read += bytesRead;
    }
    return { bytes: bytes.subarray(0, read), size: Math.max(size, read) };
  } finally {
    await handle.close();
  }
}

/** Files read at once. */
const READ_AHEAD = 8;

interface Loaded {
  docs: IngestedDocument[];
  /** Document id → path relative to the working directory. */
  paths: Record<string, string>;
}

const warn = (io: CliIO, id: string, warning: string) => io.stderr(`claimcheck: warning: ${id}: ${warning}\n`);
const printed = (warning: string) => !/^no publication date/.test(warning);

async function loadDocuments(paths: string[], opts: Options, io: CliIO): Promise<Loaded> {
  const maxArticles = parseCount(opts.maxArticles);
  const { files, warnings } = await findFiles(paths);
  for (const warning of warnings) io.stderr(`claimcheck: warning: ${warning}\n`);
  if (!files.length) throw new InputError(`no articles (*.txt, *.md, *.markdown) found in ${paths.join(', ')}`);
  if (files.length > maxArticles) {
    throw new InputError(`${files.length} articles found in ${paths.join(', ')}: more than --max-articles ${maxArticles}; give the folder of one story, or raise --max-articles`);
  }
  let maxBytes = parseSize(opts.maxFileSize);
  if (maxBytes > MAX_READ_BYTES) {
    io.stderr(`claimcheck: warning: --max-file-size ${opts.maxFileSize} is more than claimcheck checks of one file: ${formatSize(MAX_READ_BYTES)} used\n`);
    maxBytes = MAX_READ_BYTES;
  }
  const docs: IngestedDocument[] = [];
  const where: Record<string, string> = {};
  // A few files are read ahead while one is decoded: thousands of small files are mostly
  // waiting on the disk. A few bytes past the cap, so that a cut never splits a UTF-8 sequence unseen.
  const reads: Promise<{ bytes: Uint8Array; size: number }>[] = [];
  const readAhead = (i: number) => {
    if (i < files.length && !reads[i]) {
      reads[i] = readStart(files[i]!.absolute, maxBytes + 4);
      reads[i]!.catch(() => {}); // handled when its turn comes
    }
  };
  for (const [i, file] of files.entries()) {
    for (let k = i; k < i + READ_AHEAD; k++) readAhead(k);
    where[file.id] = path.relative(process.cwd(), file.absolute).split(path.sep).join('/');
    let read: { bytes: Uint8Array; size: number };
    try {
      read = await reads[i]!;
      delete reads[i];
    } catch (error) {
      // One unreadable file is a warning about that file, not a failed run.
      warn(io, file.id, `cannot read: ${errorCode(error)}: skipped`);
      continue;
    }
    const doc = ingestDocument(file.id, read.bytes, { published: opts.published ?? null, maxBytes, size: read.size });
    for (const warning of doc.warnings) if (printed(warning)) warn(io, file.id, warning);
    docs.push(doc);
  }
  if (docs.every((d) => d.text.trim() === '')) throw new InputError(`nothing to check: every article in ${paths.join(', ')} is empty or not text`);
  return { docs, paths: where };
}

/** Warnings extraction added to what ingest said (a document cut or stopped, an extractor failing). */
function printExtractionWarnings(result: AnalysisResult, docs: IngestedDocument[], io: CliIO): void {
  const before = new Map(docs.map((d) => [d.id, new Set(d.warnings)]));
  for (const doc of result.documents) {
    for (const warning of doc.warnings) if (printed(warning) && !before.get(doc.id)?.has(warning)) warn(io, doc.id, warning);
  }
}

function exitCode(report: Report, failOn: FailOn, accepted: Set<string>): number {
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
    .argument('<paths...>', 'folders (searched for *.txt, *.md, *.markdown) or article files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(formatters.map((f) => f.name)).default('pretty'))
    .option('--no-color', 'no colour (also NO_COLOR=1; colour only on a terminal unless FORCE_COLOR)')
    .addOption(new Option('--fail-on <status>', 'exit 1 when findings at or above this exist').choices([...FAIL_ON]).default('contradict'))
    .option('--published <YYYY-MM-DD>', 'publication date for documents that give none in front matter')
    .option('-v, --verbose', 'also list single-source claims and all warnings', false)
    .option('--baseline <file>', 'accept the findings listed in this baseline file (they no longer fail)')
    .option('--write-baseline <file>', 'write the current contradict and update findings to a baseline file')
    .option('--max-file-size <size>', 'check only the first part of larger files', '2MB')
    .option('--max-articles <count>', 'refuse a run with more articles than this (exit 2)', String(MAX_DOCUMENTS))
    .option('--config <file>', `configuration file (default: ${CONFIG_FILE} in the working directory, if any)`)
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
  try {
    if (opts.published !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(opts.published) || !isoDay(opts.published))) {
      throw new InputError(`--published takes a date as YYYY-MM-DD, not "${opts.published}"`);
    }
    if (opts.published) opts.published = isoDay(opts.published)!;
    // A baseline that cannot be written is said before the work, not after it.
    if (opts.writeBaseline) await checkWritable(opts.writeBaseline);
    const config = await loadConfig(opts.config);
    const { docs, paths } = await loadDocuments(cmd.args, opts, io);
    const result = analyze(docs, config);
    printExtractionWarnings(result, docs, io);
    const report = buildReport(result, VERSION);
    let accepted = new Set<string>();
    if (opts.baseline) {
      let data: unknown;
      try {
        data = JSON.parse(await readFile(opts.baseline, 'utf8'));
      } catch (error) {
        throw new InputError(`cannot read baseline ${opts.baseline}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0]}`);
      }
      try {
        accepted = acceptedFindings(report, parseBaseline(data));
      } catch (error) {
        throw new InputError(`${opts.baseline}: ${(error as Error).message}`);
      }
    }
    if (opts.writeBaseline) {
      await writeFileAtomic(opts.writeBaseline, `${JSON.stringify(buildBaseline(report), null, 2)}\n`);
      io.stderr(`claimcheck: wrote ${opts.writeBaseline}\n`);
    }
    const formatter = formatterNamed(opts.format)!;
    io.stdout(formatter.format(report, { palette: palette(useColour(opts, io)), verbose: opts.verbose, accepted, paths }));
    return opts.writeBaseline ? EXIT.ok : exitCode(report, opts.failOn, accepted);
  } catch (error) {
    if (error instanceof InputError || error instanceof WriteError) {
      io.stderr(`claimcheck: ${error.message}\n`);
      return EXIT.error;
    }
    io.stderr(`claimcheck: internal error: ${(error as Error).message.split('\n')[0]} (please report it)\n`);
    return EXIT.error;
  }
}
