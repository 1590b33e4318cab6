import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { extractDocuments } from '../../src/run/extract-documents.js';
import { extractInPool, POOL_MIN_CHARS, POOL_MIN_DOCUMENTS, usePool } from '../../src/run/extract-pool.js';
import { documentFrom } from '../helpers/documents.js';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-workers-'));
  mkdirSync(path.join(dir, '.git'));
  for (const name of ['seeds', 'seeds-conflict', 'workflow', 'workflow-html', 'victim-renamed', 'quote-misattributed']) {
    cpSync(path.join(FIXTURES, name), path.join(dir, 'articles', name), { recursive: true, filter: (src) => !/expected|case\.json/.test(path.basename(src)) });
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI in-process from the scratch folder, with its own environment. */
async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env, cwd: dir });
  return { code, stdout, stderr };
}

describe('--jobs', () => {
  it('workers give the report of one thread, byte for byte', async () => {
    for (const format of ['json']) {
      const one = await run(['articles', '--format', format, '--fail-on', 'never', '--jobs', '1']);
      const two = await run(['articles', '--format', format, '--fail-on', 'never', '--jobs', '2'], { CLAIMCHECK_FORCE_WORKERS: '1' });
      expect(one.code, one.stderr).toBe(0);
      expect(two.code, two.stderr).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr);
    }
  });

  it('extract with workers writes the records of one thread', async () => {
    const one = await run(['extract', 'articles', '--jobs', '1']);
    const three = await run(['extract', 'articles', '--jobs', '3'], { CLAIMCHECK_FORCE_WORKERS: '1' });
    expect(three.code, three.stderr).toBe(0);
    expect(three.stdout).toBe(one.stdout);
  });

  it('pools taking turns (a fresh pool every few documents a worker) give the documents in order, as one thread does', async () => {
    const texts = ['A gunman killed three people in Springfield on Monday, police said.', 'Two firefighters were hurt when a warehouse burned in Dayton on Tuesday.', 'The mayor of Columbus said on Friday that 12 people were injured.'];
    const docs = Array.from({ length: 7 }, (_, i) => documentFrom(`${texts[i % 3]} Item ${i}.`, `d${i}.txt`));
    const heard = new Map<number, unknown>();
    // Two workers, two documents each: pools of 4 and 3 documents.
    const pooled = await extractInPool(docs, 2, (i, extracted) => heard.set(i, extracted), 2);
    expect(pooled).toEqual(docs.map((d) => extractDocument(d)));
    // Each extraction is heard of once, under its document's index (the cache writes it as it comes).
    expect([...heard.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const [i, extracted] of heard) expect(extracted).toBe(pooled[i]);
  });

  it('workers\' extractions are cached as they come in: the same entries, byte for byte, as one thread writes', async () => {
    const texts = ['A gunman killed three people in Springfield on Monday, police said.', 'Two firefighters were hurt when a warehouse burned in Dayton on Tuesday.'];
    const docs = Array.from({ length: 40 }, (_, i) => documentFrom(`${texts[i % 2]} Item ${i}.`, `d${i}.txt`));
    const cached = async (pool?: { jobs: number; force: boolean }) => {
      const folder = mkdtempSync(path.join(tmpdir(), 'claimcheck-workers-cache-'));
      const warnings: string[] = [];
      const heard: string[] = [];
      const extracted = await extractDocuments(docs, { cache: folder, pool, warn: (w) => warnings.push(w), onExtracted: (doc) => heard.push(doc.id) });
      const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort();
      const contents = files.map((f) => [f, readFileSync(path.join(folder, f), 'utf8')]);
      // Taken from the cache: extracted again by no one, and heard of by no one.
      const again: string[] = [];
      expect(await extractDocuments(docs, { cache: folder, pool, warn: (w) => warnings.push(w), onExtracted: (doc) => again.push(doc.id) })).toEqual(extracted);
      expect(again).toEqual([]);
      rmSync(folder, { recursive: true, force: true });
      return { extracted, contents, warnings, heard };
    };
    const one = await cached();
    const two = await cached({ jobs: 2, force: true });
    expect(one.contents).toHaveLength(40);
    // Each document extracted is heard of once, as it comes in.
    for (const run of [one, two]) expect([...run.heard].sort()).toEqual(docs.map((d) => d.id).sort());
    expect(two.contents).toEqual(one.contents);
    expect(two.extracted).toEqual(one.extracted);
    expect([...one.warnings, ...two.warnings]).toEqual([]);
  });

  it('--jobs takes a whole number of at least 1', async () => {
    for (const bad of ['0', 'two', '-1']) {
      const r = await run(['articles', '--jobs', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--jobs takes a whole number of at least 1/);
    }
  });

  const big = documentFrom('x'.repeat(Math.ceil(POOL_MIN_CHARS / POOL_MIN_DOCUMENTS)));
  const small = documentFrom('Police said two people were killed.');
  const table: [string, ReturnType<typeof documentFrom>[], { jobs: number; force?: boolean }, boolean][] = [
    ['a big job on two threads', Array(POOL_MIN_DOCUMENTS).fill(big), { jobs: 2 }, true],
    ['a big job on one thread', Array(POOL_MIN_DOCUMENTS).fill(big), { jobs: 1 }, false],
    ['1 MiB in too few documents', Array(POOL_MIN_DOCUMENTS - 1).fill(documentFrom('x'.repeat(POOL_MIN_CHARS))), { jobs: 2 }, false],
    ['enough documents, too little text', Array(POOL_MIN_DOCUMENTS).fill(big).slice(1).concat([small]), { jobs: 2 }, false],
    ['many small documents', Array(500).fill(small), { jobs: 4 }, false],
    ['many small documents, forced', Array(500).fill(small), { jobs: 4, force: true }, true],
    ['one document, forced', [small], { jobs: 4, force: true }, false],
  ];
  for (const [name, docs, choice, expected] of table) {
    it(`workers start for ${name}: ${expected}`, () => expect(usePool(docs, choice)).toBe(expected));
  }
});
