import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli.js';
import type { Report } from '../../src/report/build-report.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as bin/claimcheck.js would, with output captured. */
export async function cli(args: string[], env: Record<string, string | undefined> = {}, isTTY = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY,
    env,
  });
  return { code, stdout, stderr };
}

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')));

/** Parses a JSON report and checks it against schema/report.schema.json. */
export function validReport(json: string): Report {
  const report = JSON.parse(json) as Report;
  if (!validate(report)) throw new Error(`report does not match the schema: ${ajv.errorsText(validate.errors)}`);
  return report;
}

/** The JSON report of a folder, validated against the schema. */
export async function reportOf(...args: string[]): Promise<{ report: Report; run: CliRun }> {
  const run = await cli([...args, '--format', 'json']);
  return { report: validReport(run.stdout), run };
}
