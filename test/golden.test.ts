import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/report/build-report.js';
import { plainPalette } from '../src/report/formatters/formatter.js';
import { formatterNamed } from '../src/report/formatters/index.js';
import { cli, validReport } from './helpers/cli.js';

// Golden CLI cases: every folder under fixtures/ with a case.json is one case. Beside the
// articles it keeps the expected output of each format, one file per format
// (expected.pretty, expected.json, expected.markdown.golden, …). Regenerate them with
//   npm run golden:update     (UPDATE_GOLDEN=1 vitest run test/golden.test.ts)
// and review the diff before committing.
const FIXTURES = path.resolve(__dirname, '../fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Formats run through the whole CLI, once each per case. */
const CLI_FORMATS = ['pretty', 'json'] as const;
/**
 * Formats rendered from the case's JSON report by the formatter itself, with the options the
 * CLI gives (test/cli.test.ts checks the CLI prints the same): one pipeline run per case, not
 * one per format, keeps the suite fast.
 */
const REPORT_FORMATS = ['github', 'html', 'markdown', 'ndjson', 'sarif'] as const;

/**
 * Each format's expected file. Those of formats that are also article types (Markdown, HTML)
 * end in .golden, or claimcheck would read them as articles of the case.
 */
const expectedFile = (format: string) => (format === 'markdown' || format === 'html' ? `expected.${format}.golden` : `expected.${format}`);

interface GoldenCase {
  description: string;
  args?: string[];
  exit: number;
}

const cases = readdirSync(FIXTURES)
  .filter((name) => statSync(path.join(FIXTURES, name)).isDirectory() && existsSync(path.join(FIXTURES, name, 'case.json')))
  .sort();

function expectGolden(dir: string, format: string, text: string): void {
  const file = path.join(dir, expectedFile(format));
  if (UPDATE) writeFileSync(file, text);
  expect(existsSync(file), `missing ${file}: run npm run golden:update`).toBe(true);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('golden CLI cases', () => {
  it('there are golden cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    const dir = path.join(FIXTURES, name);
    const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as GoldenCase;
    const args = [`fixtures/${name}`, ...(spec.args ?? [])];

    describe(name, () => {
      // The JSON run serves its own golden and the formats rendered from its report: one run.
      let jsonRun: ReturnType<typeof cli> | undefined;
      const runOf = (format: string) => (format === 'json' ? (jsonRun ??= cli([...args, '--format', 'json', '--no-color'])) : cli([...args, '--format', format, '--no-color']));

      for (const format of CLI_FORMATS) {
        it(`${name} (${format}): ${spec.description}`, async () => {
          const run = await runOf(format);
          expect(run.code, run.stderr).toBe(spec.exit);
          if (format === 'json') validReport(run.stdout);
          expectGolden(dir, format, run.stdout);
        });
      }

      for (const format of REPORT_FORMATS) {
        it(`${name} (${format})`, async () => {
          const report = JSON.parse((await runOf('json')).stdout) as Report;
          // Document ids are relative to the case folder; the CLI prints paths from the repository root.
          const paths = Object.fromEntries(report.documents.map((d) => [d.id, `fixtures/${name}/${d.id}`]));
          const text = formatterNamed(format)!.format(report, { palette: plainPalette, verbose: false, accepted: new Set(), paths });
          expectGolden(dir, format, text);
        });
      }
    });
  }
});
