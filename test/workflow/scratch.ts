import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli.js';
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
