import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgressBar, progressLine } from '../src/report/progress-bar.js';
import { cli } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

const CASE = 'fixtures/weekday-resolved';
const scratch = () => tempDir('out');

describe('claimcheck CLI: formats and --output', () => {
  it('prints each format exactly as its golden file (rendered there from the JSON report)', async () => {
    // Three suffice: every format takes the same path through the CLI.
    for (const [format, file] of [['markdown', 'markdown.golden'], ['sarif', 'sarif'], ['html', 'html.golden']]) {
      const run = await cli([CASE, '--format', format!]);
      expect(run.code, `${format}: ${run.stderr}`).toBe(1);
      expect(run.stdout, format).toBe(readFileSync(`${CASE}/expected.${file}`, 'utf8'));
    }
  });

  it('--output writes the report to a file, whole, and prints nothing on stdout', async () => {
    const dir = scratch();
    const file = path.join(dir, 'report.md');
    const run = await cli([CASE, '--format', 'markdown', '--output', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`claimcheck: wrote ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(`${CASE}/expected.markdown.golden`, 'utf8'));
    // Written through a temporary file renamed into place: nothing else is left behind.
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('--output writes pretty without colour, wrapped at 80, even when stdout is a terminal', async () => {
    const file = path.join(scratch(), 'report.txt');
    await cli([CASE, '--output', file], { FORCE_COLOR: '1' }, true);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(`${CASE}/expected.pretty`, 'utf8'));
  });

  it('a report that cannot be written is exit 2 with one line, said before the work', async () => {
    const run = await cli([CASE, '--format', 'sarif', '--output', path.join(scratch(), 'no/such/folder/x.sarif')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^claimcheck: cannot write .*x\.sarif: no folder .*\n$/);
    const folder = await cli([CASE, '--output', scratch()]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^claimcheck: cannot write .*: it is a folder\n$/);
  });

  it('wraps pretty output at the terminal width it is given', async () => {
    const run = await cli([CASE], {}, true);
    const wide = await (async () => {
      const { runCli } = await import('../src/cli.js');
      let out = '';
      await runCli([CASE, '--no-color'], { stdout: (t) => void (out += t), stderr: () => {}, isTTY: true, env: {}, columns: 200 });
      return out;
    })();
    expect(Math.max(...run.stdout.split('\n').map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').length))).toBeLessThanOrEqual(80);
    expect(wide).toContain('✗ date disputed: Saturday, 2025-03-15 (a-coast.md, b-times.md) vs Wednesday, 2025-03-12 (c-radio.md): different days');
  });

  it('--quiet prints only contradictions, updates and the summary', async () => {
    const run = await cli([CASE, '--quiet']);
    expect(run.stdout).toContain('date disputed');
    expect(run.stdout).not.toContain('Agreements');
    expect(run.stdout).not.toContain('- a-coast.md (Coast Gazette)');
    expect(run.stdout).toMatch(/^Summary: 3 documents, 1 event, 18 claims/m);
  });
});

describe('progress bar', () => {
  /** A run whose clock jumps a second at every reading: long enough for a bar. */
  async function runWith(env: Record<string, string | undefined>, args: string[] = [], stderrIsTTY = true) {
    const { runCli } = await import('../src/cli.js');
    let stderr = '';
    let clock = 0;
    await runCli([CASE, '--format', 'json', ...args], { stdout: () => {}, stderr: (t) => void (stderr += t), isTTY: false, env, stderrIsTTY, now: () => (clock += 1000) });
    return stderr;
  }

  it('is drawn on a terminal for a long run, then erased', async () => {
    const stderr = await runWith({});
    expect(stderr).toContain('\r[');
    expect(stderr).toMatch(/ 3\/3 extracting/);
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('is never drawn in CI, with --quiet, or when stderr is no terminal', async () => {
    expect(await runWith({ CI: 'true' })).not.toContain('\r');
    expect(await runWith({}, ['--quiet'])).not.toContain('\r');
    expect(await runWith({}, [], false)).not.toContain('\r');
  });

  it('stays silent for a quick run and redraws at most every interval', () => {
    let now = 0;
    const out: string[] = [];
    const bar = createProgressBar({ write: (t) => out.push(t), now: () => now, width: 60 });
    bar.update({ stage: 'extracting', done: 1, total: 10 });
    now = 1999;
    bar.update({ stage: 'extracting', done: 2, total: 10 });
    expect(out).toEqual([]);
    bar.finish();
    expect(out).toEqual([]);
    now = 2500;
    bar.update({ stage: 'extracting', done: 3, total: 10 });
    now = 2550;
    bar.update({ stage: 'extracting', done: 4, total: 10 });
    expect(out).toHaveLength(1);
    bar.finish();
    expect(out.at(-1)).toBe('\r\u001b[K');
  });

  it('fits its line to the terminal', () => {
    expect(progressLine({ stage: 'extracting', done: 5, total: 10 }, 80)).toBe(`[${'#'.repeat(20)}${'.'.repeat(20)}] 5/10 extracting`);
    expect(progressLine({ stage: 'extracting', done: 5, total: 10 }, 30).length).toBeLessThan(30);
  });
});
