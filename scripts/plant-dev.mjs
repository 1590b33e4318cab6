#!/usr/bin/env node
// In-process replay of the eval kit's planted-contradiction benchmark, for iterating.
// plant.mjs finds its plants on the raw text and writes every case to a results file; this script
// re-applies those same edits and scores them the same way (caught = a contradict or update finding
// on the slot lists a claim over the edited characters; split = the article left its event;
// collateral = a new contradiction unrelated to the edit), without spawning the CLI per variant.
//   node ../shared/eval/plant.mjs --data ../shared/eval/dev --jobs 1      (once: writes the cases)
//   npm run build && node scripts/plant-dev.mjs [/tmp/plant-results-dev.json] [--half even|odd] [--type T] [--misses] [--clean]
// --half keeps clusters whose id ends in an even (tuning) or odd (held-out) digit; --clean lists
// the contradictions of the unchanged runs. Run plant.mjs itself for reported figures.
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestDocument } from '../dist/ingest/ingest-document.js';
import { analyze } from '../dist/pipeline.js';
import { buildReport } from '../dist/report/build-report.js';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? path.join(os.tmpdir(), 'plant-results-dev.json');
const results = JSON.parse(readFileSync(file, 'utf8'));
const half = option('--half');
const only = option('--type');
const inHalf = (id) => !half || (/[02468]$/.test(id.replace(/\D+$/, '')) === (half === 'even'));

function clusterDocs(id) {
  const [corpus, dir, event] = id.split('/');
  const root = path.join(results.data, corpus, dir);
  const gold = JSON.parse(readFileSync(path.join(root, 'gold.json'), 'utf8'));
  return readdirSync(root).filter((f) => /\.(md|txt|markdown)$/.test(f)).sort()
    .filter((f) => corpus === 'gva' || gold.events?.[f] === event)
    .map((f) => ({ file: f, text: readFileSync(path.join(root, f), 'utf8').replace(/^\uFEFF/, '') }));
}

function run(docs) {
  const ingested = docs.map((d) => ingestDocument(d.file, Buffer.from(d.text, 'utf8'), { published: null }));
  return JSON.parse(JSON.stringify(buildReport(analyze(ingested, {}), 'dev')));
}

// ---- the scoring of plant.mjs ----
const FAMILY = { toll: (s) => /^casualty\.(killed|injured)/.test(s), weekday: (s) => s === 'date', place: (s) => s === 'place', name: (s) => s.startsWith('person.') };
const ALARM = new Set(['contradict', 'update']);
const mates = (rep, f) => { const e = rep.documents.find((d) => d.id === f)?.event; return rep.documents.filter((d) => d.event && d.event === e && d.id !== f).map((d) => d.id); };
function score(p, clean, rep) {
  const ids = new Set(rep.claims.filter((c) => c.document === p.file && c.span.start < p.end && c.span.end > p.start).map((c) => c.id));
  const caughtBy = rep.findings.find((f) => ALARM.has(f.status) && FAMILY[p.type](f.slot) && f.values.some((v) => v.claims.some((id) => ids.has(id))));
  const before = mates(clean, p.file), after = mates(rep, p.file);
  const split = before.length > 0 && !after.some((d) => before.includes(d));
  const related = (f) => f.values.some((v) => v.claims.some((id) => ids.has(id))) || (FAMILY[p.type](f.slot) && f.values.some((v) => v.documents.includes(p.file)));
  const old = (f) => clean.findings.some((g) => g.status === 'contradict' && g.slot === f.slot && g.values.filter((v) => f.values.some((w) => w.display === v.display)).length >= 2);
  const collateral = rep.findings.filter((f) => f.status === 'contradict' && !old(f) && !related(f)).map((f) => f.message);
  const verdict = caughtBy ? 'caught' : split ? 'split' : 'missed';
  const claims = rep.claims.filter((c) => ids.has(c.id));
  const holding = rep.findings.filter((f) => FAMILY[p.type](f.slot) && f.values.some((v) => v.claims.some((id) => ids.has(id))));
  const why = caughtBy ? caughtBy.message : split ? 'split off' : !before.length ? 'alone in clean run'
    : !claims.length ? 'not extracted' : claims.every((c) => c.event === null) ? 'background'
    : holding.length ? holding.map((f) => `${f.status}: ${f.message}`).join(' | ') : `claims ${claims.map((c) => c.kind + ' ' + JSON.stringify(c.value)).join('; ')}`;
  return { verdict, why, collateral };
}

const byCluster = new Map();
for (const c of results.cases) if (inHalf(c.cluster) && (!only || c.type === only)) byCluster.set(c.cluster, [...(byCluster.get(c.cluster) ?? []), c]);
const tally = {};
let variants = 0, withCollateral = 0, cleanAlarms = 0;
for (const [id, cases] of byCluster) {
  const docs = clusterDocs(id);
  const clean = run(docs);
  const alarms = clean.findings.filter((f) => f.status === 'contradict');
  cleanAlarms += alarms.length;
  if (args.includes('--clean')) for (const f of alarms) console.log(`clean ${id}: ${f.message}`);
  for (const c of cases) {
    const edited = docs.map((d) => (d.file === c.file ? { ...d, text: d.text.slice(0, c.span[0]) + c.to + d.text.slice(c.span[0] + c.from.length) } : d));
    const s = score({ type: c.type, file: c.file, start: c.span[0], end: c.span[1] }, clean, run(edited));
    const t = (tally[c.type] ??= { n: 0, caught: 0, split: 0 });
    t.n++; if (s.verdict === 'caught') t.caught++; if (s.verdict === 'split') t.split++;
    variants++; if (s.collateral.length) withCollateral++;
    if (args.includes('--misses') && s.verdict !== 'caught') console.log(`${s.verdict} ${c.type} ${id} ${c.file.slice(0, 10)} ${c.from}->${c.to}: ${s.why.slice(0, 300)}\n    ${c.after.slice(0, 220)}`);
    if (args.includes('--caught') && s.verdict === 'caught') console.log(`caught ${c.type} ${id} ${c.file.slice(0, 10)}: ${s.why.slice(0, 300)}`);
    for (const m of s.collateral) console.log(`collateral ${c.type} ${id} ${c.file.slice(0, 10)}: ${m}`);
  }
}
const caught = Object.values(tally).reduce((n, t) => n + t.caught, 0);
for (const [type, t] of Object.entries(tally)) console.log(`${type.padEnd(8)} ${t.caught}/${t.n} = ${(100 * t.caught / t.n).toFixed(0)}%  (split ${t.split})`);
console.log(`all      ${caught}/${variants} = ${(100 * caught / variants).toFixed(1)}%; collateral ${withCollateral}/${variants} = ${(100 * withCollateral / variants).toFixed(1)}%; clean-run contradictions ${cleanAlarms}`);
