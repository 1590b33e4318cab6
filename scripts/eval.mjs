#!/usr/bin/env node
// Runs every accuracy measure of the shared evaluation kit and prints one table.
//   npm run eval                 (expects the kit at ../shared/eval, or CLAIMCHECK_EVAL=<dir>)
// Builds first, so the figures are of the current source.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';

const kit = path.resolve(process.env.CLAIMCHECK_EVAL ?? '../shared/eval');
const score = path.join(kit, 'score.mjs');
if (!existsSync(score)) {
  console.error(`eval: no evaluation kit at ${kit} (set CLAIMCHECK_EVAL to its folder)`);
  process.exit(2);
}
const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 2);

// gva-wide is tuned on the incidents whose id ends in an even digit and held out on the odd
// ones: each half is scored on its own, from a folder of links to its incidents.
const halves = mkdtempSync(path.join(tmpdir(), 'claimcheck-eval-'));
process.on('exit', () => rmSync(halves, { recursive: true, force: true }));
function half(dir, which) {
  const source = path.join(kit, dir);
  const target = path.join(halves, which);
  mkdirSync(target);
  if (!existsSync(source)) return target;
  for (const id of readdirSync(source)) {
    const even = /[02468]$/.test(id);
    if (statSync(path.join(source, id)).isDirectory() && even === (which === 'even')) symlinkSync(path.join(source, id), path.join(target, id), 'dir');
  }
  return target;
}

const measures = [
  ['entities', 'dev/conll', 'entity exact-span micro F1', '≥ 0.75'],
  ['dates', 'dev/timebank', 'date value recall', '≥ 0.80'],
  ['casualties', 'dev/gva', 'casualty-toll accuracy', '≥ 0.90'],
  ['casualties', half('dev/gva-wide', 'even'), 'casualty-toll (gva-wide tuned half)', '≥ 0.85'],
  ['casualties', half('dev/gva-wide', 'odd'), 'casualty-toll (gva-wide held out)', '≥ 0.85'],
  ['events', 'dev/ecb', 'event-grouping B3 F1 (ECB+)', '≥ 0.95'],
  ['events', 'dev/gva-mixed', 'event-grouping B3 F1 (GVA mixes)', '≥ 0.95'],
];
const rows = [];
for (const [mode, dir, label, target] of measures) {
  const started = Date.now();
  const run = spawnSync('node', [score, mode, path.resolve(kit, dir), '--jobs', process.env.CLAIMCHECK_EVAL_JOBS ?? '1'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = (run.stdout || '').trim().split('\n');
  const figure = / ([\d.]+|n\/a)$/.exec(lines.at(-1) ?? '')?.[1] ?? 'error';
  const detail = mode === 'entities'
    ? lines.filter((l) => /^(PER|ORG|LOC) /.test(l)).map((l) => l.replace(/ precision.*F1 /, ' F1 ').replace(/ \(gold.*$/, '')).join(', ')
    : mode === 'casualties'
      ? `${lines.find((l) => /^incidents /.test(l)) ?? ''}; ${(lines.find((l) => /^top toll equals/.test(l)) ?? '').replace('top toll equals reference: ', '')}`
      : '';
  rows.push([label, figure, target, `${((Date.now() - started) / 1000).toFixed(1)}s`, detail]);
  if (run.status !== 0) console.error(run.stderr);
}
// The whole of gva-wide, from its two halves: accuracy is hits over 2 × incidents.
const parts = rows.filter((r) => /gva-wide/.test(r[0]));
const sized = parts.map((r) => ({ n: Number(/incidents (\d+)/.exec(r[4])?.[1]), acc: Number(r[1]) }));
if (sized.length === 2 && sized.every((p) => p.n > 0 && Number.isFinite(p.acc))) {
  const n = sized[0].n + sized[1].n;
  const whole = (sized[0].acc * sized[0].n + sized[1].acc * sized[1].n) / n;
  const gap = Math.abs(sized[0].acc - sized[1].acc);
  rows.push(['casualty-toll accuracy (gva-wide, all)', whole.toFixed(3), '≥ 0.85', '', `incidents ${n}; tuned − held-out gap ${gap.toFixed(3)} (≤ 0.05 wanted)`]);
}
const widths = [38, 7, 7, 7];
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
