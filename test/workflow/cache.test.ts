import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from './scratch.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
let dir = '';
const CACHE = 'node_modules/.cache/claimcheck';

/** Every whole-run entry, relative to the cache folder. */
function runEntries(folder: string): string[] {
  if (!existsSync(path.join(folder, 'runs'))) return [];
  return readdirSync(path.join(folder, 'runs')).filter((f) => f.endsWith('.ndjson')).sort().map((f) => path.join('runs', f));
}

/** Drops the formatted outputs kept beside the run entries, so that a run reads its run entry. */
const dropOutputs = (folder: string) => {
  for (const name of readdirSync(path.join(folder, 'runs'))) if (name.endsWith('.out')) rmSync(path.join(folder, 'runs', name));
};

const dropRuns = (folder: string) => rmSync(path.join(folder, 'runs'), { recursive: true, force: true });

/** Every cache entry, relative to the cache folder. */
function entries(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort();
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-cache-'));
  mkdirSync(path.join(dir, '.git'));
  cpSync(path.join(FIXTURES, 'seeds'), path.join(dir, 'articles'), { recursive: true, filter: (src) => !/expected|case\.json/.test(path.basename(src)) });
  cpSync(path.join(FIXTURES, 'workflow-html', 'metro.html'), path.join(dir, 'articles', 'metro.html'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (...args: string[]) => {
  const run = await cliIn(dir, ['articles', '--format', 'json', '--fail-on', 'never', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
};

let plainJson = '';
const plain = () => plainJson;
beforeAll(async () => {
  plainJson = await json();
});

describe('--cache', () => {

  it('cold, warm and without the cache: the same JSON, byte for byte', async () => {
    expect(entries(path.join(dir, CACHE))).toEqual([]);
    expect(await json('--cache')).toBe(plain());
    const kept = entries(path.join(dir, CACHE));
    expect(kept).toHaveLength(5);
    expect(runEntries(path.join(dir, CACHE))).toHaveLength(1);
    expect(await json('--cache')).toBe(plain());
    expect(entries(path.join(dir, CACHE))).toEqual(kept);
    expect(runEntries(path.join(dir, CACHE))).toHaveLength(1);
    // No temporary file is left behind.
    expect(readdirSync(path.join(dir, CACHE), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('claimcheck extract writes the same records cold, warm and without the cache', async () => {
    const records = async (...args: string[]) => {
      const run = await cliIn(dir, ['extract', 'articles', ...args]);
      expect(run.code, run.stderr).toBe(0);
      return run.stdout;
    };
    const uncached = await records();
    expect(await records('--cache-location', 'extract-cache')).toBe(uncached);
    expect(await records('--cache-location', 'extract-cache')).toBe(uncached);
  });

  it('a warm run takes the entries: an intact entry is used as it is', async () => {
    await json('--cache');
    // The run entry would answer before any document's entry is read.
    dropRuns(path.join(dir, CACHE));
    const [entry] = entries(path.join(dir, CACHE));
    const file = path.join(dir, CACHE, entry!);
    const original = readFileSync(file, 'utf8');
    const newline = original.indexOf('\n');
    const head = JSON.parse(original.slice(0, newline)) as { sha256: string };
    const payload = JSON.parse(original.slice(newline + 1)) as { extracted: { warnings: string[] } };
    payload.extracted.warnings = [...payload.extracted.warnings, 'planted in the cache'];
    const text = JSON.stringify(payload);
    writeFileSync(file, `${JSON.stringify({ ...head, sha256: createHash('sha256').update(text).digest('hex') })}\n${text}`);
    expect(await json('--cache')).toContain('planted in the cache');
    writeFileSync(file, original);
    dropRuns(path.join(dir, CACHE));
  });

  it('a truncated, altered or garbage entry is ignored and written again, never trusted', async () => {
    await json('--cache');
    const files = entries(path.join(dir, CACHE)).map((e) => path.join(dir, CACHE, e));
    const before = files.map((f) => readFileSync(f, 'utf8'));
    writeFileSync(files[0]!, before[0]!.slice(0, before[0]!.length / 2));
    // A claim changed without its checksum: the entry is not what was written.
    writeFileSync(files[1]!, before[1]!.replace(/"min":(\d+)/, (_, n: string) => `"min":${Number(n) + 1}`));
    writeFileSync(files[2]!, 'not json at all');
    writeFileSync(files[3]!, '');
    dropRuns(path.join(dir, CACHE));
    expect(before[1]).toMatch(/"min":\d+/);
    expect(await json('--cache')).toBe(plain());
    expect(files.map((f) => readFileSync(f, 'utf8'))).toEqual(before);
  });

  it('--cache-location keeps the entries elsewhere; other settings are other entries', async () => {
    expect(await json('--cache-location', 'my-cache')).toBe(plain());
    expect(entries(path.join(dir, 'my-cache'))).toHaveLength(5);
    const dated = await json('--cache-location', 'my-cache', '--published', '2017-06-01');
    expect(dated).toBe(await json('--published', '2017-06-01'));
    expect(entries(path.join(dir, 'my-cache')).length).toBeGreaterThan(5);
  });

  it('a cache that cannot be written is one warning, and the run goes on', async () => {
    writeFileSync(path.join(dir, 'a-file'), 'x');
    const run = await cliIn(dir, ['articles', '--format', 'json', '--fail-on', 'never', '--cache-location', 'a-file/cache']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(plain());
    expect(run.stderr.match(/cannot write the cache in .*a-file\/cache: ENOTDIR: this run is not cached/g)).toHaveLength(1);
  });
});

describe('--cache: the whole-run entry', () => {
  const FORMATS = ['json', 'ndjson', 'sarif', 'markdown', 'html', 'pretty', 'github'];

  it('every format, and a run focused on one file --against the others: the same output and warnings cold, warm and without the cache', async () => {
    const runs = [
      ...FORMATS.map((format) => ['articles', '--format', format, '--fail-on', 'never']),
      ['articles/metro.html', '--against', 'articles', '--format', 'json', '--fail-on', 'never'],
    ];
    for (const args of runs) {
      const plainRun = await cliIn(dir, args);
      const cold = await cliIn(dir, [...args, '--cache-location', 'formats-cache']);
      const warm = await cliIn(dir, [...args, '--cache-location', 'formats-cache']);
      expect(cold, args.join(' ')).toEqual(plainRun);
      expect(warm, args.join(' ')).toEqual(plainRun);
    }
    // One entry for the whole folder, whatever the format; one for the focused run.
    expect(runEntries(path.join(dir, 'formats-cache'))).toHaveLength(2);
  });

  it('an entry is used as it is; truncated, altered, garbage or without its last line, it is ignored and written again', async () => {
    const folder = path.join(dir, 'run-cache');
    expect(await json('--cache-location', 'run-cache')).toBe(plain());
    const [entry] = runEntries(folder);
    const file = path.join(folder, entry!);
    const original = readFileSync(file, 'utf8');
    const lines = original.split('\n').slice(0, -1);
    const trailer = JSON.parse(lines.pop()!) as { sha256: string; lines: number };
    expect(trailer.lines).toBe(lines.length);
    // A warnings line of its own, with its checksum: the run takes it as it is.
    const payload = [JSON.stringify(['warnings', ['planted in the run entry']]), ...lines.slice(1)];
    const hash = createHash('sha256');
    for (const line of payload) hash.update(`${line}\n`);
    writeFileSync(file, `${payload.map((line) => `${line}\n`).join('')}${JSON.stringify({ ...trailer, sha256: hash.digest('hex') })}\n`);
    dropOutputs(folder);
    const planted = await cliIn(dir, ['articles', '--format', 'json', '--fail-on', 'never', '--cache-location', 'run-cache']);
    expect(planted.stderr).toContain('planted in the run entry');
    expect(original).toMatch(/"min":\d+/);
    const broken = [
      original.slice(0, original.length / 2),
      original.replace(/"min":(\d+)/, (_, n: string) => `"min":${Number(n) + 1}`),
      'not json at all',
      '',
      `${lines.join('\n')}\n`,
    ];
    for (const text of broken) {
      writeFileSync(file, text);
      dropOutputs(folder);
      expect(await json('--cache-location', 'run-cache')).toBe(plain());
      expect(readFileSync(file, 'utf8')).toBe(original);
    }
  });

  it('an article changed: another entry, and the report of the articles as they now are', async () => {
    cpSync(path.join(dir, 'articles'), path.join(dir, 'changing'), { recursive: true });
    const args = ['changing', '--format', 'json', '--fail-on', 'never'];
    const before = await cliIn(dir, [...args, '--cache-location', 'change-cache']);
    const article = path.join(dir, 'changing', 'metro.html');
    writeFileSync(article, readFileSync(article, 'utf8').replace(/<\/p>/, ' Police said three people were injured.</p>'));
    const after = await cliIn(dir, [...args, '--cache-location', 'change-cache']);
    expect(after).toEqual(await cliIn(dir, args));
    expect(after.stdout).not.toBe(before.stdout);
    expect(runEntries(path.join(dir, 'change-cache'))).toHaveLength(2);
  });
});
