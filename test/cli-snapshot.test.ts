import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, openSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from './helpers/temp-dir.js';

// bin/claimcheck.js starts three ways: from the start-up snapshot (a second node, its tables
// already built), from the bundle dist/claimcheck.cjs, or from the modules of dist/. The
// report must be the same byte for byte whichever it takes. The snapshot is built here into a
// folder of this test's own, so the one `npm run build` made is neither needed nor touched.
const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/claimcheck.js');
let dir: string;

const START = {
  snapshot: { CLAIMCHECK_SNAPSHOT: '1' },
  bundle: { CLAIMCHECK_SNAPSHOT: '0' },
  modules: { CLAIMCHECK_SNAPSHOT: '0', CLAIMCHECK_BUNDLE: '0' },
} as const;

function claimcheck(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  delete base.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    // No run here builds a snapshot in the background, but the test of that building.
    env: { ...base, CLAIMCHECK_SNAPSHOT_DIR: dir, CLAIMCHECK_SNAPSHOT_BUILD: '0', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/claimcheck.cjs'))) throw new Error('dist/claimcheck.cjs is missing: run npm run build (npm test does)');
  dir = tempDir('snapshot');
  const built = spawnSync(process.execPath, [path.join(ROOT, 'bin/build-snapshot.js')], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CLAIMCHECK_SNAPSHOT_DIR: dir },
  });
  expect(built.status, built.stderr).toBe(0);
}, 180_000);

describe('start-up snapshot', () => {
  it.each(['json', 'pretty'])('the seeds report (%s) is byte-identical from the snapshot, the bundle and the modules', (format) => {
    const runs = Object.values(START).map((env) => claimcheck(['fixtures/seeds', '--format', format], env));
    for (const run of runs) expect(run.stderr).toBe('');
    expect(runs[0]!.stdout.length).toBeGreaterThan(1000);
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    expect(runs[2]!.stdout).toBe(runs[0]!.stdout);
    expect(new Set(runs.map((r) => r.code))).toEqual(new Set([runs[0]!.code]));
  });

  // A small run sets --regexp-interpret-all once it knows its input: a regular expression the
  // snapshot's build had run under V8's tier-up (its tables, read before the warm-up) then ran
  // with no bytecode, and node died of SIGSEGV (a place key: "North … County").
  it('runs a small input whose regular expressions the build ran before its warm-up', () => {
    const folder = tempDir('small');
    writeFileSync(path.join(folder, 'a.md'), 'Neighbors said it was a North Quorvale County family.\n');
    const runs = [START.snapshot, START.bundle].map((env) => claimcheck([folder, '--format', 'json', '--quiet'], env));
    expect(runs[0]!.code, runs[0]!.stderr).toBe(0);
    expect(runs[0]!.stdout).toBe(runs[1]!.stdout);
  });

  // The snapshot's heap holds what the build's warm-up run over a made-up sample left (memos,
  // compiled code): a report must not depend on it. Every golden case, from the snapshot, is
  // its expected JSON report (test/golden.test.ts makes those in-process, with no snapshot).
  it('gives every golden case its expected JSON report', () => {
    const FIXTURES = path.join(ROOT, 'fixtures');
    const cases = readdirSync(FIXTURES).filter((name) => existsSync(path.join(FIXTURES, name, 'case.json'))).sort();
    expect(cases.length).toBeGreaterThan(10);
    for (const name of cases) {
      const spec = JSON.parse(readFileSync(path.join(FIXTURES, name, 'case.json'), 'utf8')) as { args?: string[]; exit: number };
      const run = claimcheck([`fixtures/${name}`, ...(spec.args ?? []), '--format', 'json', '--no-color'], START.snapshot);
      expect(run.code, `${name}: ${run.stderr}`).toBe(spec.exit);
      expect(run.stdout, name).toBe(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
    }
  }, 300_000);

  it('passes every argument to claimcheck, node options included', () => {
    const run = claimcheck(['--version'], START.snapshot);
    expect(run).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
    const bad = claimcheck(['does/not/exist'], START.snapshot);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/no such file or folder: does\/not\/exist/);
  });

  // A warm run is answered by the first process, before any snapshot starts (bin/claimcheck.js),
  // its kept output streamed in pieces of one reused buffer: through a pipe, as here, each is copied.
  it('answers a warm run (--cache) with the cold run\'s report, warnings and exit code, through a pipe', () => {
    const cache = tempDir('warm');
    const plainArgs = ['fixtures/seeds', 'fixtures/seeds-dated', 'fixtures/seeds-conflict', '--format', 'json', '--max-file-size', '3KB'];
    const args = [...plainArgs, '--cache-location', cache];
    const plain = claimcheck(plainArgs, START.snapshot);
    expect(plain.stdout.length).toBeGreaterThan(2 * 256 * 1024);
    expect(plain.stderr).toContain('only the first 3 KiB were checked');
    expect(claimcheck(args, START.snapshot)).toEqual(plain);
    expect(claimcheck(args, START.snapshot)).toEqual(plain);
    expect(claimcheck(args, START.bundle)).toEqual(plain);
    // Multi-byte text across the pieces arrives whole.
    const runs = path.join(cache, 'runs');
    const [out] = readdirSync(runs).filter((n) => n.endsWith('.out'));
    const file = path.join(runs, out!);
    const bytes = readFileSync(file);
    const metaLength = Number(bytes.subarray(bytes.length - 11, bytes.length - 1).toString('latin1'));
    const meta = bytes.subarray(bytes.length - 77 - metaLength, bytes.length - 77);
    const payload = Buffer.from(`${'é€😀'.repeat(100_000)}\n`);
    const body = Buffer.concat([payload, meta]);
    writeFileSync(file, Buffer.concat([body, Buffer.from(`\n${createHash('sha256').update(body).digest('hex')} ${String(metaLength).padStart(10, '0')}\n`)]));
    expect(claimcheck(args, START.snapshot)).toEqual({ ...plain, stdout: payload.toString('utf8') });
  });

  it('extracts with worker threads from the snapshot as with one thread', () => {
    const one = claimcheck(['fixtures/seeds', '--format', 'json'], START.modules);
    const pool = claimcheck(['fixtures/seeds', '--format', 'json', '--jobs', '2'], { ...START.snapshot, CLAIMCHECK_FORCE_WORKERS: '1' });
    expect(pool.stderr).toBe('');
    expect(pool.stdout).toBe(one.stdout);
  });

  // V8 starts from a snapshot only under the flags it was built with (bin/snapshot.js
  // SNAPSHOT_FLAGS): one built under others, by an older claimcheck, would fail every start.
  it('is not used when it was built under other V8 flags', () => {
    const manifest = readdirSync(dir).find((name) => name.endsWith('.json'))!;
    const file = path.join(dir, manifest);
    const text = readFileSync(file, 'utf8');
    const stamps = JSON.parse(text);
    expect(stamps.flags).toEqual(['--no-rehash-snapshot', '--interrupt-budget=1000000']);
    delete stamps.flags;
    writeFileSync(file, JSON.stringify(stamps));
    try {
      expect(claimcheck(['--version'], START.snapshot)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no usable start-up snapshot/) });
      expect(claimcheck(['--version'])).toMatchObject({ code: 0, stderr: '' });
    } finally {
      writeFileSync(file, text);
    }
    expect(claimcheck(['--version'], START.snapshot)).toMatchObject({ code: 0, stderr: '' });
  });

  it('is not used once a file it was built from changed', () => {
    const manifest = readdirSync(dir).find((name) => name.endsWith('.json'))!;
    const file = path.join(dir, manifest);
    const text = readFileSync(file, 'utf8');
    const stamps = JSON.parse(text);
    stamps.inputs['data/gazetteer.json'][0] += 1;
    writeFileSync(file, JSON.stringify(stamps));
    try {
      const required = claimcheck(['--version'], START.snapshot);
      expect(required.code).toBe(2);
      expect(required.stderr).toMatch(/no usable start-up snapshot/);
      // Without the demand for it, the run starts the ordinary way, silently.
      expect(claimcheck(['--version'])).toMatchObject({ code: 0, stderr: '' });
    } finally {
      writeFileSync(file, text);
    }
  });
});

// A run from the snapshot is two processes: bin/claimcheck.js and the node it starts, which has
// no channel to it (bin/snapshot.js runFromSnapshot). Each test's run waits on standard input,
// which is never closed, so that only its end by the launcher's can end it.
describe.skipIf(process.platform === 'win32' || !existsSync('/proc/self/stat'))('the launcher of a run from the snapshot', () => {
  // Standard input: node's pipe, or (`fifo`) a named pipe this test keeps open, whose end no
  // launcher's end brings (node closes its own pipe to a process that ended).
  const startWaiting = async (args: string[] = [], fifo = false) => {
    const base = { ...process.env };
    delete base.NODE_OPTIONS;
    let stdin: 'pipe' | number = 'pipe';
    if (fifo) {
      const file = path.join(tempDir('launcher'), 'stdin');
      execFileSync('mkfifo', [file]);
      stdin = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
      const writer = openSync(file, 'w');
      onTestFinished(() => {
        closeSync(writer);
        closeSync(stdin as number);
      });
    }
    const launcher = spawn(process.execPath, [BIN, '-', ...args, '--format', 'json'], {
      cwd: ROOT,
      stdio: [stdin, 'pipe', 'pipe'],
      env: { ...base, CLAIMCHECK_SNAPSHOT_DIR: dir, CLAIMCHECK_SNAPSHOT_BUILD: '0', ...START.snapshot },
    });
    let stderr = '';
    launcher.stderr.on('data', (chunk) => (stderr += chunk));
    // Ends once the child has too: it holds the other ends of the pipes.
    const closed = new Promise<{ code: number | null; signal: string | null }>((resolve) => launcher.on('close', (code, signal) => resolve({ code, signal })));
    // The child: the process whose parent the launcher is (the 4th field of /proc/PID/stat).
    const child = () => readdirSync('/proc').find((name) => /^\d+$/.test(name) && (() => { try { return readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1] === String(launcher.pid); } catch { return false; } })());
    for (let waited = 0; !child() && waited < 20_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(child()).toBeDefined();
    // Time for the child to reach its main function (and its watch of the launcher).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return { launcher, closed, stderr: () => stderr };
  };
  const within = <T,>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), ms))]);

  it('ends the run when the launcher is killed, even by SIGKILL', async () => {
    const { launcher, closed } = await startWaiting([], true);
    launcher.kill('SIGKILL');
    expect(await within(closed, 5000)).toEqual({ code: null, signal: 'SIGKILL' });
  }, 30_000);

  it('passes a signal on to the run and ends by it', async () => {
    const { launcher, closed, stderr } = await startWaiting([], true);
    launcher.kill('SIGTERM');
    expect(await within(closed, 5000)).toEqual({ code: null, signal: 'SIGTERM' });
    expect(stderr()).toBe('');
  }, 30_000);

  it('ends with the exit code of the run', async () => {
    // A contradiction among the fixture's articles: exit 1.
    const { launcher, closed } = await startWaiting(['fixtures/planted-stays-in-event']);
    launcher.stdin.end('# A headline\n\nA council in Veltmark approved the budget on Monday.\n');
    expect(await within(closed, 20_000)).toEqual({ code: 1, signal: null });
  }, 40_000);
});

describe('a copy with no snapshot (installed: npm install builds none)', () => {
  it('runs the ordinary way and builds one in the background, which the next runs start from', async () => {
    const fresh = tempDir('snapshot-lazy');
    const seeds = readFileSync(path.join(ROOT, 'fixtures/seeds/expected.json'), 'utf8');
    const first = claimcheck(['fixtures/seeds', '--format', 'json', '--no-color'], { CLAIMCHECK_SNAPSHOT_DIR: fresh, CLAIMCHECK_SNAPSHOT_BUILD: '1' });
    expect(first).toEqual({ code: 0, stdout: seeds, stderr: '' });
    // The build goes on after that run ended; its manifest is written last, its lock removed after.
    const done = () => readdirSync(fresh).some((name) => name.endsWith('.json')) && !readdirSync(fresh).some((name) => name.endsWith('.building'));
    for (let waited = 0; !done() && waited < 240_000; waited += 500) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(readdirSync(fresh).filter((name) => !name.endsWith('.blob')).sort()).toEqual([expect.stringMatching(/^snapshot-[0-9a-f]{16}\.json$/)]);
    const next = claimcheck(['fixtures/seeds', '--format', 'json', '--no-color'], { CLAIMCHECK_SNAPSHOT_DIR: fresh, CLAIMCHECK_SNAPSHOT: '1' });
    expect(next).toEqual({ code: 0, stdout: seeds, stderr: '' });
  }, 300_000);

  it('never fails or slows the run when the snapshot cannot be built there', () => {
    // A folder that cannot be made: its parent is a file.
    const file = path.join(tempDir('snapshot-unwritable'), 'file');
    writeFileSync(file, '');
    const run = claimcheck(['--version'], { CLAIMCHECK_SNAPSHOT_DIR: path.join(file, 'cache'), CLAIMCHECK_SNAPSHOT_BUILD: '1' });
    expect(run).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
  });
});

describe('a bundle older than the last compile', () => {
  // `npx tsc` alone (as a script or an editor may run it) rewrites dist/ and the build info, not
  // the bundle: the bundle and its snapshot then hold old code, and dist/ is what must run.
  it('is not used, and neither is a snapshot of it', async () => {
    const { bundleIsCurrent } = await import('../bin/snapshot.js');
    const folder = tempDir('bundle-age');
    const bundle = path.join(folder, 'claimcheck.cjs');
    const info = path.join(folder, 'tsconfig.tsbuildinfo');
    expect(bundleIsCurrent(bundle, info)).toBe(false);
    writeFileSync(bundle, '');
    expect(bundleIsCurrent(bundle, info)).toBe(true);
    writeFileSync(info, '');
    utimesSync(bundle, new Date(2026, 0, 1), new Date(2026, 0, 1));
    expect(bundleIsCurrent(bundle, info)).toBe(false);
    utimesSync(info, new Date(2025, 0, 1), new Date(2025, 0, 1));
    expect(bundleIsCurrent(bundle, info)).toBe(true);
  });
});
