import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boilerplateRules, cleanBoilerplate } from '../../src/ingest/boilerplate.js';
import { decode } from '../../src/ingest/decode.js';
import { readFrontMatter } from '../../src/ingest/front-matter.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import { cli, validReport } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it.each([
    ['UTF-8', bytes('Café in Zürich'), 'Café in Zürich', null],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Hello')]), 'Hello', null],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x48, 0, 0x69, 0]), 'Hi', null],
    ['Windows-1252', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]), 'Café “q”', 'not valid UTF-8: read as Windows-1252'],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), null, 'not a text file (binary content): skipped'],
  ])('%s', (_name, input, text, warning) => {
    expect(decode(input)).toEqual({ text, warning });
  });
});

describe('front matter', () => {
  it('reads title, source, url and published; the body starts after it', () => {
    const text = '---\ntitle: "A: title"\nsource: AP\nurl: https://x.test/a\npublished: 2015-08-14\n---\nBody line.';
    const fm = readFrontMatter(text);
    expect(fm).toMatchObject({ title: 'A: title', source: 'AP', url: 'https://x.test/a', published: '2015-08-14' });
    expect(text.slice(fm.bodyStart)).toBe('Body line.');
  });

  it('takes `date` when there is no `published`, and warns on a date that is not ISO', () => {
    expect(readFrontMatter('---\ndate: 2024-10-26T08:00:00Z\n---\nx').published).toBe('2024-10-26');
    const bad = readFrontMatter('---\npublished: last Tuesday\n---\nx');
    expect(bad.published).toBeNull();
    expect(bad.warnings[0]).toMatch(/not an ISO date/);
  });

  it('leaves a text without front matter alone', () => {
    expect(readFrontMatter('No front matter here.\n---\n').bodyStart).toBe(0);
  });
});

describe('boilerplate', () => {
  it.each(boilerplateRules.map((r) => [r.id, r.example]))('%s blanks "%s"', (_id, example) => {
    const text = `Police said two men were hurt.\n${example}\nThe end.`;
    const clean = cleanBoilerplate(text, 0);
    expect(clean.length).toBe(text.length);
    expect(clean).toBe(`Police said two men were hurt.\n${' '.repeat(example.length)}\nThe end.`);
  });

  it('keeps ordinary sentences that mention sharing or copyright', () => {
    const text = 'The family will share a statement later.\nHe said the copyright dispute is settled.';
    expect(cleanBoilerplate(text, 0)).toBe(text);
  });

  it('blanks the front matter but keeps offsets, and the headline readable', () => {
    const text = '---\ntitle: "4 shot, 2 fatally"\npublished: 2017-03-10\n---\nBody.';
    const clean = cleanBoilerplate(text, text.indexOf('Body.'));
    expect(clean.length).toBe(text.length);
    expect(clean.replace(/ +/g, ' ')).toBe(' \n 4 shot, 2 fatally \n \n \nBody.');
    expect(text.slice(clean.indexOf('4 shot'), clean.indexOf('4 shot') + 17)).toBe('4 shot, 2 fatally');
  });
});

describe('ingestDocument', () => {
  it('warns about an empty file', () => {
    expect(ingestDocument('a.txt', new Uint8Array()).warnings).toContain('empty file: nothing to check');
  });

  it('checks only the first part of a huge file, with a warning', () => {
    const doc = ingestDocument('big.txt', bytes('é'.repeat(600)), { maxBytes: 1001 });
    expect(doc.text).toBe('é'.repeat(500));
    expect(doc.warnings[0]).toMatch(/larger than/);
  });

  it('uses the --published date only when front matter gives none', () => {
    expect(ingestDocument('a.txt', bytes('Text.'), { published: '2025-01-02' }).published).toBe('2025-01-02');
    expect(ingestDocument('a.txt', bytes('---\npublished: 2024-05-06\n---\nText.'), { published: '2025-01-02' }).published).toBe('2024-05-06');
  });
});

describe('bad input through the CLI', () => {
  it('empty, binary and Windows-1252 files get one warning each; the good article is still checked', async () => {
    const run = await cli(['fixtures/bad-input', '--format', 'json']);
    const report = validReport(run.stdout);
    const warnings = Object.fromEntries(report.documents.map((d) => [d.id, d.warnings.filter((w) => !/^no publication/.test(w))]));
    expect(warnings).toEqual({
      'article.txt': [],
      'binary.txt': ['not a text file (binary content): skipped'],
      'empty.txt': ['empty file: nothing to check'],
      'latin1.txt': ['not valid UTF-8: read as Windows-1252'],
    });
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(3);
    expect(report.claims.some((c) => c.document === 'article.txt')).toBe(true);
    expect(report.claims.find((c) => c.document === 'latin1.txt' && c.kind === 'person')?.text).toBe('José Muñoz');
  });

  it('a huge file is checked in part, with a warning, and no stack trace', async () => {
    const dir = tempDir('ingest');
    writeFileSync(path.join(dir, 'huge.txt'), 'Police said two people were injured in the crash on Friday. '.repeat(40000));
    const run = await cli([dir, '--format', 'json', '--max-file-size', '200KB']);
    const report = validReport(run.stdout);
    expect(report.documents[0]!.warnings.some((w) => /larger than 200 KiB/.test(w))).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
