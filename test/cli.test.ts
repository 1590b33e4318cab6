import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, validReport } from './helpers/cli.js';
import { tempDir } from './helpers/temp-dir.js';

const tmp = () => tempDir('cli');
const oneLine = (s: string) => s.trimEnd().split('\n').length === 1 && !/\n\s+at /.test(s);

describe('claimcheck CLI: usage and input errors', () => {
  it('prints the version', async () => {
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('0.1.0');
  });

  it('prints help with examples and exit codes', async () => {
    const run = await cli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('--fail-on');
    expect(run.stdout).toContain('Exit codes');
  });

  it.each([
    [['does/not/exist'], /no such file or folder: does\/not\/exist/],
    [[], /missing required argument/],
    [['fixtures/seeds', '--format', 'xml'], /argument 'xml' is invalid/],
    [['fixtures/seeds', '--fail-on', 'sometimes'], /invalid/],
    [['fixtures/seeds', '--published', '15/03/2025'], /--published takes a date as YYYY-MM-DD/],
    [['fixtures/seeds', '--baseline', 'no-such-baseline.json'], /cannot read baseline no-such-baseline.json: ENOENT/],
    // commander's suggestion comes on a second line; it is part of the one line, not an escaped break
    [['fixtures/seeds', '--no-cache'], /^claimcheck: unknown option '--no-cache' \(Did you mean --cache\?\) \(see claimcheck --help\)\n$/],
  ])('%j exits 2 with a one-line message', async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(oneLine(run.stderr)).toBe(true);
  });

  it('an empty folder is an error', async () => {
    const run = await cli([tmp()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no articles \(\*\.txt, \*\.md, \*\.markdown, \*\.html\) found/);
    expect(oneLine(run.stderr)).toBe(true);
  });

  it('a folder with no articles is an error', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'notes.docx'), 'x');
    mkdirSync(path.join(dir, 'node_modules'));
    writeFileSync(path.join(dir, 'node_modules', 'readme.md'), 'Police said two people were killed.');
    const run = await cli([dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no articles/);
  });

  it('a folder whose only articles are empty is an error', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.txt'), '');
    const run = await cli([dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nothing to check/);
  });

  it('walks folders recursively, skipping dot-folders and node_modules, ids relative and sorted', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'sub'));
    mkdirSync(path.join(dir, '.hidden'));
    writeFileSync(path.join(dir, 'sub', 'b.md'), 'Two people were injured on Friday.');
    writeFileSync(path.join(dir, 'a.markdown'), 'Police said one man was killed.');
    writeFileSync(path.join(dir, '.hidden', 'c.txt'), 'Hidden.');
    const report = validReport((await cli([dir, '--format', 'json'])).stdout);
    expect(report.documents.map((d) => d.id)).toEqual(['a.markdown', 'sub/b.md']);
  });

  it('takes files as given', async () => {
    const report = validReport((await cli(['fixtures/seeds/003_06b4c541cbedfc8d.txt', '--format', 'json'])).stdout);
    expect(report.documents.map((d) => d.id)).toEqual(['003_06b4c541cbedfc8d.txt']);
  });
});

describe('claimcheck CLI: output', () => {
  it('JSON output is byte-identical across runs', async () => {
    const a = await cli(['fixtures/seeds', '--format', 'json']);
    const b = await cli(['fixtures/seeds', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toContain(process.cwd());
  });

  it('colour only on a terminal, never with NO_COLOR or --no-color, forced by FORCE_COLOR', async () => {
    const esc = '\u001b[';
    expect((await cli(['fixtures/seeds'], {}, false)).stdout).not.toContain(esc);
    expect((await cli(['fixtures/seeds'], {}, true)).stdout).toContain(esc);
    expect((await cli(['fixtures/seeds'], { NO_COLOR: '1' }, true)).stdout).not.toContain(esc);
    expect((await cli(['fixtures/seeds', '--no-color'], {}, true)).stdout).not.toContain(esc);
    expect((await cli(['fixtures/seeds'], { FORCE_COLOR: '1' }, false)).stdout).toContain(esc);
  });

  it('the pretty report ends with a summary line', async () => {
    const run = await cli(['fixtures/seeds']);
    // Wrapped at 80 columns off a terminal: the summary starts its own line, ends the report.
    expect(run.stdout).toMatch(/^Summary: 4 documents, \d+ events?, \d+ claims[^]*single\n$/m);
  });

  it('github format writes workflow annotations on the evidence line', async () => {
    const run = await cli(['fixtures/seeds-conflict', '--format', 'github']);
    expect(run.stdout).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=claimcheck contradict /m);
  });
});

describe('claimcheck CLI: exit codes and baselines', () => {
  it('exits 1 on a contradiction, 0 with --fail-on never', async () => {
    expect((await cli(['fixtures/seeds-conflict', '--format', 'json'])).code).toBe(1);
    expect((await cli(['fixtures/seeds-conflict', '--format', 'json', '--fail-on', 'never'])).code).toBe(0);
  });

  it('a written baseline accepts the known findings, which then no longer fail', async () => {
    const file = path.join(tmp(), 'baseline.json');
    const write = await cli(['fixtures/seeds-conflict', '--format', 'json', '--write-baseline', file]);
    expect(write.code).toBe(0);
    const baseline = JSON.parse(readFileSync(file, 'utf8'));
    expect(baseline.accepted.length).toBeGreaterThan(0);
    const run = await cli(['fixtures/seeds-conflict', '--baseline', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('accepted in baseline');
  });

  it('a baseline file that is not one is a one-line error', async () => {
    const file = path.join(tmp(), 'baseline.json');
    writeFileSync(file, '{"hello": 1}');
    const run = await cli(['fixtures/seeds', '--baseline', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a claimcheck baseline file/);
  });
});

describe('claimcheck CLI: configuration', () => {
  it('adds organization names from a config file', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.txt'), 'Fighters of the Hayat Tahrir al-Sham group attacked the town. HTS said two fighters were killed.');
    const config = path.join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ organizations: { 'Hayat Tahrir al-Sham': ['HTS', 'Hayat Tahrir al-Sham group'] } }));
    const report = validReport((await cli([dir, '--format', 'json', '--config', config])).stdout);
    const names = report.claims.filter((c) => c.kind === 'organization').map((c) => (c.value as { name: string }).name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(['Hayat Tahrir al-Sham']));
  });

  it('a config file of the wrong shape is a one-line error', async () => {
    const config = path.join(tmp(), 'config.json');
    writeFileSync(config, JSON.stringify({ organizations: { ISIS: 'IS' } }));
    const run = await cli(['fixtures/seeds', '--config', config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"organizations" must be \{"Canonical name": \["other spelling", …\]\}/);
    expect(oneLine(run.stderr)).toBe(true);
  });
});
