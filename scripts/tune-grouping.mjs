#!/usr/bin/env node
// How the event-grouping parameters (src/group/group-documents.ts, GROUPING) were picked and how
// they hold up: event B3 on a tuning half and a held-out half of labelled folders, for the chosen
// parameters and for each parameter moved up and down alone. Reads folders in the eval layout
// (DIR/<group>/{articles, gold.json with "events": file → event}); copies nothing from them.
//   npm run build && node scripts/tune-grouping.mjs ../shared/eval/dev/ecb ../shared/eval/dev/gva-mixed
// Halves: a group whose name holds a number is tuned on when the number is even (ECB+ topics
// T04, T08, …); groups without one alternate in name order, the first tuned on (Chicago, then
// Houston held out). Pick on "tune", report "held".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../dist/extract/extract-document.js';
import { GROUPING, groupDocuments } from '../dist/group/group-documents.js';
import { ingestDocument } from '../dist/ingest/ingest-document.js';
import { normalizeDocuments } from '../dist/normalize/index.js';

const roots = process.argv.slice(2);
if (!roots.length) {
  console.error('usage: node scripts/tune-grouping.mjs DIR [DIR…]');
  process.exit(2);
}

const groups = [];
for (const root of roots) {
  let unnumbered = 0;
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory()) continue;
    let gold;
    try {
      gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')).events;
    } catch {
      continue;
    }
    if (!gold) continue;
    const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
    const docs = normalizeDocuments(files.map((f) => extractDocument(ingestDocument(f, readFileSync(join(dir, f)), {}))));
    const number = name.match(/\d+/);
    const tune = number ? Number(number[0]) % 2 === 0 : unnumbered++ % 2 === 0;
    groups.push({ name: `${root.split('/').pop()}/${name}`, gold, docs, tune });
  }
}

/** B-cubed over documents, as ../shared/eval/score.mjs counts it (micro-averaged over documents). */
function bcubed(set, params) {
  let [P, R, n] = [0, 0, 0];
  for (const g of set) {
    const sys = groupDocuments(g.docs, params).documentEvent;
    const ids = Object.keys(g.gold);
    for (const a of ids) {
      const mine = ids.filter((b) => (sys[b] ?? `single:${b}`) === (sys[a] ?? `single:${a}`));
      const gold = ids.filter((b) => g.gold[b] === g.gold[a]);
      const both = mine.filter((b) => g.gold[b] === g.gold[a]).length;
      P += both / mine.length;
      R += both / gold.length;
    }
    n += ids.length;
  }
  const [p, r] = [P / n, R / n];
  return ((2 * p * r) / (p + r || 1)).toFixed(3);
}

const halves = { tune: groups.filter((g) => g.tune), held: groups.filter((g) => !g.tune) };
console.log(`tune: ${halves.tune.map((g) => g.name).join(' ')}`);
console.log(`held: ${halves.held.map((g) => g.name).join(' ')}`);
const row = (label, params) => console.log(`${label.padEnd(34)} tune ${bcubed(halves.tune, params)}  held ${bcubed(halves.held, params)}`);
row('chosen', GROUPING);
for (const [key, value] of Object.entries(GROUPING)) {
  const steps = key === 'conflictingFactsApart' ? [value - 1, value + 1] : [value * 0.75, value * 1.25].map((v) => +v.toFixed(3));
  for (const v of steps) row(`${key} ${value} → ${v}`, { ...GROUPING, [key]: v });
}
