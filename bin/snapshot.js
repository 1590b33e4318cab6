// The start-up snapshot: a V8 heap saved after dist/claimcheck.cjs has loaded and built the
// tables every run reads (compromise, its lexicon, the gazetteers), so that a run starts with
// them instead of spending a second or two building them. A snapshot belongs to one node
// binary and one build of the bundle and data: it is looked up under a key of both, checked
// against the files it was made from, and any miss means the ordinary start, never an error.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(ROOT, 'dist/claimcheck.cjs');
/** tsc's record of its last compile (tsconfig.json's tsBuildInfoFile): absent from an installed copy. */
const BUILD_INFO = path.join(ROOT, 'node_modules/.cache/claimcheck/tsconfig.tsbuildinfo');

/**
 * Whether the bundle is there and holds the code of the last compile: `tsc` alone rewrites
 * dist/ and its build info but not the bundle, which then holds older code than dist/.
 */
export function bundleIsCurrent(bundle = BUNDLE, buildInfo = BUILD_INFO) {
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

/** What the snapshot's heap was built from: any of them changed, and it is stale. */
const INPUTS = ['dist/claimcheck.cjs', 'data/gazetteer.json', 'data/lexicon.json'];

/** Where snapshots are kept: CLAIMCHECK_SNAPSHOT_DIR, else beside the package's other caches. */
export const snapshotDir = (env = process.env) => env.CLAIMCHECK_SNAPSHOT_DIR || path.join(ROOT, 'node_modules/.cache/claimcheck');

/** The files of the snapshot for this node binary and this copy of the package. */
export function snapshotFiles(env = process.env) {
  const key = createHash('sha256')
    .update(JSON.stringify([process.version, process.arch, process.platform, process.execPath, ROOT]))
    .digest('hex')
    .slice(0, 16);
  const base = path.join(snapshotDir(env), `snapshot-${key}`);
  return { blob: `${base}.blob`, manifest: `${base}.json` };
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
export function usableSnapshot(env = process.env) {
  if (env.CLAIMCHECK_SNAPSHOT === '0' || env.NODE_OPTIONS || process.execArgv.length) return null;
  // A snapshot's process has no import(): the worker pool's ES module is then required, which
  // node does from 20.19 on.
  if (!process.features.require_module || !bundleIsCurrent()) return null;
  try {
    const files = snapshotFiles(env);
    const manifest = JSON.parse(readFileSync(files.manifest, 'utf8'));
    for (const file of INPUTS) {
      const [size, mtime] = stamp(file);
      if (manifest.inputs?.[file]?.[0] !== size || manifest.inputs[file][1] !== mtime) return null;
    }
    statSync(files.blob);
    return files.blob;
  } catch {
    return null;
  }
}

/**
 * Runs claimcheck from the snapshot in a child node with this process's standard streams, and
 * ends this process as the child ended (its exit code, or its signal).
 */
export function runFromSnapshot(blob, args) {
  // `--` keeps an argument such as --version for claimcheck, not for node.
  // The channel (fd 3) is how the child learns that this process ended (bin/bundle-entry.js).
  const child = spawn(process.execPath, ['--snapshot-blob', blob, '--', ...args], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
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
export function buildSnapshot(env = process.env) {
  const files = snapshotFiles(env);
  const dir = path.dirname(files.blob);
  mkdirSync(dir, { recursive: true });
  // Stamped before the build: a file changed while it runs leaves the snapshot stale, not wrong.
  const inputs = Object.fromEntries(INPUTS.map((file) => [file, stamp(file)]));
  const tmp = `${files.blob}.${process.pid}.tmp`;
  try {
    const built = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--build-snapshot', BUNDLE], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...env, NODE_OPTIONS: '', NODE_NO_WARNINGS: '1' },
    });
    if (built.status !== 0) throw new Error(`node --build-snapshot failed (${built.status ?? built.signal}): ${String(built.stderr).trim().split('\n').slice(0, 3).join(' ')}`);
    // Kept only if this node starts from it as bin/claimcheck.js will start it: a snapshot V8
    // refuses would be a fatal error at every run, not a fallback.
    const tried = spawnSync(process.execPath, ['--snapshot-blob', tmp, '--', '--version'], { encoding: 'utf8', env: { ...env, NODE_OPTIONS: '' } });
    if (tried.status !== 0) throw new Error(`node cannot start from the snapshot it built: ${String(tried.stderr).trim().split('\n')[0]}`);
    for (const name of readdirSync(dir)) {
      if (/^snapshot-[0-9a-f]{16}\.(blob|json)$/.test(name) && !files.blob.endsWith(name) && !files.manifest.endsWith(name)) rmSync(path.join(dir, name), { force: true });
    }
    renameSync(tmp, files.blob);
    writeFileSync(`${files.manifest}.tmp`, `${JSON.stringify({ node: process.version, arch: process.arch, execPath: process.execPath, root: ROOT, inputs }, null, 2)}\n`);
    renameSync(`${files.manifest}.tmp`, files.manifest);
    return files.blob;
  } finally {
    rmSync(tmp, { force: true });
  }
}
