import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, type CliIO } from '../../src/cli.js';
import type { CliRun } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

export const WORKFLOW = path.resolve(__dirname, '../../fixtures/workflow');

/**
 * A scratch folder laid out as a newsroom repository: archive/ with two published reports,
 * and the composed drafts beside it (contradicts.md, agrees.md, injured-only.md).
 */
export function scratch(files: Record<string, string> = {}): string {
  const dir = tempDir('workflow');
  cpSync(WORKFLOW, dir, { recursive: true });
  // A repository root: the search for settings stops here, whatever lies in the temp folder above.
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/**
 * Runs `run` (runCli, or runWarm, which declines with null) in-process from `cwd`, with what it
 * writes captured; `io` overrides the plain non-terminal defaults.
 */
export async function captureIn<C extends number | null>(
  run: (args: string[], io: CliIO) => Promise<C>,
  cwd: string,
  args: string[],
  io: Partial<CliIO> = {},
): Promise<{ code: C; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    env: {},
    cwd,
    ...io,
  });
  return { code, stdout, stderr };
}

/** Runs the CLI in-process from `cwd`, with standard input when given. */
export function cliIn(cwd: string, args: string[], stdin?: string): Promise<CliRun> {
  return captureIn(runCli, cwd, args, { readStdin: async () => new TextEncoder().encode(stdin ?? '') });
}
