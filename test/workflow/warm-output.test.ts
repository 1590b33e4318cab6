import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runWarm, type CliIO } from '../../src/cli.js';
import { DEFAULT_CACHE_LOCATION } from '../../src/run/extraction-cache.js';
import { RUN_OUTPUTS_KEPT } from '../../src/run/run-cache.js';
import type { CliRun } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';
import { captureIn, scratch } from './scratch.js';

type Terminal = Partial<Pick<CliIO, 'isTTY' | 'columns' | 'env'>>;

/** Runs `run` (runCli or runWarm) in-process from `cwd`; null when runWarm declined, having written nothing. */
async function capture(run: typeof runWarm, cwd: string, args: string[], terminal: Terminal = {}): Promise<CliRun | null> {
  const { code, stdout, stderr } = await captureIn(run, cwd, args, terminal);
  if (code === null) {
    expect(stdout + stderr).toBe('');
    return null;
  }
  return { code, stdout, stderr };
}

const cli = (cwd: string, args: string[], terminal?: Terminal) => capture(runCli, cwd, args, terminal) as Promise<CliRun>;
const warm = (cwd: string, args: string[], terminal?: Terminal) => capture(runWarm, cwd, args, terminal);

/** The formatted outputs kept in a cache folder. */
const outputs = (cache: string) => {
  const runs = path.join(cache, 'runs');
  return existsSync(runs) ? readdirSync(runs).filter((n) => n.endsWith('.out')).map((n) => path.join(runs, n)) : [];
};

/** An output entry rewritten with another payload, its checksum made to match: a run then prints it as it is. */
function plant(file: string, payload: string): void {
  const bytes = readFileSync(file);
  const footer = bytes.subarray(bytes.length - 77).toString('latin1');
  const metaLength = Number(footer.slice(66, 76));
  const meta = bytes.subarray(bytes.length - 77 - metaLength, bytes.length - 77);
  const body = Buffer.concat([Buffer.from(payload), meta]);
  const sha = createHash('sha256').update(body).digest('hex');
  writeFileSync(file, Buffer.concat([body, Buffer.from(`\n${sha} ${footer.slice(66, 76)}\n`)]));
}

describe('warm runs: the kept output', () => {
  const FORMATS = ['json', 'ndjson', 'sarif', 'markdown', 'html', 'pretty', 'github'];

  it('every format, colour, width, --verbose, --quiet, --fail-on and a focused run: warm (in this process or not) = cold = without the cache', async () => {
    const cache = tempDir('warm-cache');
    const dir = scratch({ 'long.md': `---\npublished: 2024-03-02\n---\n${'The fire on Alder Street burned for hours. '.repeat(200)}\n`, 'notes.pdf': 'not an article' });
    const runs: [string[], Terminal?][] = [
      ...FORMATS.map((format): [string[]] => [['.', '--format', format]]),
      [['.', '--format', 'pretty'], { isTTY: true, columns: 100, env: { FORCE_COLOR: '1' } }],
      [['.', '--format', 'pretty', '--no-color'], { isTTY: true, columns: 60 }],
      [['.', '--verbose', '--max-file-size', '2KB']],
      [['.', '--quiet', '--fail-on', 'update']],
      [['.', '--fail-on', 'never']],
      [['contradicts.md', '--against', 'archive', '--format', 'json']],
    ];
    const codes = new Set<number>();
    for (const [args, terminal] of runs) {
      const cached = [...args, '--cache-location', cache];
      const plain = await cli(dir, args, terminal);
      expect(await warm(dir, cached, terminal), `${args.join(' ')}: nothing kept yet`).toBeNull();
      expect(await cli(dir, cached, terminal), args.join(' ')).toEqual(plain);
      // runWarm answers only from a kept output.
      expect(await warm(dir, cached, terminal), args.join(' ')).toEqual(plain);
      expect(await cli(dir, cached, terminal), args.join(' ')).toEqual(plain);
      codes.add(plain.code);
    }
    // At most RUN_OUTPUTS_KEPT outputs for each of the three run entries (the folder, the
    // folder cut at 2 KB, the focused run).
    expect(outputs(cache).length).toBeLessThanOrEqual(3 * RUN_OUTPUTS_KEPT);
    // The runs say warnings, the files passed over, and both exit codes.
    expect(codes).toEqual(new Set([0, 1]));
    const verbose = await cli(dir, ['.', '--verbose', '--max-file-size', '2KB']);
    expect(verbose.stderr).toContain('only the first 2 KiB were checked');
    expect(verbose.stderr).toContain('skipped notes.pdf');
  });

  it('is used as it is; cut, altered, garbage or empty, it is ignored and written again', async () => {
    const cache = tempDir('warm-cache');
    const dir = scratch();
    const args = ['.', '--format', 'json', '--cache-location', cache];
    const plain = await cli(dir, args.slice(0, 3));
    await cli(dir, args);
    const [file] = outputs(cache);
    const original = readFileSync(file!);
    plant(file!, 'planted\n');
    expect((await warm(dir, args))!.stdout).toBe('planted\n');
    const broken = [
      original.subarray(0, original.length / 2),
      Buffer.from(original.toString('utf8').replace('"version"', '"versiom"')),
      original.subarray(0, original.length - 1),
      Buffer.from('not an entry at all'),
      Buffer.alloc(0),
    ];
    for (const bytes of broken) {
      writeFileSync(file!, bytes);
      expect(await warm(dir, args)).toBeNull();
      expect(await cli(dir, args)).toEqual(await cli(dir, args.slice(0, 3)));
      expect(readFileSync(file!).equals(original)).toBe(true);
    }
    expect(plain.stdout).toContain('"version"');
  });

  it('a baseline written or changed is another output: the findings it accepts, and the exit code', async () => {
    const cache = tempDir('warm-cache');
    const dir = scratch({ 'claimcheck.config.json': JSON.stringify({ baseline: 'accepted.json' }) });
    const args = ['.', '--format', 'pretty', '--cache-location', cache];
    const before = await cli(dir, args);
    expect(before.code).toBe(1);
    expect(await warm(dir, args)).toEqual(before);
    expect((await cli(dir, [...args, '--write-baseline'])).code).toBe(0);
    const accepted = await cli(dir, args.slice(0, 3));
    expect(accepted.code).toBe(0);
    expect(await warm(dir, args)).toBeNull();
    expect(await cli(dir, args)).toEqual(accepted);
    expect(await warm(dir, args)).toEqual(accepted);
    rmSync(path.join(dir, 'accepted.json'));
    expect(await warm(dir, args)).toEqual(before);
  });

  it('is looked for by bin/claimcheck.js in the folder --cache keeps it in', () => {
    expect(readFileSync(path.resolve(__dirname, '../../bin/claimcheck.js'), 'utf8')).toContain(`'${DEFAULT_CACHE_LOCATION}'`);
  });

  it('declines, writing nothing, what it cannot answer: no cache, standard input, --output, --write-baseline, commands, errors', async () => {
    const cache = tempDir('warm-cache');
    const dir = scratch();
    await cli(dir, ['.', '--cache-location', cache]);
    expect(await warm(dir, ['.', '--cache-location', cache])).not.toBeNull();
    for (const args of [
      ['.'],
      ['-', '--cache-location', cache],
      ['.', '--cache-location', cache, '--output', 'report.txt'],
      ['.', '--cache-location', cache, '--write-baseline', 'b.json'],
      ['.', '--cache-location', cache, '--baseline', 'missing.json'],
      ['missing', '--cache-location', cache],
      ['.', '--cache-location', cache, '--format', 'nonsense'],
      ['--version', '--cache'],
      ['compare', 'x.ndjson', '--cache'],
    ]) expect(await warm(dir, args), args.join(' ')).toBeNull();
    expect(existsSync(path.join(dir, 'report.txt'))).toBe(false);
    expect(existsSync(path.join(dir, 'b.json'))).toBe(false);
  });
});
