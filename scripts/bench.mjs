#!/usr/bin/env node
// Speed and memory of claimcheck, measured here rather than by timed unit tests (issue 10).
//   npm run bench [-- --sizes seeds,100,1000,10000] [--no-warm] [--no-reference] [--write-corpus DIR]
// For each size: claimcheck cold (filling a cache), claimcheck warm (a second run on its cache,
// when the CLI has --cache), claimcheck cold without a cache (sizes whose cold run is under 2 s)
// and compromise's plain nlp(text) parse of the same files (scripts/bench-compromise.mjs), each a
// child process, and each taken 5 times (median wall reported) when the cold run is under 2 s; wall time, CPU time (user + sys of the child and what it waited for),
// MB/s and articles/s by wall time, peak RSS. Writes bench/results.json.
// Corpora (scripts/bench-corpus.mjs): the shared dev articles and seeds, then variants of them.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseArticles, writeCorpus } from './bench-corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const sizes = (option('--sizes') ?? 'seeds,100,1000,10000').split(',').map((s) => (s === 'seeds' ? s : Number(s.replace(/_/g, ''))));
const warm = !args.includes('--no-warm');
const reference = !args.includes('--no-reference');
const keepCorpus = option('--write-corpus');
const sources = (process.env.CLAIMCHECK_BENCH_SOURCES ?? '/work/shared/eval/dev:fixtures/seeds').split(':');
if (sizes.some((s) => s !== 'seeds' && !(s > 0))) {
  console.error('bench: --sizes takes a comma-separated list of article counts (and "seeds")');
  process.exit(2);
}

const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 2);

const help = spawnSync('node', ['bin/claimcheck.js', '--help'], { encoding: 'utf8' }).stdout;
const hasCache = /--cache\b/.test(help) && /--cache-location\b/.test(help);

// CPU time and peak memory of a child and everything it waited for: GNU time when present,
// else the child's own figures from an exit hook (worker processes then go uncounted).
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'claimcheck-bench-'));
const probe = path.join(scratch, 'usage.cjs');
writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, `\\n__usage ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}\\n`); });\n");

function measure(command) {
  const outFile = path.join(scratch, 'out');
  const argv = gnuTime ? ['/usr/bin/time', '-f', '__usage %U %S %M', 'node', ...command] : ['node', '--require', probe, ...command];
  const started = process.hrtime.bigint();
  // The report goes to a file: at 10,000 articles it is larger than a pipe buffer should hold.
  const out = openSync(outFile, 'w');
  const run = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(out);
  const usage = /__usage ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  const ok = run.status === 0 || run.status === 1;
  if (!ok) console.error(`bench: ${command.join(' ')} exited ${run.status}\n${(run.stderr ?? '').slice(-2000)}`);
  return {
    ok,
    wall: round(wall),
    cpu: usage ? round(Number(usage[1]) + Number(usage[2])) : null,
    peakMiB: usage ? Math.round(Number(usage[3]) / 1024) : null,
    outBytes: statSync(outFile).size,
  };
}

const SHORT_RUN_SECONDS = 2;
const REPEATS = 5;
const medianRun = (runs) => ({ ...[...runs].sort((a, b) => a.wall - b.wall)[runs.length >> 1], runs: runs.length });

const round = (x, digits = 2) => (x === null || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const ratio = (a, b) => (a && b ? round(a / b) : null);

const base = baseArticles(sources);
if (!base.length) {
  console.error(`bench: no articles under ${sources.join(', ')} (CLAIMCHECK_BENCH_SOURCES sets the folders)`);
  process.exit(2);
}

const results = [];
for (const size of sizes) {
  let dir = 'fixtures/seeds';
  let bytes = 0;
  let articles = 0;
  if (size === 'seeds') {
    for (const f of ['000_9914eac6f5f37095.txt', '001_dae9b4545850838e.txt', '002_832159072266ed24.txt', '003_06b4c541cbedfc8d.txt']) {
      bytes += statSync(path.join(dir, f)).size;
      articles++;
    }
  } else {
    dir = keepCorpus ? path.join(keepCorpus, String(size)) : path.join(scratch, `corpus-${size}`);
    rmSync(dir, { recursive: true, force: true });
    bytes = writeCorpus(dir, size, base);
    articles = size;
  }
  const cli = ['bin/claimcheck.js', dir, '--format', 'json', '--fail-on', 'never', '--quiet', '--max-articles', String(Math.max(10_000, articles))];
  const cacheDir = path.join(scratch, `cache-${size}`);
  const row = { size: String(size), articles, megabytes: round(bytes / 1e6, 3) };
  const filling = hasCache && warm;
  const coldRun = () => {
    rmSync(cacheDir, { recursive: true, force: true });
    return measure(filling ? [...cli, '--cache', '--cache-location', cacheDir] : cli);
  };
  process.stderr.write(`bench: ${size}: cold…`);
  row.cold = coldRun();
  // One run of half a second says little on a shared machine: runs that short are taken
  // REPEATS times each, and the run of median wall time is the one reported.
  const repeats = row.cold.wall < SHORT_RUN_SECONDS ? REPEATS : 1;
  if (repeats > 1) row.cold = medianRun([row.cold, ...Array.from({ length: repeats - 1 }, coldRun)]);
  if (filling) {
    process.stderr.write(' warm…');
    row.warm = medianRun(Array.from({ length: repeats }, () => measure([...cli, '--cache', '--cache-location', cacheDir])));
  } else row.warm = null;
  // What `claimcheck <folder>` costs with no cache at all (the cold run also writes one): the
  // start-up target is about this run, so it is taken where start-up is most of the time.
  if (filling && repeats > 1) {
    process.stderr.write(' cold without cache…');
    row.plain = medianRun(Array.from({ length: repeats }, () => measure(cli)));
  } else row.plain = null;
  if (reference) {
    process.stderr.write(' compromise…');
    row.compromise = medianRun(Array.from({ length: repeats }, () => measure(['scripts/bench-compromise.mjs', dir])));
  } else row.compromise = null;
  process.stderr.write('\n');
  for (const key of ['cold', 'plain', 'warm', 'compromise']) {
    const r = row[key];
    if (!r) continue;
    r.articlesPerSecond = round(articles / r.wall, 1);
    r.megabytesPerSecond = round(bytes / 1e6 / r.wall, 3);
  }
  row.ratios = {
    coldToCompromiseCpu: ratio(row.cold.cpu, row.compromise?.cpu),
    coldToCompromiseWall: ratio(row.cold.wall, row.compromise?.wall),
    warmToColdWall: ratio(row.warm?.wall, row.cold.wall),
  };
  results.push(row);
  if (!keepCorpus && size !== 'seeds') rmSync(dir, { recursive: true, force: true });
}

const bySize = (n) => results.find((r) => r.size === String(n));
const scaling = bySize(10000) && bySize(1000) ? { cpu10kTo1k: ratio(bySize(10000).cold.cpu, bySize(1000).cold.cpu), wall10kTo1k: ratio(bySize(10000).cold.wall, bySize(1000).cold.wall) } : null;

const cell = (r, key) => (r && r[key] !== null && r[key] !== undefined ? String(r[key]) : 'n/a');
const table = [
  ['articles', 'MB', 'run', 'wall s', 'CPU s', 'MB/s', 'articles/s', 'peak MiB'],
  ...results.flatMap((row) =>
    ['cold', 'plain', 'warm', 'compromise'].filter((key) => row[key]).map((key) => [
      row.size, String(row.megabytes), (key === 'cold' && hasCache && warm ? 'cold (filling cache)' : key === 'plain' ? 'cold (no cache)' : key) + (row[key].runs > 1 ? `, median of ${row[key].runs}` : ''),
      cell(row[key], 'wall'), cell(row[key], 'cpu'), cell(row[key], 'megabytesPerSecond'), cell(row[key], 'articlesPerSecond'), cell(row[key], 'peakMiB'),
    ]),
  ),
];
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
for (const r of table) console.log(r.map((v, c) => (c < 3 ? v.padEnd(widths[c]) : v.padStart(widths[c]))).join('  '));
console.log('');
for (const row of results) {
  console.log(`${row.size.padEnd(6)} cold/compromise CPU ${cell(row.ratios, 'coldToCompromiseCpu')}×, wall ${cell(row.ratios, 'coldToCompromiseWall')}×; warm/cold wall ${hasCache ? cell(row.ratios, 'warmToColdWall') : 'n/a (no --cache)'}`);
}
if (scaling) console.log(`10,000 / 1,000 articles: CPU ${scaling.cpu10kTo1k}×, wall ${scaling.wall10kTo1k}× (target ≤ 12×)`);

let commit = null;
try {
  commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim() || null;
} catch {}
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), commit, node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg().map((x) => round(x)), cpuMeasure: gnuTime ? 'GNU time (child and its waited-for children)' : 'process.resourceUsage of the child', cache: hasCache, results, scaling }, null, 2)}\n`,
);
console.log('\nwritten: bench/results.json');
rmSync(scratch, { recursive: true, force: true });
