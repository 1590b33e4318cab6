import Ajv2020 from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifFormatter } from '../../src/report/formatters/sarif.js';
import { formatOptions, sampleReport } from '../helpers/sample-report.js';

// The vendored SARIF 2.1.0 schema (see sarif/README.md), with the string formats it uses
// checked too, so a path that is no URI reference fails.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => !/[\s\\]/.test(s) && URL.canParse(s, 'file:///'));
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(JSON.parse(readFileSync(new URL('./sarif/sarif-2.1.0.schema.json', import.meta.url), 'utf8')));

function validSarif(text: string) {
  const log = JSON.parse(text);
  if (!validate(log)) throw new Error(`not valid SARIF 2.1.0: ${ajv.errorsText(validate.errors)}`);
  return log;
}

const FIXTURES = path.resolve(__dirname, '../../fixtures');

describe('sarif formatter', () => {
  const log = validSarif(sarifFormatter.format(sampleReport(), formatOptions({ paths: { 'a.md': 'news/a b#1.md', 'b.md': 'news/b.md' } })));
  const run = log.runs[0];

  it('the schema check can fail: a log with a wrong level or version is refused', () => {
    expect(() => validSarif(JSON.stringify({ ...log, version: '2.0.0' }))).toThrow(/not valid SARIF/);
    const bad = structuredClone(log);
    bad.runs[0].results[0].level = 'fatal';
    expect(() => validSarif(JSON.stringify(bad))).toThrow(/not valid SARIF/);
  });

  it('has one rule per kind of contradicting finding, each result pointing at its rule', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['casualty', 'date']);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('has a result per contradicting claim, located at its span', () => {
    expect(run.results.map((r: { properties: { claim: string } }) => r.properties.claim)).toEqual(['a.md#0', 'b.md#0', 'a.md#1', 'b.md#1']);
    const first = run.results[0];
    expect(first.level).toBe('error');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'news/a%20b%231.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 7, charOffset: 40, charLength: 4, snippet: { text: 'four' } },
    });
    expect(first.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('news/b.md');
  });

  it('lowers an accepted finding to a note', () => {
    const accepted = validSarif(sarifFormatter.format(sampleReport(), formatOptions({ accepted: new Set(['F2']) })));
    expect(accepted.runs[0].results.filter((r: { level: string }) => r.level === 'note')).toHaveLength(2);
  });

  it('every golden case’s SARIF is valid SARIF 2.1.0', () => {
    const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('expected.sarif'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) validSarif(readFileSync(path.join(FIXTURES, file), 'utf8'));
  });

  it('a case’s SARIF has its results on the contradicting claims (the CLI prints this golden: test/cli-formats.test.ts)', () => {
    const results = validSarif(readFileSync(path.join(FIXTURES, 'weekday-resolved/expected.sarif'), 'utf8')).runs[0].results;
    expect(results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; snippet: { text: string } } } }[] }) =>
      `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine} ${r.locations[0]!.physicalLocation.region.snippet.text}`))
      .toContain('fixtures/weekday-resolved/c-radio.md:6 Wednesday');
  });
});
