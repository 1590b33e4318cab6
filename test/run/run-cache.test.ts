import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RUN_ENTRIES_KEPT, RUN_FOLDER, RUN_OUTPUTS_KEPT, RunCache, type CachedRun } from '../../src/run/run-cache.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-run-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (n: number): CachedRun => ({
  report: { documents: [], claims: [], findings: [], events: [], summary: { n } } as unknown as CachedRun['report'],
  warnings: [`run ${n}`],
});
const key = (n: number) => n.toString(16).padStart(64, '0');
const folder = () => path.join(dir, RUN_FOLDER);
const kept = () => readdirSync(folder()).sort();
/** Entries written a minute apart, the first the oldest, so the order never rests on clock resolution. */
const age = (n: number, minutesAgo: number) => {
  const when = new Date(Date.now() - minutesAgo * 60_000);
  utimesSync(path.join(folder(), `${key(n)}.ndjson`), when, when);
};

describe('RunCache pruning', () => {
  it(`keeps the ${RUN_ENTRIES_KEPT} most recently used entries`, async () => {
    const cache = new RunCache(dir);
    const total = RUN_ENTRIES_KEPT + 3;
    for (let n = 0; n < total; n++) {
      await cache.set(key(n), run(n));
      age(n, total - n);
    }
    expect(kept()).toEqual(Array.from({ length: RUN_ENTRIES_KEPT }, (_, i) => `${key(total - RUN_ENTRIES_KEPT + i)}.ndjson`));
    expect(await cache.get(key(total - 1))).toEqual(run(total - 1));
  });

  it('an entry read is the newest: the least recently used goes, not the oldest written', async () => {
    const cache = new RunCache(dir);
    for (let n = 0; n < RUN_ENTRIES_KEPT; n++) {
      await cache.set(key(n), run(n));
      age(n, RUN_ENTRIES_KEPT - n);
    }
    expect(await cache.get(key(0))).toEqual(run(0));
    await cache.set(key(100), run(100));
    expect(kept()).toContain(`${key(0)}.ndjson`);
    expect(kept()).not.toContain(`${key(1)}.ndjson`);
    expect(kept()).toHaveLength(RUN_ENTRIES_KEPT);
  });

  it('drops a temporary file a dead run left an hour ago, and leaves one being written', async () => {
    const cache = new RunCache(dir);
    await cache.set(key(1), run(1));
    const abandoned = path.join(folder(), `.${key(2)}.ndjson.0123456789ab.tmp`);
    const writing = path.join(folder(), `.${key(3)}.ndjson.ba9876543210.tmp`);
    writeFileSync(abandoned, 'cut');
    writeFileSync(writing, 'half');
    const old = new Date(Date.now() - 2 * 60 * 60_000);
    utimesSync(abandoned, old, old);
    await cache.set(key(4), run(4));
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(writing)).toBe(true);
  });

  it(`keeps ${RUN_OUTPUTS_KEPT} formatted outputs an entry, the most recently used, and drops them with their entry`, async () => {
    const cache = new RunCache(dir);
    await cache.set(key(1), run(1));
    const output = (n: number, o: number, minutesAgo: number) => {
      const file = path.join(folder(), `${key(n)}.${key(1000 + o)}.out`);
      writeFileSync(file, 'output');
      const when = new Date(Date.now() - minutesAgo * 60_000);
      utimesSync(file, when, when);
      return path.basename(file);
    };
    const made = Array.from({ length: RUN_OUTPUTS_KEPT + 2 }, (_, o) => output(1, o, 100 - o));
    age(1, 200);
    await cache.prune(key(1));
    expect(kept()).toEqual([`${key(1)}.ndjson`, ...made.slice(2)].sort());
    // An entry used through its output only is recent: the entries written after it go first.
    for (let n = 2; n < RUN_ENTRIES_KEPT + 2; n++) {
      await cache.set(key(n), run(n));
      age(n, 150 - n);
    }
    expect(kept().filter((f) => f.startsWith(key(1)))).toHaveLength(RUN_OUTPUTS_KEPT + 1);
    // Once the entry goes, its outputs go with it.
    for (const name of kept().filter((f) => f.startsWith(key(1)))) utimesSync(path.join(folder(), name), new Date(0), new Date(0));
    await cache.set(key(100), run(100));
    expect(kept().filter((f) => f.startsWith(key(1)))).toEqual([]);
    expect(kept().filter((f) => f.endsWith('.ndjson'))).toHaveLength(RUN_ENTRIES_KEPT);
  });
});

describe('RunCache entries', () => {
  it('a list is a line of JSON.stringify([name, items]) every 512 items, holes and non-ASCII text included, and reads back whole', async () => {
    const claims: unknown[] = Array.from({ length: 1100 }, (_, i) => (i % 97 === 5 ? undefined : { id: `C${i}`, text: `the “Quarry Lane” crash\u2028${i}`, tags: i % 3 ? [] : ['a', { b: [i] }] }));
    delete claims[10];
    const value: CachedRun = { report: { documents: [{ id: 'a' }], claims, findings: [], events: [], summary: { n: 1 } } as unknown as CachedRun['report'], warnings: ['one'] };
    const cache = new RunCache(dir);
    await cache.set(key(1), value);
    const lines = readFileSync(path.join(folder(), `${key(1)}.ndjson`), 'utf8').split('\n');
    expect(lines.slice(2, 5)).toEqual([0, 512, 1024].map((i) => JSON.stringify(['report.claims[]', claims.slice(i, i + 512)])));
    const back = await cache.get(key(1));
    expect(back?.report.claims).toEqual(JSON.parse(JSON.stringify(claims)));
    expect(back?.warnings).toEqual(['one']);
  });
});
