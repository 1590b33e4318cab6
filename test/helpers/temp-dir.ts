import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const made: string[] = [];

/**
 * A fresh folder under the system temp folder, removed when the test file that made it ends.
 * Test files share modules (`isolate: false`), so an `afterAll` registered in a shared helper
 * would run for the first file only: the removal is registered once per file by
 * test/setup/remove-temp-dirs.ts instead.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `claimcheck-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder made by tempDir so far; returns how many. */
export function removeTempDirs(): number {
  const dirs = made.splice(0);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  return dirs.length;
}
