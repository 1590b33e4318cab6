import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cli, validReport } from '../helpers/cli.js';
import { hostileCases, type HostileReport } from './cases.js';

// The unit suite runs every case on inputs scaled down (each still past the sentence, word and
// window budgets); CLAIMCHECK_HOSTILE_FULL=1 (npm run bench:hostile) runs them at the sizes of
// the issue, each in a child process, and checks time and peak memory.
const FULL = process.env.CLAIMCHECK_HOSTILE_FULL === '1';
const SCALE = FULL ? 1 : 0.03;
const MEMORY_MB = 512;

const tmp = () => mkdtempSync(path.join(tmpdir(), 'claimcheck-hostile-'));

const root = path.resolve(import.meta.dirname, '../..');

/** Runs the built CLI in a child with a 512 MB heap; returns its output, CPU and wall time, and peak memory. */
function child(args: string[]) {
  const began = performance.now();
  const run = spawnSync(process.execPath, [`--max-old-space-size=${MEMORY_MB}`, '--import', path.join(root, 'scripts/rss-probe.mjs'), path.join(root, 'bin/claimcheck.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - began) / 1000;
  const [, rss, cpu] = /rss-probe: (\d+) ([\d.]+)/.exec(run.stderr) ?? [];
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr.replace(/^rss-probe: .*\n/m, ''), wall, seconds: Number(cpu ?? 0), rss: Number(rss ?? 0) / 1024 };
}

describe(`hostile input${FULL ? ' (full scale)' : ''}: no hang, no crash, nothing lost`, () => {
  for (const c of hostileCases) {
    if (c.fullOnly && !FULL) continue;
    it(c.name, async () => {
      const dir = tmp();
      // Each case's files go as soon as it is done: the full-scale ones take gigabytes.
      onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
      const args = [...c.build(dir, SCALE), '--format', 'json', '--fail-on', 'never'];
      const run = FULL ? child(args) : await cli(args);
      if (FULL && 'seconds' in run) {
        console.log(`${c.name}: ${run.seconds.toFixed(1)} s CPU (${run.wall.toFixed(1)} s wall), ${Math.round(run.rss)} MB`);
        expect(run.rss).toBeLessThan(MEMORY_MB);
        if (c.seconds) expect(run.seconds).toBeLessThan(c.seconds);
      }
      expect(run.code, run.stderr).toBe(c.exit);
      const lines = run.stderr.split('\n').filter(Boolean);
      // Every line on stderr is claimcheck's own, one line each: no stack trace, no Node warning.
      for (const line of lines) expect(line).toMatch(/^claimcheck: /);
      if (c.stderr) expect(lines.some((l) => c.stderr!.test(l)), run.stderr).toBe(true);
      if (c.exit === 2) {
        expect(lines).toHaveLength(1);
        expect(run.stdout).toBe('');
      }
      if (c.goesOn) {
        const report = validReport(run.stdout);
        const good = report.documents.find((d) => d.id.endsWith('good.md'));
        expect(good).toBeDefined();
        expect(report.claims.some((claim) => claim.document === good!.id && claim.kind === 'casualty' && (claim.value as { min: number }).min === 3)).toBe(true);
        c.check?.(report as unknown as HostileReport);
      }
    }, FULL ? 300_000 : 30_000);
  }
});
