import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { findRedisServer, freePort, startRedis, type RunningRedis } from '../helpers/redis.js';

// The queue end to end: a real redis-server, `claimcheck worker` processes (dist/, as installed),
// and a producer run that must print the very report of the one-machine run.

const root = path.resolve(fileURLToPath(import.meta.url), '../../..');
const bin = path.join(root, 'bin/claimcheck.js');
const server = findRedisServer();

/** Every article of the golden fixtures, under one folder (names made unique), and one long article. */
function corpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-queue-'));
  const texts: string[] = [];
  for (const fixture of readdirSync(path.join(root, 'fixtures')).sort()) {
    const folder = path.join(root, 'fixtures', fixture);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).sort()) {
      if (!/\.(md|txt|html?)$/.test(file) || file.startsWith('expected')) continue;
      copyFileSync(path.join(folder, file), path.join(dir, `${fixture}_${file}`));
      if (file.endsWith('.md') && fixture !== 'bad-input') texts.push(readFileSync(path.join(folder, file), 'utf8').replace(/^---[^]*?\n---\n/, ''));
    }
  }
  // Long enough that the worker which takes it is killed while extracting it.
  writeFileSync(path.join(dir, 'zz-long.md'), `---\ntitle: A long roundup\npublished: 2025-03-10\n---\n${texts.join('\n\n').slice(0, 60_000)}\n`);
  return path.relative(process.cwd(), dir);
}

interface WorkerProcess {
  child: ChildProcess;
  log: string;
  exited: Promise<unknown>;
}

function startWorker(url: string, onLine: (w: WorkerProcess, line: string) => void): WorkerProcess {
  const child = spawn(process.execPath, [bin, 'worker', '--redis', url, '--stall-timeout', '1.5', '-v'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const worker: WorkerProcess = { child, log: '', exited: new Promise((resolve) => child.once('exit', resolve)) };
  let partial = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    worker.log += chunk;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) onLine(worker, line);
  });
  return worker;
}

const waitFor = async (condition: () => boolean, what: string, ms = 60_000) => {
  for (const began = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() - began > ms) throw new Error(`timed out waiting for ${what}`);
  }
};

describe('queue: Redis unreachable', () => {
  it('one line, exit 2, before any work', async () => {
    const port = await freePort();
    const run = await cli(['fixtures/seeds', '--redis', `redis://127.0.0.1:${port}`, '-f', 'json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`claimcheck: cannot reach Redis at redis://127.0.0.1:${port}: ECONNREFUSED\n`);
  });

  it('a URL that is none: one line, exit 2', async () => {
    const run = await cli(['fixtures/seeds', '--redis', 'localhost:6379']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^claimcheck: --redis takes a redis:\/\/ or rediss:\/\/ URL, not "localhost:6379"\n$/);
  });
});

describe.skipIf(!server)(server ? 'queue: workers on a local redis-server' : 'queue: skipped, no redis-server on PATH (Debian\'s redis-server package; .ci/run installs it)', () => {
  let redis: RunningRedis;
  let dir: string;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis(server!);
    dir = corpus();
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('no worker answering: one line, exit 2, after --queue-timeout', async () => {
    // Articles of their own: the job stays queued, and the workers of the next test take it, not one of theirs.
    const own = mkdtempSync(path.join(tmpdir(), 'claimcheck-queue-lonely-'));
    writeFileSync(path.join(own, 'a.md'), 'A fire destroyed two barns near Millbrook on Sunday, the fire service said.\n');
    writeFileSync(path.join(own, 'b.md'), 'Two barns burned down near Millbrook on Sunday night, firefighters said.\n');
    const run = await cli([own, '--redis', redis.url, '--queue-timeout', '1', '-f', 'json']);
    rmSync(own, { recursive: true, force: true });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`claimcheck: no result from any worker for 1 s (2 of 2 documents not extracted): start \`claimcheck worker --redis ${redis.url}\`, or raise --queue-timeout\n`);
  });

  it('two workers, one killed mid-job: nothing lost, the report is the one-step report byte for byte; a re-run is all cache hits', async () => {
    const oneStep = await cli([dir, '-f', 'json']);
    expect(oneStep.stderr).not.toMatch(/took longer than/);
    let killed: WorkerProcess | null = null;
    const onLine = (w: WorkerProcess, line: string) => {
      if (!killed && /zz-long\.md: extracting$/.test(line)) {
        killed = w;
        w.child.kill('SIGKILL');
      }
    };
    workers.push(startWorker(redis.url, onLine), startWorker(redis.url, onLine));
    await waitFor(() => workers.every((w) => /waiting for articles/.test(w.log)), 'the workers to start');
    const queued = await cli([dir, '--redis', redis.url, '-f', 'json', '-v']);
    expect(queued.stderr).toMatch(/queue: \d+ distinct texts, 0 from the Redis cache, \d+ extracted by workers/);
    expect(killed).not.toBeNull();
    await killed!.exited;
    const survivor = workers.find((w) => w !== killed)!;
    // The killed worker's job was handed to the other one, not lost.
    expect(survivor.log).toMatch(/zz-long\.md: extracting \(again\)/);
    expect(queued.code).toBe(oneStep.code);
    expect(queued.stdout.length).toBeGreaterThan(10_000);
    expect(queued.stdout).toBe(oneStep.stdout);

    // A job's result reaches Redis before its worker logs it, so the producer can finish while
    // the survivor's last lines are still in the pipe: wait until every job it began is logged done.
    const count = (pattern: RegExp) => survivor.log.match(pattern)?.length ?? 0;
    await waitFor(() => count(/: extracting( \(again\))?$/gm) === count(/: \d+ claims in \d+ ms$/gm), "the survivor's last log lines");
    const logged = survivor.log.length;
    const again = await cli([dir, '--redis', redis.url, '-f', 'json', '-v']);
    expect(again.stdout).toBe(oneStep.stdout);
    expect(again.stderr).toMatch(/queue: (\d+) distinct texts, \1 from the Redis cache, 0 extracted by workers/);
    expect(survivor.log.slice(logged)).toBe('');

    // A record damaged in Redis is not trusted: its document is extracted again.
    const store = new Redis(redis.url);
    const [damaged] = (await store.keys('claimcheck:extraction:*')).sort();
    await store.set(damaged!, Buffer.from('not a record'));
    store.disconnect();
    const repaired = await cli([dir, '--redis', redis.url, '-f', 'json', '-v']);
    expect(repaired.stderr).toMatch(/queue: (\d+) distinct texts, \d+ from the Redis cache, 1 extracted by workers/);
    expect(repaired.stdout).toBe(oneStep.stdout);
  });
});
