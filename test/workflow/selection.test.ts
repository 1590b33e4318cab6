import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validReport } from '../helpers/cli.js';
import { cliIn, scratch } from './scratch.js';

const ids = async (cwd: string, args: string[]) => {
  const run = await cliIn(cwd, [...args, '--format', 'json', '--verbose']);
  expect(run.code, run.stderr).not.toBe(2);
  return { ids: validReport(run.stdout).documents.map((d) => d.id), stderr: run.stderr };
};

describe('which files a run checks', () => {
  it('globs on the command line', async () => {
    const dir = scratch({ 'archive/2025/old.md': 'Nothing happened.' });
    expect((await ids(dir, ['archive/**/*.md'])).ids).toEqual(['archive/2025/old.md', 'archive/river-post.md', 'archive/valley-news.md']);
    expect((await ids(dir, ['*.md'])).ids).toEqual(['agrees.md', 'contradicts.md', 'injured-only.md']);
    const none = await cliIn(dir, ['drafts/*.md']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no such folder: drafts/);
  });

  it('.claimcheckignore (gitignore syntax) beside the settings', async () => {
    const dir = scratch({ '.claimcheckignore': '# not articles\ninjured-*.md\n/agrees.md\n' });
    const { ids: found, stderr } = await ids(dir, ['.']);
    expect(found).toEqual(['archive/river-post.md', 'archive/valley-news.md', 'contradicts.md']);
    expect(stderr).toMatch(/skipped agrees\.md: ignored by \.claimcheckignore/);
    const alone = await cliIn(dir, ['agrees.md', '--against', 'archive']);
    expect(alone.code).toBe(0);
    expect(alone.stderr).toMatch(/none of agrees\.md is an article to check \(all excluded or ignored\)/);
  });

  it('include and exclude globs of the settings', async () => {
    const dir = scratch({ 'claimcheck.config.json': JSON.stringify({ include: ['archive/**'], exclude: ['**/valley-*'] }) });
    const { ids: found, stderr } = await ids(dir, ['.']);
    expect(found).toEqual(['archive/river-post.md']);
    expect(stderr).toMatch(/skipped archive\/valley-news\.md: excluded by the settings' "exclude"/);
    expect(stderr).toMatch(/skipped agrees\.md: not in the settings' "include"/);
    // A file named on the command line is checked even outside "include".
    expect((await ids(dir, ['agrees.md', 'archive/river-post.md'])).ids).toEqual(['agrees.md', 'archive/river-post.md']);
  });

  it('"include" picks files out of the folders given, never out of the archive; settings are found from a glob\'s folder', async () => {
    const dir = scratch({ 'drafts/claimcheck.config.json': JSON.stringify({ include: ['**/new*.md'], archive: ['../archive'] }) });
    writeFileSync(path.join(dir, 'drafts/new.md'), readFileSync(path.join(dir, 'contradicts.md')));
    writeFileSync(path.join(dir, 'drafts/other.md'), readFileSync(path.join(dir, 'agrees.md')));
    const run = await cliIn(dir, ['drafts', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(validReport(run.stdout).documents.map((d) => d.id)).toEqual(['archive/river-post.md', 'archive/valley-news.md', 'drafts/new.md']);
    expect((await cliIn(dir, ['drafts/*.md'])).code).toBe(1);
  });

  it('a file of another extension is listed with --verbose', async () => {
    const dir = scratch({ 'notes.docx': 'x' });
    const { stderr } = await ids(dir, ['.']);
    expect(stderr).toMatch(/skipped notes\.docx: not an article/);
    expect((await cliIn(dir, ['.'])).stderr).not.toMatch(/notes\.docx/);
  });
});

describe('inline suppression', () => {
  it.each([
    ['a disable comment', (text: string) => `${text}\n<!-- claimcheck-disable casualty -->\n`],
    ['a front-matter key', (text: string) => text.replace('source: Metro Daily', 'source: Metro Daily\nclaimcheck-disable: [casualty]')],
  ])('%s leaves the article\'s claims of that kind out, reported as suppressed', async (_, edit) => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'contradicts.md'), edit(readFileSync(path.join(dir, 'contradicts.md'), 'utf8')));
    const run = await cliIn(dir, ['contradicts.md', '--against', 'archive', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = validReport(run.stdout);
    const doc = report.documents.find((d) => d.id === 'contradicts.md')!;
    expect(doc.suppressed?.casualty).toBeGreaterThan(0);
    expect(doc.warnings.join()).toMatch(/suppressed by claimcheck-disable: \d+ casualty claim/);
    expect(report.claims.some((c) => c.document === 'contradicts.md' && c.kind === 'casualty')).toBe(false);
    expect(report.claims.some((c) => c.document === 'contradicts.md' && c.kind === 'place')).toBe(true);
  });

  it('an unknown kind is a warning', async () => {
    const dir = scratch({ 'x.md': 'Three people were killed.\n<!-- claimcheck-disable casualties -->\n' });
    expect((await cliIn(dir, ['x.md', 'agrees.md'])).stderr).toMatch(/claimcheck-disable names "casualties", no kind of claim/);
  });
});

describe('baseline through the command line', () => {
  it('an accepted finding passes, carries "accepted": true, and survives an unrelated article', async () => {
    const dir = scratch();
    const write = await cliIn(dir, ['contradicts.md', '--against', 'archive', '--write-baseline', '.claimcheck-baseline.json']);
    expect(write.code).toBe(0);
    const text = readFileSync(path.join(dir, '.claimcheck-baseline.json'), 'utf8');
    expect(text).toMatch(/"documents":\["archive\/river-post\.md","archive\/valley-news\.md"\]/);
    const run = await cliIn(dir, ['contradicts.md', '--against', 'archive', '--baseline', '.claimcheck-baseline.json', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(validReport(run.stdout).findings.filter((f) => f.accepted).map((f) => f.slot)).toEqual(['casualty.killed']);
    writeFileSync(path.join(dir, 'archive/later.md'), readFileSync(path.join(dir, 'injured-only.md')));
    expect((await cliIn(dir, ['contradicts.md', '--against', 'archive', '--baseline', '.claimcheck-baseline.json'])).code).toBe(0);
    // A later article repeating the archive's toll does not reopen the reviewed dispute.
    writeFileSync(path.join(dir, 'archive/lakeside.md'), readFileSync(path.join(dir, 'agrees.md')));
    expect((await cliIn(dir, ['contradicts.md', '--against', 'archive', '--baseline', '.claimcheck-baseline.json'])).code).toBe(0);
    // The draft changing its figure again is a new finding.
    writeFileSync(path.join(dir, 'contradicts.md'), readFileSync(path.join(dir, 'contradicts.md'), 'utf8').replace(/Five people/, 'Six people'));
    expect((await cliIn(dir, ['contradicts.md', '--against', 'archive', '--baseline', '.claimcheck-baseline.json'])).code).toBe(1);
  });

  it('the settings name the baseline; --write-baseline with no file writes it; pretty output shows accepted findings apart', async () => {
    const dir = scratch({ 'claimcheck.config.json': JSON.stringify({ archive: ['archive'], baseline: 'baseline.json' }) });
    expect((await cliIn(dir, ['contradicts.md'])).code).toBe(1);
    const write = await cliIn(dir, ['contradicts.md', '--write-baseline']);
    expect(write.stderr).toMatch(/wrote baseline\.json/);
    const run = await cliIn(dir, ['contradicts.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Accepted in the baseline \(1\)\n.*number killed disputed/);
    expect(run.stdout).not.toMatch(/Contradictions/);
  });
});
