import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, validReport } from './helpers/cli.js';

// Golden CLI cases: every folder under fixtures/ with a case.json is one case. Beside the
// articles it keeps the expected pretty (no colour) and JSON output. Regenerate them with
//   npm run golden:update     (UPDATE_GOLDEN=1 vitest run test/golden.test.ts)
// and review the diff before committing.
const FIXTURES = path.resolve(__dirname, '../fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface GoldenCase {
  description: string;
  args?: string[];
  exit: number;
}

const cases = readdirSync(FIXTURES)
  .filter((name) => statSync(path.join(FIXTURES, name)).isDirectory() && existsSync(path.join(FIXTURES, name, 'case.json')))
  .sort();

describe('golden CLI cases', () => {
  it('there are golden cases', () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    const dir = path.join(FIXTURES, name);
    const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8')) as GoldenCase;
    const args = [`fixtures/${name}`, ...(spec.args ?? [])];

    for (const format of ['pretty', 'json'] as const) {
      it(`${name} (${format}): ${spec.description}`, async () => {
        const run = await cli([...args, '--format', format, '--no-color']);
        expect(run.code, run.stderr).toBe(spec.exit);
        if (format === 'json') validReport(run.stdout);
        const file = path.join(dir, `expected.${format}`);
        if (UPDATE) writeFileSync(file, run.stdout);
        expect(existsSync(file), `missing ${file}: run npm run golden:update`).toBe(true);
        expect(run.stdout).toBe(readFileSync(file, 'utf8'));
      });
    }
  }
});
