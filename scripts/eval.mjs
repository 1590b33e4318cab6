#!/usr/bin/env node
// Runs every accuracy measure of the shared evaluation kit and prints one table.
//   npm run eval                 (expects the kit at ../shared/eval, or CLAIMCHECK_EVAL=<dir>)
// Builds first, so the figures are of the current source.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
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

// Planted contradictions (plant.mjs): one fact edited in one article of each real cluster.
const plant = path.join(kit, 'plant.mjs');
if (existsSync(plant)) {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'claimcheck-eval-')), 'plant-results.json');
  const started = Date.now();
  const run = spawnSync('node', [plant, '--data', path.join(kit, 'dev'), '--jobs', process.env.CLAIMCHECK_EVAL_JOBS ?? '1', '--out', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0 || !existsSync(out)) console.error(run.stderr);
  else {
    const { cases } = JSON.parse(readFileSync(out, 'utf8'));
    const rate = (xs, ok) => (xs.length ? (xs.filter(ok).length / xs.length).toFixed(2) : 'n/a');
    const caught = (x) => x.verdict === 'caught';
    console.log('');
    console.log(pad(['planted contradictions (dev)', 'value', 'target', `${((Date.now() - started) / 1000).toFixed(0)}s`]));
    console.log(pad(['planted recall, all types', rate(cases, caught), '≥ 0.80', '', `${cases.filter(caught).length}/${cases.length}`]));
    for (const type of ['toll', 'weekday', 'place', 'name']) {
      const of = cases.filter((x) => x.type === type);
      console.log(pad([`planted recall, ${type}`, rate(of, caught), '≥ 0.70', '', `${of.filter(caught).length}/${of.length}, split off ${of.filter((x) => x.verdict === 'split').length}`]));
    }
    console.log(pad(['variants with a collateral alarm', rate(cases, (x) => x.collateral?.length > 0), '≤ 0.02', '', `${cases.filter((x) => x.collateral?.length).length}/${cases.length}`]));
  }
}
