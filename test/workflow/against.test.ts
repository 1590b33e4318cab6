import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validReport } from '../helpers/cli.js';
import { cliIn, scratch } from './scratch.js';

const json = async (cwd: string, args: string[], stdin?: string) => {
  const run = await cliIn(cwd, [...args, '--format', 'json'], stdin);
  return { run, report: validReport(run.stdout) };
};
const slots = (report: { findings: { status: string; slot: string }[] }, status = 'contradict') =>
  report.findings.filter((f) => f.status === status).map((f) => f.slot);

describe('checking given files against the archive', () => {
  const dir = scratch();

  it('a draft that contradicts the archive fails, and every finding involves it', async () => {
    const { run, report } = await json(dir, ['contradicts.md', '--against', 'archive']);
    expect(run.code).toBe(1);
    expect(slots(report)).toEqual(['casualty.killed']);
    expect(report.documents.map((d) => d.id)).toEqual(['archive/river-post.md', 'archive/valley-news.md', 'contradicts.md']);
    for (const f of report.findings) expect(f.values.flatMap((v) => v.documents)).toContain('contradicts.md');
  });

  it('a draft that agrees with it passes', async () => {
    const { run, report } = await json(dir, ['agrees.md', '--against', 'archive/']);
    expect(run.code).toBe(0);
    expect(slots(report, 'agree')).toContain('casualty.killed');
  });

  it('a contradiction inside the archive that the given file has no part in is neither reported nor counted', async () => {
    const inside = scratch();
    writeFileSync(path.join(inside, 'archive/metro.md'), readFileSync(path.join(inside, 'contradicts.md')));
    const { run, report } = await json(inside, ['injured-only.md', '--against', 'archive']);
    expect(run.code).toBe(0);
    expect(report.findings.some((f) => f.slot === 'casualty.killed')).toBe(false);
    expect(report.summary.contradict).toBe(0);
    // Without --against the archive's own contradiction fails the run.
    expect((await cliIn(inside, ['archive'])).code).toBe(1);
  });

  it('the archive can come from the settings, as a pre-commit hook passing only file names needs', async () => {
    const withSettings = scratch({ 'claimcheck.config.json': JSON.stringify({ archive: ['archive'] }) });
    expect((await cliIn(withSettings, ['contradicts.md'])).code).toBe(1);
    expect((await cliIn(withSettings, ['agrees.md'])).code).toBe(0);
    expect((await cliIn(withSettings, ['contradicts.md', '--no-config'])).stderr).toMatch(/nothing to compare/);
  });

  it('files given alone are compared with each other', async () => {
    const { run, report } = await json(dir, ['contradicts.md', 'agrees.md']);
    expect(run.code).toBe(1);
    expect(slots(report)).toEqual(['casualty.killed']);
  });

  it('a single file says it had nothing to compare with', async () => {
    const run = await cliIn(dir, ['contradicts.md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/only one article \(contradicts\.md\): nothing to compare it with/);
  });

  it('- reads one article from standard input, named by --stdin-name', async () => {
    const text = readFileSync(path.join(dir, 'contradicts.md'), 'utf8');
    const { run, report } = await json(dir, ['-', '--stdin-name', 'drafts/new.md', '--against', 'archive'], text);
    expect(run.code).toBe(1);
    expect(report.documents.map((d) => d.id)).toEqual(['archive/river-post.md', 'archive/valley-news.md', 'drafts/new.md']);
    expect(report.claims.some((c) => c.document === 'drafts/new.md' && c.kind === 'casualty' && c.span.line === 6)).toBe(true);
  });

  it('paths in annotations and evidence lines are relative to the working directory', async () => {
    const run = await cliIn(path.dirname(dir), [`${path.basename(dir)}/contradicts.md`, '--against', `${path.basename(dir)}/archive`, '--format', 'github']);
    expect(run.stdout).toContain(`file=${path.basename(dir)}/archive/river-post.md,`);
    const pretty = await cliIn(path.dirname(dir), [path.join(path.basename(dir), 'archive'), '--verbose']);
    expect(pretty.stdout).toMatch(new RegExp(`\\n {8}${path.basename(dir)}/archive/(river-post|valley-news)\\.md:\\d+ “`));
  });
});
