import { readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Per-article entries not used for this long are removed (their time is their last use: extraction-cache.ts). */
export const UNUSED_DAYS = 30;

/** The file, in the cache folder, whose time is the last sweep's: at most one a day. */
export const SWEEP_STAMP = '.last-sweep';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A temporary file this old was left by a run that died while writing an entry. */
const ABANDONED_TEMP_MS = 60 * 60 * 1000;

/**
 * Removes the per-article entries of a cache folder not used for UNUSED_DAYS days, and temporary
 * files abandoned an hour ago: each entry is about eight times its article, and a desk's archive
 * changes every day, so the folder would otherwise grow without end. Costs one stat an entry, so
 * it runs at most once a day (SWEEP_STAMP, taken before the sweep, so that runs at the same time
 * do not both sweep). Silent: a sweep that fails is tried again the next day. Returns how many
 * files went.
 */
export async function sweepCache(folder: string, now = Date.now()): Promise<number> {
  const stamp = path.join(folder, SWEEP_STAMP);
  try {
    const last = await stat(stamp).then((s) => s.mtimeMs, () => null);
    if (last !== null && now - last < DAY_MS && last <= now) return 0;
    await writeFile(stamp, '');
    await utimes(stamp, now / 1000, now / 1000);
  } catch {
    return 0;
  }
  let removed = 0;
  const shards = await readdir(folder).catch(() => [] as string[]);
  for (const shard of shards.filter((name) => /^[0-9a-f]{2}$/.test(name))) {
    const names = await readdir(path.join(folder, shard)).catch(() => [] as string[]);
    for (const name of names) {
      const file = path.join(folder, shard, name);
      const temp = name.endsWith('.tmp');
      if (!temp && !name.endsWith('.json')) continue;
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || now - info.mtimeMs <= (temp ? ABANDONED_TEMP_MS : UNUSED_DAYS * DAY_MS)) continue;
      await rm(file, { force: true }).catch(() => {});
      removed++;
    }
  }
  return removed;
}
