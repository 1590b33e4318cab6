#!/usr/bin/env node
// Speed and memory of the CLI, checked here rather than by timed unit tests.
//   npm run bench          (builds first; CLAIMCHECK_BENCH_DIR=<folder> adds a folder of your own)
// Targets: a pre-commit run on the seeds under 2 s wall time; 100 articles under 30 s and 1 GiB RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const build = spawnSync('npx', ['tsc', '-p', '.'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 2);

// 100 articles made from the seeds with distinct publication dates, so grouping has work to do.
function corpus() {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-bench-'));
  const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt'));
  for (let i = 0; i < 100; i++) {
    const seed = seeds[i % seeds.length];
    const day = String((i % 28) + 1).padStart(2, '0');
    const text = readFileSync(path.join('fixtures/seeds', seed), 'utf8');
    mkdirSync(path.join(dir, `batch${i % 10}`), { recursive: true });
    writeFileSync(path.join(dir, `batch${i % 10}`, `${i}_${seed}`), `---\npublished: 2025-03-${day}\n---\n${text}`);
  }
  return dir;
}

const targets = [
  ['seeds (4 articles)', 'fixtures/seeds', 2, 512],
  ['100 articles', corpus(), 30, 1024],
];
if (process.env.CLAIMCHECK_BENCH_DIR && existsSync(process.env.CLAIMCHECK_BENCH_DIR)) targets.push(['your folder', process.env.CLAIMCHECK_BENCH_DIR, Infinity, Infinity]);

// Reports the peak resident memory of the measured process (KiB) as it exits.
const probe = path.join(mkdtempSync(path.join(tmpdir(), 'claimcheck-probe-')), 'maxrss.cjs');
writeFileSync(probe, "process.on('exit', () => require('fs').writeSync(2, `__maxrss ${process.resourceUsage().maxRSS}\\n`));\n");

let failed = false;
for (const [label, dir, maxSeconds, maxMiB] of targets) {
  const started = process.hrtime.bigint();
  const run = spawnSync('node', ['--require', probe, 'bin/claimcheck.js', dir, '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const mib = Number(/__maxrss (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  const ok = run.status === 0 && seconds <= maxSeconds && mib <= maxMiB;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(20)} ${seconds.toFixed(2)} s (target ${maxSeconds} s)  ${mib.toFixed(0)} MiB (target ${maxMiB} MiB)`);
}
process.exit(failed ? 1 : 0);
