import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { runCli } from '../../src/cli.js';
import type { CliRun } from '../helpers/cli.js';

export const WORKFLOW = path.resolve(__dirname, '../../fixtures/workflow');

/**
 * A scratch folder laid out as a newsroom repository: archive/ with two published reports,
 * and the composed drafts beside it (contradicts.md, agrees.md, injured-only.md).
 */
const made: string[] = [];
// Registered in the file that imports this module: its scratch folders go when it ends.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function scratch(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-workflow-'));
  made.push(dir);
  cpSync(WORKFLOW, dir, { recursive: true });
  // A repository root: the search for settings stops here, whatever lies in the temp folder above.
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Runs the CLI in-process from `cwd`, with standard input when given. */
export async function cliIn(cwd: string, args: string[], stdin?: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
    cwd,
    readStdin: async () => new TextEncoder().encode(stdin ?? ''),
  });
  return { code, stdout, stderr };
}
