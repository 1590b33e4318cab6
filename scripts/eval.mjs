#!/usr/bin/env node
// Runs every accuracy measure of the shared evaluation kit and prints one table.
//   npm run eval                 (expects the kit at ../shared/eval, or CLAIMCHECK_EVAL=<dir>)
// Builds first, so the figures are of the current source.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const kit = path.resolve(process.env.CLAIMCHECK_EVAL ?? '../shared/eval');
const score = path.join(kit, 'score.mjs');
if (!existsSync(score)) {
  console.error(`eval: no evaluation kit at ${kit} (set CLAIMCHECK_EVAL to its folder)`);
  process.exit(2);
}
const build = spawnSync('npx', ['tsc', '-p', '.'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 2);

const measures = [
  ['entities', 'dev/conll', 'entity exact-span micro F1', '≥ 0.75'],
  ['dates', 'dev/timebank', 'date value recall', '≥ 0.80'],
  ['casualties', 'dev/gva', 'casualty-toll accuracy', '≥ 0.85'],
  ['events', 'dev/ecb', 'event-grouping B3 F1 (ECB+)', '≥ 0.95'],
  ['events', 'dev/gva-mixed', 'event-grouping B3 F1 (GVA mixes)', '≥ 0.95'],
];
const rows = [];
for (const [mode, dir, label, target] of measures) {
  const started = Date.now();
  const run = spawnSync('node', [score, mode, path.join(kit, dir)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = (run.stdout || '').trim().split('\n');
  const figure = / ([\d.]+|n\/a)$/.exec(lines.at(-1) ?? '')?.[1] ?? 'error';
  const detail = mode === 'entities' ? lines.filter((l) => /^(PER|ORG|LOC) /.test(l)).map((l) => l.replace(/ precision.*F1 /, ' F1 ').replace(/ \(gold.*$/, '')).join(', ') : '';
  rows.push([label, figure, target, `${((Date.now() - started) / 1000).toFixed(1)}s`, detail]);
  if (run.status !== 0) console.error(run.stderr);
}
const widths = [34, 7, 7, 7];
const pad = (cells) => cells.map((c, i) => (i < widths.length ? String(c).padEnd(widths[i]) : c)).join(' ');
console.log(pad(['measure', 'value', 'target', 'time', 'detail']));
for (const row of rows) console.log(pad(row));
