import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { safeJson, visible, visibleData } from '../../src/util/sanitize.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { cli, validReport } from '../helpers/cli.js';

const tmp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-inject-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};
// ESC (CSI, OSC 8 link), BEL, the 8-bit CSI (U+009B) and a bidi override.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = '\u001b[2J\u001b]8;;https://evil.test\u0007click\u001b]8;;\u0007\u009b31m\u202e';

function hostileFolder(): string {
  const dir = tmp();
  const article = (source: string, toll: string) =>
    `---\ntitle: "Gunman ${HOSTILE} kills people"\nsource: "Outlet ${HOSTILE}"\npublished: 2025-03-05\n---\n` +
    `A gunman killed ${toll} people in Springfield on Monday, police said. "We are ${HOSTILE} afraid," said Mayor John Smith.\n`;
  writeFileSync(path.join(dir, 'a.md'), article('A', 'three'));
  writeFileSync(path.join(dir, `b\u001b[31m.md`), article('B', 'five'));
  // A file name that would start a workflow command on a line of its own.
  // Its front matter is never closed, so a warning names the file.
  writeFileSync(path.join(dir, 'c\n::error::pwned.md'), '---\ntitle: "::error::yaml"\nA gunman killed four people in Springfield.\n');
  return dir;
}

describe('sanitizer', () => {
  it.each([
    ['\u001b[2J', '\\u001b[2J'],
    ['bell\u0007', 'bell\\u0007'],
    ['\u009b31m', '\\u009b31m'],
    ['line\nbreak\r', 'line\\u000abreak\\u000d'],
    ['tab\tkept é “quoted” 日本', 'tab\tkept é “quoted” 日本'],
    ['\u202eevil', '\\u202eevil'],
  ])('visible(%j)', (input, output) => {
    expect(visible(input)).toBe(output);
  });

  it('keeps a "__proto__" key as data', () => {
    const data = visibleData(JSON.parse('{"__proto__": {"polluted": "\\u001b"}}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('JSON escapes C1 and bidi characters and parses back to the same data', () => {
    const data = { s: `a\u009bb\u2028c\u202ed\u001b` };
    const json = safeJson(JSON.stringify(data));
    expect(json).not.toMatch(RAW);
    expect(json).toContain('\\u001b');
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('no injection through articles, titles, file names or YAML messages', () => {
  it.each(['pretty', 'github', 'json', 'markdown', 'html', 'ndjson', 'sarif'])('%s output and stderr carry no raw control character', async (format) => {
    const dir = hostileFolder();
    const run = await cli([dir, '--format', format, '--verbose'], {}, false);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stderr).not.toMatch(RAW);
    // No line claimcheck prints starts a workflow command but its own annotations.
    for (const line of `${run.stdout}${run.stderr}`.split('\n')) {
      if (line.startsWith('::')) expect(line).toMatch(/^::(error|warning|notice) (file=|title=)/);
      expect(line).not.toMatch(/^::error::/);
    }
    if (format === 'json') {
      const report = validReport(run.stdout);
      expect(report.documents.map((d) => d.title)).toContain(`Gunman ${HOSTILE} kills people`);
      expect(run.stdout).toContain('\\u001b[2J');
    }
    if (format === 'github') {
      // GitHub's rules: %, CR and LF escaped in messages, also ':' and ',' in properties.
      expect(run.stdout).toContain('file=');
      for (const line of run.stdout.trimEnd().split('\n')) {
        const [, props] = /^::\w+ (.*?)::/.exec(line) ?? [];
        expect(props).toBeDefined();
        for (const prop of props!.split(',')) expect(prop).toMatch(/^(file|line|col|title)=[^:,]*$/);
      }
    }
    expect(run.stderr).toContain('c\\u000a::error::pwned.md');
  });

  it('a warning quotes file content shortened and escaped', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'a.md'), `---\npublished: "${'x'.repeat(5000)}\\u001b"\n---\nA gunman killed three people.\n`);
    const run = await cli([dir]);
    const line = run.stderr.split('\n').find((l) => /not an ISO date/.test(l))!;
    expect(line.length).toBeLessThan(200);
    expect(run.stderr).not.toMatch(RAW);
  });
});

describe('an extractor that fails', () => {
  it('is a warning on stderr and in the report, and the other claims are kept', async () => {
    const { extractors } = await import('../../src/extract/index.js');
    const failing = { kind: 'role' as const, rules: [], extract: () => { throw new TypeError('tags.split is not a function\n    at x'); } };
    extractors.push(failing);
    try {
      const dir = tmp();
      writeFileSync(path.join(dir, 'a.txt'), 'A gunman killed three people in Springfield on Monday, police said.\n');
      const run = await cli([dir, '--format', 'json']);
      expect(run.stderr).toContain('claimcheck: warning: a.txt: role extraction failed: tags.split is not a function\n');
      const report = validReport(run.stdout);
      expect(report.documents[0]!.warnings).toContain('role extraction failed: tags.split is not a function');
      expect(report.claims.some((c) => c.kind === 'casualty')).toBe(true);
    } finally {
      extractors.splice(extractors.indexOf(failing), 1);
    }
  });
});

describe('writes', () => {
  it('a baseline is written whole through a temporary file, leaving no temporary file behind', async () => {
    const dir = tmp();
    const target = path.join(dir, 'baseline.json');
    writeFileSync(target, 'previous');
    await writeFileAtomic(target, 'new content\n');
    expect(readFileSync(target, 'utf8')).toBe('new content\n');
    expect(readdirSync(dir)).toEqual(['baseline.json']);
  });

  it('pieces of text (a generator) are written whole, past the megabyte it writes at a time', async () => {
    const dir = tmp();
    const target = path.join(dir, 'entry.ndjson');
    const line = `${'x'.repeat(999)}\n`;
    function* lines() {
      for (let i = 0; i < 1500; i++) yield line;
    }
    await writeFileAtomic(target, lines());
    expect(readFileSync(target, 'utf8')).toBe(line.repeat(1500));
    expect(readdirSync(dir)).toEqual(['entry.ndjson']);
  });

  it('pieces of bytes and of text, non-ASCII among them, are written as they are, in order', async () => {
    const dir = tmp();
    const target = path.join(dir, 'entry.ndjson');
    const text = `${'“quoted” é '.repeat(40_000)}\n`;
    function* pieces() {
      for (let i = 0; i < 6; i++) yield i % 2 ? Buffer.from(`${i}${text}`) : `${i}${text}`;
    }
    await writeFileAtomic(target, pieces());
    expect(readFileSync(target, 'utf8')).toBe([0, 1, 2, 3, 4, 5].map((i) => `${i}${text}`).join(''));
  });

  it('a failed write leaves the previous file intact', async () => {
    const dir = tmp();
    const target = path.join(dir, 'baseline.json');
    writeFileSync(target, 'previous');
    // A string the file system cannot take as a name makes the temporary file fail.
    await expect(writeFileAtomic(path.join(dir, 'x'.repeat(300)), 'new')).rejects.toThrow(/cannot write .*ENAMETOOLONG/);
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['baseline.json']);
  });

  it.runIf(existsSync('/dev/full'))('a full disk on stdout is exit 2 with one line, not success', async () => {
    const { spawnSync } = await import('node:child_process');
    const { openSync } = await import('node:fs');
    const root = path.resolve(import.meta.dirname, '../..');
    const run = spawnSync(process.execPath, [path.join(root, 'bin/claimcheck.js'), path.join(root, 'fixtures/seeds'), '--format', 'json'], {
      stdio: ['ignore', openSync('/dev/full', 'w'), 'pipe'], encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n').pop()).toBe('claimcheck: cannot write the report: ENOSPC');
  });

  it('a reader that goes away (EPIPE) ends the run quietly', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = path.resolve(import.meta.dirname, '../..');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${path.join(root, 'bin/claimcheck.js')}" "${path.join(root, 'fixtures/seeds')}" --format json | head -c 1`], { encoding: 'utf8' });
    expect(run.stdout).toBe('{');
    expect(run.stderr).toBe('');
  });
});
