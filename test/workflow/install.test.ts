import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKFLOW } from './scratch.js';

// The package as a newsroom installs it: packed from the dist/ that `npm test` built (pretest),
// installed into a scratch repository from the npm cache (offline), run there by its bin, by the
// README's library example, and by the README's plain git pre-commit hook in real commits.
const ROOT = path.resolve(__dirname, '../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The README code block whose first line is `first`. */
function readmeBlock(first: string): string {
  const block = [...README.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.split('\n').some((l) => l.trim() === first));
  if (!block) throw new Error(`no README block with the line ${first}`);
  return block;
}

let work: string;
let repo: string;
const run = (cmd: string, args: string[], options: SpawnSyncOptions = {}) => {
  const r = spawnSync(cmd, args, { cwd: repo, encoding: 'utf8', timeout: 90_000, ...options });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr), out: `${r.stdout}${r.stderr}` };
};

/**
 * A lockfile for the scratch repository made from ours: the same versions and integrity hashes,
 * so `npm ci --offline` installs claimcheck's dependencies from the npm cache `npm ci` filled.
 */
function consumerLock(tarball: string): object {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const own = lock.packages[''];
  const packages: Record<string, object> = {
    '': { name: 'newsroom', devDependencies: { claimcheck: `file:${tarball}` } },
    'node_modules/claimcheck': { version: own.version, resolved: `file:${tarball}`, dev: true, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
  };
  for (const [key, entry] of Object.entries<{ dev?: boolean; link?: boolean; version: string; resolved?: string }>(lock.packages)) {
    if (!key || entry.dev || entry.link) continue;
    const name = key.split('node_modules/').pop()!;
    packages[key] = { resolved: entry.resolved ?? `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`, ...entry, dev: true };
  }
  return { name: 'newsroom', lockfileVersion: 3, requires: true, packages };
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) throw new Error('dist/ is missing: run npm run build (npm test does)');
  work = mkdtempSync(path.join(tmpdir(), 'claimcheck-install-'));
  repo = path.join(work, 'newsroom');
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT });
  expect(pack.code, pack.stderr).toBe(0);
  const tarball = path.join(work, JSON.parse(pack.stdout)[0].filename);
  cpSync(path.join(WORKFLOW, 'archive'), path.join(repo, 'archive'), { recursive: true });
  writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'newsroom', private: true, devDependencies: { claimcheck: `file:${tarball}` } }));
  writeFileSync(path.join(repo, 'package-lock.json'), JSON.stringify(consumerLock(tarball)));
  const install = run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts']);
  expect(install.code, install.out).toBe(0);
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('installed from a packed tarball', () => {
  it('ships the compiled files and types, and builds nothing at install time', () => {
    const installed = path.join(repo, 'node_modules/claimcheck');
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
    expect(manifest.scripts.prepare).toBeUndefined();
    expect(manifest.scripts.install ?? manifest.scripts.postinstall).toBeUndefined();
    for (const file of ['dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'bin/claimcheck.js', 'schema/report.schema.json', 'schema/config.schema.json']) {
      expect(existsSync(path.join(installed, file)), file).toBe(true);
    }
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(existsSync(path.join(installed, 'test'))).toBe(false);
  });

  it('its bin checks two articles', () => {
    cpSync(path.join(WORKFLOW, 'contradicts.md'), path.join(repo, 'contradicts.md'));
    cpSync(path.join(WORKFLOW, 'agrees.md'), path.join(repo, 'agrees.md'));
    const r = run(path.join(repo, 'node_modules/.bin/claimcheck'), ['contradicts.md', 'agrees.md', '--no-color']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/number killed disputed/);
  });

  it('the README library example runs, and its types resolve', () => {
    writeFileSync(path.join(repo, 'check-story.mjs'), readmeBlock('// check-story.mjs'));
    const r = run(process.execPath, ['check-story.mjs']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/number killed disputed.*\ndocuments: 2, contradictions: 1\n$/);
    writeFileSync(path.join(repo, 'typed.mts'), [
      "import { check, type Report, type ReportFinding } from 'claimcheck';",
      "const report: Report = await check('agrees.md', { against: ['archive'] });",
      "const open: ReportFinding[] = report.findings.filter((f) => f.status === 'contradict' && !f.accepted);",
      'export const count: number = open.length;',
    ].join('\n'));
    const tsc = run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'typed.mts']);
    expect(tsc.code, tsc.out).toBe(0);
  });
});

describe('a scratch git repository with the README pre-commit hook', () => {
  const git = (...args: string[]) => run('git', args);
  const commit = (message: string) => git('commit', '-q', '-m', message);

  beforeAll(() => {
    writeFileSync(path.join(repo, '.gitignore'), 'node_modules/\n*.tgz\n');
    writeFileSync(path.join(repo, 'claimcheck.config.json'), JSON.stringify({ archive: ['archive'], baseline: '.claimcheck-baseline.json' }));
    for (const args of [['init', '-q'], ['config', 'user.name', 'Desk Test'], ['config', 'user.email', 'desk@example.com'], ['config', 'commit.gpgsign', 'false']]) {
      expect(git(...args).code).toBe(0);
    }
    writeFileSync(path.join(repo, '.git/hooks/pre-commit'), readmeBlock('# .git/hooks/pre-commit (chmod +x): refuse a commit whose articles contradict the archive'));
    chmodSync(path.join(repo, '.git/hooks/pre-commit'), 0o755);
    git('add', '.gitignore', 'claimcheck.config.json', 'package.json', 'package-lock.json', 'archive');
    const first = commit('archive');
    expect(first.code, first.out).toBe(0);
  });

  it('refuses a commit adding an article that contradicts the archive', () => {
    cpSync(path.join(WORKFLOW, 'contradicts.md'), path.join(repo, 'archive/metro.md'));
    git('add', 'archive/metro.md');
    const r = commit('metro');
    expect(r.code).not.toBe(0);
    expect(r.out).toMatch(/number killed disputed/);
    expect(git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(1);
    // The writer takes the article back to fix it.
    git('reset', '-q', 'archive/metro.md');
    renameSync(path.join(repo, 'archive/metro.md'), path.join(repo, 'metro.md'));
  });

  it('lets a clean article through', () => {
    cpSync(path.join(WORKFLOW, 'agrees.md'), path.join(repo, 'archive/lakeside.md'));
    git('add', 'archive/lakeside.md');
    const r = commit('lakeside');
    expect(r.code, r.out).toBe(0);
  });

  it('lets an accepted one through, with its baseline', () => {
    renameSync(path.join(repo, 'metro.md'), path.join(repo, 'archive/metro.md'));
    const accept = run(path.join(repo, 'node_modules/.bin/claimcheck'), ['archive/metro.md', '--write-baseline']);
    expect(accept.code, accept.stderr).toBe(0);
    git('add', 'archive/metro.md', '.claimcheck-baseline.json');
    const r = commit('metro, accepted');
    expect(r.code, r.out).toBe(0);
    expect(git('log', '--oneline').stdout.trim().split('\n')).toHaveLength(3);
  });
});

describe('hook and action definitions', () => {
  it('.pre-commit-hooks.yaml defines the claimcheck hook', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(hooks).toEqual([expect.objectContaining({ id: 'claimcheck', entry: 'claimcheck', language: 'node', pass_filenames: true, files: '\\.(txt|md|markdown|html?)$' })]);
    expect(new RegExp(hooks[0].files).test('archive/a.markdown')).toBe(true);
    // The archive's extractions are reused from one commit to the next.
    expect(hooks[0].args).toEqual(['--cache']);
  });

  it('action.yml is a composite action passing its inputs through the environment', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.at(-1);
    expect(step.run).not.toMatch(/\$\{\{/);
    expect(step.run).toMatch(/--format "\$CLAIMCHECK_FORMAT"/);
    expect(Object.keys(action.inputs)).toEqual(['paths', 'against', 'format', 'fail-on', 'args', 'version']);
  });
});
