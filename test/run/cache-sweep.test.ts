import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SWEEP_STAMP, sweepCache, UNUSED_DAYS } from '../../src/run/cache-sweep.js';
import { TOUCH_AFTER_MS } from '../../src/run/extraction-cache.js';
import { tempDir } from '../helpers/temp-dir.js';
import { cliIn, scratch } from '../workflow/scratch.js';

const DAY = 24 * 60 * 60 * 1000;
const age = (file: string, days: number) => {
  const when = new Date(Date.now() - days * DAY);
  utimesSync(file, when, when);
};
/** The per-article entries of a cache folder (its two-letter shards). */
const entries = (folder: string) => readdirSync(folder).filter((n) => /^[0-9a-f]{2}$/.test(n)).flatMap((s) => readdirSync(path.join(folder, s)).map((n) => path.join(folder, s, n)));

describe('the per-article cache sweep', () => {
  it(`removes entries unused for ${UNUSED_DAYS} days and abandoned temporary files, at most once a day, and nothing else`, async () => {
    const folder = tempDir('sweep');
    mkdirSync(path.join(folder, 'ab'));
    mkdirSync(path.join(folder, 'runs'));
    const file = (name: string, days: number) => {
      writeFileSync(name, 'x');
      age(name, days);
      return name;
    };
    const old = file(path.join(folder, 'ab', 'ab01.json'), UNUSED_DAYS + 1);
    const recent = file(path.join(folder, 'ab', 'ab02.json'), UNUSED_DAYS - 1);
    const temp = file(path.join(folder, 'ab', 'ab03.json.1.ff.tmp'), 1);
    const run = file(path.join(folder, 'runs', 'r.ndjson'), UNUSED_DAYS + 10);
    const other = file(path.join(folder, 'notes.json'), UNUSED_DAYS + 10);
    expect(await sweepCache(folder)).toBe(2);
    expect([old, recent, temp, run, other].map(existsSync)).toEqual([false, true, false, true, true]);
    // Swept today: not again before tomorrow.
    const later = file(path.join(folder, 'ab', 'ab04.json'), UNUSED_DAYS + 1);
    expect(await sweepCache(folder)).toBe(0);
    expect(existsSync(later)).toBe(true);
    age(path.join(folder, SWEEP_STAMP), 1.5);
    expect(await sweepCache(folder)).toBe(1);
    expect(existsSync(later)).toBe(false);
  });

  it('a run with --cache marks the entries it uses (once a day) and sweeps those long unused', async () => {
    const dir = scratch();
    const cache = tempDir('sweep-run');
    const args = ['.', '--format', 'json', '--fail-on', 'never', '--cache-location', cache];
    const cold = await cliIn(dir, args);
    const used = entries(cache);
    expect(used.length).toBeGreaterThan(2);
    for (const entry of used) age(entry, UNUSED_DAYS + 5);
    const stranger = path.join(cache, used[0]!.split(path.sep).at(-2)!, `${'0'.repeat(64)}.json`);
    writeFileSync(stranger, 'an entry no run uses');
    age(stranger, UNUSED_DAYS + 5);
    age(path.join(cache, SWEEP_STAMP), 2);
    // A run that changed nothing but the format: its run entry is read, its articles' entries not.
    await cliIn(dir, [...args, '--format', 'ndjson']);
    // An article added: the others' entries are read, marked used, and kept.
    writeFileSync(path.join(dir, 'added.md'), '---\npublished: 2024-03-02\n---\nA second fire broke out on Birch Lane on Saturday.\n');
    const again = await cliIn(dir, args);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toBe(cold.stdout);
    expect(existsSync(stranger)).toBe(false);
    for (const entry of used) {
      expect(existsSync(entry), entry).toBe(true);
      expect(Date.now() - statSync(entry).mtimeMs).toBeLessThan(TOUCH_AFTER_MS);
    }
  });
});
