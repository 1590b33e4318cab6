import Ajv from 'ajv';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliIn } from './scratch.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
// A few real articles when the evaluation data is at hand (it is never copied into the project).
const EVAL = '/work/shared/eval/dev/gva';

let dir = '';
let files: string[] = [];

/** Every article file under `root`, relative and sorted. */
function articles(root: string, rel = ''): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return articles(root, child);
    return /\.(txt|md|html)$/.test(e.name) ? [child] : [];
  }).sort();
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-split-'));
  mkdirSync(path.join(dir, '.git'));
  for (const name of ['seeds', 'seeds-conflict', 'workflow', 'workflow-html', 'victim-renamed']) {
    cpSync(path.join(FIXTURES, name), path.join(dir, 'corpus', name), { recursive: true, filter: (src) => !/expected|case\.json/.test(path.basename(src)) });
  }
  if (existsSync(EVAL)) {
    for (const incident of readdirSync(EVAL).sort().slice(0, 2)) {
      cpSync(path.join(EVAL, incident), path.join(dir, 'corpus', `eval-${incident}`), { recursive: true, filter: (src) => !src.endsWith('gold.json') });
    }
  }
  // Name tables travel in the header: compare must group with the extraction's settings.
  writeFileSync(path.join(dir, 'claimcheck.config.json'), JSON.stringify({ organizations: { 'Chicago Police Department': ['CPD'] } }));
  files = articles(dir).filter((f) => f.startsWith('corpus/'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const thirds = <T>(all: T[]): T[][] => [all.slice(0, Math.ceil(all.length / 3)), all.slice(Math.ceil(all.length / 3), Math.ceil((2 * all.length) / 3)), all.slice(Math.ceil((2 * all.length) / 3))];

describe('claimcheck extract, then claimcheck compare', () => {
  it('a corpus extracted in three shards and compared together gives the one-step report, byte for byte', async () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
    const shards = thirds(files);
    for (const [i, shard] of shards.entries()) {
      const run = await cliIn(dir, ['extract', ...shard, '-o', `shard-${i}.ndjson`]);
      expect(run.code, run.stderr).toBe(0);
    }
    // The shards in another order than the files: compare orders documents itself.
    const shardFiles = ['shard-2.ndjson', 'shard-0.ndjson', 'shard-1.ndjson'];
    for (const format of ['json', 'markdown']) {
      const one = await cliIn(dir, [...files, '--format', format, '--fail-on', 'never']);
      const two = await cliIn(dir, ['compare', ...shardFiles, '--format', format, '--fail-on', 'never']);
      expect(one.code, one.stderr).toBe(0);
      expect(two.code, two.stderr).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
    const report = JSON.parse((await cliIn(dir, ['compare', ...shardFiles, '--format', 'json'])).stdout) as { documents: unknown[]; claims: unknown[] };
    expect(report.documents).toHaveLength(files.length);
    expect(report.claims.length).toBeGreaterThan(20);
  });

  it('every line matches schema/extraction.schema.json: a header, then one document a line', async () => {
    const run = await cliIn(dir, ['extract', ...files.slice(0, 4)]);
    expect(run.code, run.stderr).toBe(0);
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(path.resolve(__dirname, '../../schema/extraction.schema.json'), 'utf8')));
    const lines = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { type: string; format?: string });
    expect(lines.map((l) => l.type)).toEqual(['header', 'document', 'document', 'document', 'document']);
    expect(lines[0]!.format).toBe('claimcheck-extraction/1');
    for (const line of lines) expect(validate(line), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('a document record does not change with the other documents of its shard', async () => {
    const alone = (await cliIn(dir, ['extract', files[0]!])).stdout.split('\n')[1]!;
    const together = (await cliIn(dir, ['extract', ...files.slice(0, 3)])).stdout.split('\n')[1]!;
    // One file given alone keeps its path as id only when others are given too: compare the claims.
    const claims = (line: string) => (JSON.parse(line) as { document: { claims: unknown[] } }).document.claims;
    expect(claims(alone)).toEqual(claims(together));
  });

  const bad: [string, (good: string) => string, RegExp][] = [
    ['a JSON report instead of NDJSON', () => '{"schemaVersion":1,"documents":[]}\n', /line 1: the first line is no claimcheck extraction header/],
    ['plain text', () => 'Police said two people were killed.\n', /line 1 is not JSON/],
    ['another format version', (good) => good.replace('claimcheck-extraction/1', 'claimcheck-extraction/2'), /format "claimcheck-extraction\/2", and this claimcheck reads claimcheck-extraction\/1/],
    ['a truncated last line', (good) => good.slice(0, good.length - 40), /is not JSON \(the file looks truncated\)/],
    ['a last line without its line end', (good) => good.slice(0, -1), /has no line end \(the file looks truncated\)/],
    ['a document record without claims', (good) => good.replace(/"claims":\[[^\n]*\]\}\}\n$/, '"claimz":[]}}\n'), /line 3: its document lacks warnings, sentences or claims/],
  ];
  for (const [name, corrupt, message] of bad) {
    it(`${name}: one line, exit 2`, async () => {
      const good = (await cliIn(dir, ['extract', ...files.slice(0, 2)])).stdout;
      writeFileSync(path.join(dir, 'bad.ndjson'), corrupt(good));
      const run = await cliIn(dir, ['compare', 'bad.ndjson']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^claimcheck: bad\.ndjson: /);
      expect(run.stderr).toMatch(message);
    });
  }

  it('each stage has its own help, and a usage error names it', async () => {
    for (const stage of ['extract', 'compare']) {
      const help = await cliIn(dir, [stage, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: claimcheck ${stage} \\[options\\]`));
      const none = await cliIn(dir, [stage]);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(new RegExp(`^claimcheck: missing required argument .*\\(see claimcheck ${stage} --help\\)\n$`));
    }
  });

  it('a document in two shards, or shards of other settings, is refused', async () => {
    await cliIn(dir, ['extract', ...files.slice(0, 2), '-o', 'a.ndjson']);
    await cliIn(dir, ['extract', ...files.slice(1, 3), '-o', 'b.ndjson']);
    await cliIn(dir, ['extract', ...files.slice(3, 5), '--published', '2020-01-01', '-o', 'c.ndjson']);
    const twice = await cliIn(dir, ['compare', 'a.ndjson', 'b.ndjson']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/is given twice .*extract each file in one shard only/);
    const other = await cliIn(dir, ['compare', 'a.ndjson', 'c.ndjson']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/c\.ndjson: extracted with other settings/);
  });
});
