// The process around runCli: its standard streams, and its exit once the report has drained.
// Shared by bin/claimcheck.js (a run in its own process) and the start-up snapshot's main
// (bin/bundle-entry.js), so that both write and exit alike.

const { fstatSync } = require('node:fs');

/** Whether node writes stdout synchronously: a file or device (a terminal too, but on Windows). */
function stdoutIsSync() {
  try {
    const info = fstatSync(1);
    return info.isFile() || (info.isCharacterDevice() && !(process.stdout.isTTY && process.platform === 'win32'));
  } catch {
    return false;
  }
}

/** This process's streams as runCli's io, and its exit once stdout has drained. */
function processIo() {
  // A reader that went away (`| head`) is no error; any other failure to write the report
  // (a full disk, a closed file) is exit 2 with one line, never a success.
  let exitCode = 0;
  const failed = (error) => {
    if (error?.code === 'EPIPE') process.exit(exitCode);
    process.stderr.write(`claimcheck: cannot write the report: ${error?.code ?? String(error?.message ?? error).split('\n')[0]}\n`);
    process.exit(2);
  };
  process.stdout.on('error', failed);

  // A piece of bytes is good only during the call (CliIO): where a write may finish after it
  // returns, it is copied. Writes to a file or device, and to a terminal but on Windows, finish
  // before write() returns (node's "A note on process I/O"); to a pipe, not always, Linux too.
  const copy = !stdoutIsSync();
  const io = {
    stdout: (text) => {
      try {
        process.stdout.write(copy && typeof text !== 'string' ? Buffer.from(text) : text);
      } catch (error) {
        failed(error);
      }
    },
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.isTTY ? process.stderr.columns : undefined,
    readStdin: async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
  };
  const exit = (code) => {
    exitCode = code;
    // Exit only once piped output has drained, so `| jq` never sees a cut report.
    process.stdout.write('', (error) => (error ? failed(error) : process.exit(exitCode)));
  };
  return { io, exit };
}

/**
 * Runs claimcheck with `args` (without node and script) on this process's streams, then exits;
 * `onInput` is told the size of a check's input once read (CliIO's onInput).
 */
async function main(runCli, args, onInput) {
  const { io, exit } = processIo();
  exit(await runCli(args, onInput ? { ...io, onInput } : io));
}

/** How often a run started from the snapshot looks whether bin/claimcheck.js still runs. */
const LAUNCHER_POLL_MS = 100;

/**
 * In a run started from the snapshot by bin/claimcheck.js (which gives its pid in `variable`):
 * the exit, with 1, within LAUNCHER_POLL_MS of that process's end (killed, even by SIGKILL), as
 * a run in one process would end. Looked up, not told through a channel: node's 'ipc' channel
 * costs both processes some 6 ms of their start. Returns whether there is a launcher to watch.
 */
function watchLauncher(variable, env = process.env) {
  const pid = Number(env[variable]);
  // Not passed on to what this run starts.
  delete env[variable];
  if (!(pid > 0)) return false;
  setInterval(() => {
    if (!launcherRuns(pid)) process.exit(1);
  }, LAUNCHER_POLL_MS).unref();
  return true;
}

/**
 * Whether `pid`, this process's parent, still runs: a POSIX process whose parent ended has
 * another one (init, or a subreaper); on Windows the parent's pid stays, and is looked up.
 */
function launcherRuns(pid) {
  if (process.ppid !== pid) return false;
  if (process.platform !== 'win32') return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** The most bytes of articles a run reads for its regular expressions to stay interpreted. */
const INTERPRETED_REGEXPS_MAX_BYTES = 24 * 1024;

/** V8's flags for the regular expressions of a run of a few articles (see regExpFlagsFor). */
const SMALL_RUN_REGEXP_FLAGS = ['--regexp-interpret-all', '--no-regexp-peephole-optimization'];
/** V8's own defaults, which those change (the first implies --no-regexp-tier-up). */
const DEFAULT_REGEXP_FLAGS = ['--no-regexp-interpret-all', '--regexp-tier-up', '--regexp-peephole-optimization'];

/**
 * The V8 flags a process started from the snapshot (bin/bundle-entry.js) sets at its start,
 * before any regular expression runs: a small run's, but for `extract` and `compare`, which
 * never learn their input's size (CliIO.onInput). Set first and taken back for a larger input,
 * never the other way: V8's interpreter crashes (SIGSEGV, node 20) on a regular expression that
 * has run as machine code, and a regular expression run twice before --regexp-interpret-all was
 * set, then once after, is one. Going from the interpreter to V8's defaults is what the
 * snapshot's build does too.
 */
function regExpFlagsAtStart(splitCommand) {
  return splitCommand ? [] : SMALL_RUN_REGEXP_FLAGS;
}

/**
 * The V8 flags for the regular expressions of a run of this size, set once its input is read
 * (after regExpFlagsAtStart's): none for a small one, V8's defaults back for a larger one. V8
 * runs a regular expression's bytecode first and compiles it to machine code at its second
 * run, or at its first on a text of 1,000 characters or more; a few articles run some 500 of
 * them a few times each, and compiling them (the bytecode too, which the snapshot keeps only for
 * those held at the top of a module) is then most of the regular expressions' cost. Kept to the
 * bytecode interpreter, its bytecode unoptimized (a peephole pass that takes longer than a short
 * run saves), the four seed articles' run takes 15 % fewer instructions; ten short articles
 * (14 kB) 11 %; thirty (31 kB) as many as with machine code; above that, machine code pays.
 * What is read is the same either way, only how fast.
 */
function regExpFlagsFor(size) {
  return size.bytes <= INTERPRETED_REGEXPS_MAX_BYTES ? [] : DEFAULT_REGEXP_FLAGS;
}

/**
 * A warm run (runWarm) in this process, which then exits; false, with nothing written, when
 * the run is not one.
 */
async function mainWarm(runWarm, args) {
  const { io, exit } = processIo();
  const code = await runWarm(args, io);
  if (code === null) {
    process.stdout.removeAllListeners('error');
    return false;
  }
  exit(code);
  return true;
}

module.exports = { main, INTERPRETED_REGEXPS_MAX_BYTES, regExpFlagsAtStart, regExpFlagsFor, mainWarm, watchLauncher };
