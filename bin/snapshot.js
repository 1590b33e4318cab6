// The start-up snapshot: a V8 heap saved after dist/claimcheck.cjs has loaded and built the
// tables every run reads (compromise, its lexicon, the gazetteers), so that a run starts with
// them instead of spending a second or two building them. A snapshot belongs to one node
// binary and one build of the bundle and data: it is looked up under a key of both, checked
// against the files it was made from, and any miss means the ordinary start, never an error.
const { spawn, spawnSync } = require('node:child_process');
const { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const BUNDLE = path.join(ROOT, 'dist/claimcheck.cjs');
/** tsc's record of its last compile (tsconfig.json's tsBuildInfoFile): absent from an installed copy. */
const BUILD_INFO = path.join(ROOT, 'node_modules/.cache/claimcheck/tsconfig.tsbuildinfo');

/**
 * Whether the bundle is there and holds the code of the last compile: `tsc` alone rewrites
 * dist/ and its build info but not the bundle, which then holds older code than dist/.
 */
function bundleIsCurrent(bundle = BUNDLE, buildInfo = BUILD_INFO) {
  try {
    const built = statSync(bundle).mtimeMs;
    try {
      return statSync(buildInfo).mtimeMs <= built;
    } catch {
      return true;
    }
  } catch {
    return false;
  }
}

/**
 * The V8 flags a snapshot is built and started with (V8 starts from a snapshot only under the
 * flags it was made with). --no-rehash-snapshot: V8 would otherwise give every hash table and
 * string of the heap a new hash at each start, a third of the start's cost; the hash seed is
 * then the one drawn when the snapshot was built, which no JavaScript value, order or output
 * depends on (Maps, Sets and objects iterate in insertion order). --interrupt-budget (V8's
 * default 67584, about 15 times less): how much bytecode a function runs before V8 weighs
 * optimizing it. At the default a run optimizes, and throws away, code that a few articles run
 * too little to repay; with it the seeds' run and a run of 1,000 articles (whose workers share
 * this process's flags) take less CPU, the latter a fifth less, with 20 MB less at peak.
 */
const SNAPSHOT_FLAGS = ['--no-rehash-snapshot', '--interrupt-budget=1000000'];

/** What the snapshot's heap was built from: any of them changed, and it is stale. */
const INPUTS = ['dist/claimcheck.cjs', 'data/gazetteer.json', 'data/lexicon.json'];

/** Where snapshots are kept: CLAIMCHECK_SNAPSHOT_DIR, else beside the package's other caches. */
const snapshotDir = (env = process.env) => env.CLAIMCHECK_SNAPSHOT_DIR || path.join(ROOT, 'node_modules/.cache/claimcheck');

/**
 * A 64-bit FNV-1a hash of `text`'s UTF-8 bytes, in 16 hex digits: a name for a snapshot needs no
 * cryptographic strength, and node:crypto takes some 5 ms to load, at every run.
 */
function snapshotKey(text) {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}

/** The files of the snapshot for this node binary and this copy of the package. */
function snapshotFiles(env = process.env) {
  const key = snapshotKey(JSON.stringify([process.version, process.arch, process.platform, process.execPath, ROOT]));
  const base = path.join(snapshotDir(env), `snapshot-${key}`);
  return { blob: `${base}.blob`, manifest: `${base}.json`, lock: `${base}.building`, failed: `${base}.failed` };
}

const stamp = (file) => {
  const s = statSync(path.join(ROOT, file));
  return [s.size, s.mtimeMs];
};

/**
 * The snapshot to start from, or null: none built, built from other files, or not to be used.
 * Not used where node runs with options of its own (NODE_OPTIONS, flags before the script):
 * V8 refuses a snapshot made under other flags, and an inspector or loader wants the modules.
 */
function usableSnapshot(env = process.env) {
  if (!snapshotAllowed(env)) return null;
  try {
    const files = snapshotFiles(env);
    const manifest = JSON.parse(readFileSync(files.manifest, 'utf8'));
    // One built under other flags would be a fatal error at every start, not a fallback.
    if (!sameInputs(manifest.inputs) || JSON.stringify(manifest.flags ?? []) !== JSON.stringify(SNAPSHOT_FLAGS)) return null;
    statSync(files.blob);
    return files.blob;
  } catch {
    return null;
  }
}

/** Whether this process may start from a snapshot at all (see usableSnapshot). */
function snapshotAllowed(env) {
  if (env.CLAIMCHECK_SNAPSHOT === '0' || env.NODE_OPTIONS || process.execArgv.length) return false;
  // A snapshot's process has no import(): the worker pool's ES module is then required, which
  // node does from 20.19 on.
  return Boolean(process.features.require_module) && bundleIsCurrent();
}

/** Whether `inputs` (a manifest's stamps) are those of the files as they are now. */
function sameInputs(inputs) {
  return INPUTS.every((file) => {
    const [size, mtime] = stamp(file);
    return inputs?.[file]?.[0] === size && inputs[file][1] === mtime;
  });
}

/** A build older than this is taken to have died, and its lock to be stale. */
const BUILD_LOCK_MS = 10 * 60_000;

/**
 * Where no usable snapshot is (an installed copy, whose `npm install` builds none; a changed
 * data file), starts building one in the background, detached, for the runs after this one:
 * this run starts the ordinary way meanwhile and never waits for, hears from or fails by the
 * build. One build at a time (a lock file beside the snapshot, taken before the build starts);
 * a build that failed is not tried again until a file it is built from changes (its stamps are
 * kept in a .failed file). Not where the snapshot could not be used anyway, nor with
 * CLAIMCHECK_SNAPSHOT_BUILD=0 (a read-only or short-lived install). Returns whether it started one.
 */
function buildInBackground(env = process.env) {
  if (env.CLAIMCHECK_SNAPSHOT_BUILD === '0' || !snapshotAllowed(env)) return false;
  try {
    const files = snapshotFiles(env);
    try {
      if (sameInputs(JSON.parse(readFileSync(files.failed, 'utf8')).inputs)) return false;
    } catch {}
    mkdirSync(path.dirname(files.lock), { recursive: true });
    try {
      writeFileSync(files.lock, `${process.pid}\n`, { flag: 'wx' });
    } catch (error) {
      if (error.code !== 'EEXIST' || Date.now() - statSync(files.lock).mtimeMs < BUILD_LOCK_MS) return false;
      // A build that died long ago left its lock: taken over.
      writeFileSync(files.lock, `${process.pid}\n`);
    }
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/build-snapshot.js'), '--quiet', '--background'], {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      env: { ...env, NODE_OPTIONS: '' },
    });
    child.on('error', () => rmSync(files.lock, { force: true }));
    child.unref();
    return true;
  } catch {
    return false;
  }
}

/**
 * The background build's end (bin/build-snapshot.js --background): its lock given up, and a
 * failure recorded with the stamps of the files it was built from, so that it is not retried
 * at every run.
 */
function endBackgroundBuild(error, env = process.env) {
  const files = snapshotFiles(env);
  try {
    if (error) writeFileSync(files.failed, `${JSON.stringify({ error: String(error.message ?? error).slice(0, 500), inputs: Object.fromEntries(INPUTS.map((file) => [file, stamp(file)])) })}\n`);
    else rmSync(files.failed, { force: true });
  } finally {
    rmSync(files.lock, { force: true });
  }
}

/**
 * The environment of the run started from the snapshot: this one, but without
 * NODE_EXTRA_CA_CERTS where the run connects to nothing. node reads and parses that certificate
 * file at every start, before any script (about 80 ms for a system bundle of some 150
 * certificates), and a run uses it only to reach a Redis over TLS (`--redis rediss://…`).
 * And with glibc's malloc asked for transparent huge pages (GLIBC_TUNABLES, unless set): node
 * reads the blob into memory it allocates and copies it once more, some 40 MB touched a page
 * at a time before V8 reads a byte of it, and a page fault costs more than its copy (half the
 * faults of a start, and a third of its system time, where the kernel gives huge pages on
 * request; ignored by any other C library or kernel).
 */
function childEnv(args, env = process.env) {
  const dropCerts = Boolean(env.NODE_EXTRA_CA_CERTS) && !args.some((arg) => arg === '--redis' || arg.startsWith('--redis='));
  if (!dropCerts && env.GLIBC_TUNABLES !== undefined) return env;
  const { NODE_EXTRA_CA_CERTS: _unused, ...rest } = env;
  return { ...(dropCerts ? rest : env), GLIBC_TUNABLES: env.GLIBC_TUNABLES ?? MALLOC_HUGE_PAGES };
}

/** The variable that gives a run started from the snapshot the pid of bin/claimcheck.js. */
const LAUNCHER_VAR = 'CLAIMCHECK_LAUNCHER';

/** glibc's tunable (2.35 on) for malloc to madvise transparent huge pages on what it maps. */
const MALLOC_HUGE_PAGES = 'glibc.malloc.hugetlb=1';

/**
 * Runs claimcheck from the snapshot in a child node with this process's standard streams, and
 * ends this process as the child ended (its exit code, or its signal).
 */
function runFromSnapshot(blob, args) {
  // `--` keeps an argument such as --version for claimcheck, not for node.
  // No channel to the child, as node's 'ipc' would be: it costs some 6 ms of this spawn and as
  // many of the child's start. The child learns this process's end from its pid instead
  // (bin/main.js watchLauncher).
  const env = { ...childEnv(args), [LAUNCHER_VAR]: String(process.pid) };
  const child = spawn(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', blob, '--', ...args], { stdio: 'inherit', env });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of signals) process.on(signal, forward);
  child.on('error', (error) => {
    process.stderr.write(`claimcheck: cannot start node: ${error.message}\n`);
    process.exit(2);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 2);
  });
}

/**
 * Builds the snapshot for this node binary from the bundle (scripts/build-bundle.mjs), into a
 * temporary file renamed in place, its manifest last; removes the snapshots of other keys.
 * Returns the blob's path; throws with node's message when the build fails.
 */
function buildSnapshot(env = process.env) {
  const files = snapshotFiles(env);
  const dir = path.dirname(files.blob);
  mkdirSync(dir, { recursive: true });
  // Stamped before the build: a file changed while it runs leaves the snapshot stale, not wrong.
  const inputs = Object.fromEntries(INPUTS.map((file) => [file, stamp(file)]));
  const tmp = `${files.blob}.${process.pid}.tmp`;
  try {
    const built = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', tmp, '--build-snapshot', BUNDLE], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...env, NODE_OPTIONS: '', NODE_NO_WARNINGS: '1' },
    });
    if (built.status !== 0) throw new Error(`node --build-snapshot failed (${built.status ?? built.signal}): ${String(built.stderr).trim().split('\n').slice(0, 3).join(' ')}`);
    // Kept only if this node starts from it as bin/claimcheck.js will start it: a snapshot V8
    // refuses would be a fatal error at every run, not a fallback.
    const tried = spawnSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', tmp, '--', '--version'], { encoding: 'utf8', env: { ...env, NODE_OPTIONS: '' } });
    if (tried.status !== 0) throw new Error(`node cannot start from the snapshot it built: ${String(tried.stderr).trim().split('\n')[0]}`);
    for (const name of readdirSync(dir)) {
      if (/^snapshot-[0-9a-f]{16}\.(blob|json|failed)$/.test(name) && !name.startsWith(`${path.basename(files.blob, '.blob')}.`)) rmSync(path.join(dir, name), { force: true });
    }
    renameSync(tmp, files.blob);
    writeFileSync(`${files.manifest}.tmp`, `${JSON.stringify({ node: process.version, arch: process.arch, execPath: process.execPath, root: ROOT, flags: SNAPSHOT_FLAGS, inputs }, null, 2)}\n`);
    renameSync(`${files.manifest}.tmp`, files.manifest);
    return files.blob;
  } finally {
    rmSync(tmp, { force: true });
  }
}

module.exports = { ROOT, BUNDLE, bundleIsCurrent, SNAPSHOT_FLAGS, snapshotDir, snapshotKey, snapshotFiles, usableSnapshot, buildInBackground, endBackgroundBuild, childEnv, MALLOC_HUGE_PAGES, LAUNCHER_VAR, runFromSnapshot, buildSnapshot };
