#!/usr/bin/env node
// In-process casualty scorer for tuning: the same metric as the eval kit's
// `score.mjs casualties` (main event = most documents; top value = exact slot first, then most
// documents; a killed shooter may be left out), but without spawning the CLI per incident.
//   npm run build && node scripts/casualty-dev.mjs DIR [--half even|odd] [--verbose] [--misses]
// --half picks incidents whose id ends in an even (tuning) or odd (held-out) digit.
// Run score.mjs itself for reported figures; this is for iterating.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDocument } from '../dist/ingest/ingest-document.js';
import { findFiles } from '../dist/ingest/find-files.js';
import { analyze } from '../dist/pipeline.js';
import { buildReport } from '../dist/report/build-report.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = args.find((a, i) => !a.startsWith('--') && !['--half'].includes(args[i - 1]));
const half = option('--half');
if (!dir) {
  console.error('usage: casualty-dev.mjs DIR [--half even|odd] [--verbose] [--misses]');
  process.exit(2);
}

/** Whether an incident id belongs to the half asked for. */
export function inHalf(id, which) {
  if (!which) return true;
  const even = /[02468]$/.test(id);
  return which === 'even' ? even : !even;
}

async function reportFor(folder) {
  const { files } = await findFiles([folder]);
  const docs = files.map((f) => ingestDocument(f.id, readFileSync(f.absolute), { published: null }));
  return JSON.parse(JSON.stringify(buildReport(analyze(docs, {}), 'dev')));
}

const subs = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory() && inHalf(n, half)).sort();
const hit = { killed: 0, injured: 0 };
let n = 0;
const started = Date.now();
for (const sub of subs) {
  const g = JSON.parse(readFileSync(join(dir, sub, 'gold.json'), 'utf8'));
  const rep = await reportFor(join(dir, sub));
  n++;
  const main = [...(rep.events || [])].sort((a, b) => b.documents.length - a.documents.length)[0];
  const suspectsKilled = (g.participants || []).filter((p) => /suspect/i.test(p.type || '') && /killed/i.test(p.status || '')).length;
  const line = [sub];
  let miss = false;
  for (const type of ['killed', 'injured']) {
    const ref = g[type];
    const accept = new Set([ref]);
    if (type === 'killed' && suspectsKilled) accept.add(ref - suspectsKilled);
    const fs = (rep.findings || []).filter((f) => main && f.event === main.id && f.kind === 'casualty' && f.slot.startsWith(`casualty.${type}`));
    fs.sort((a, b) => (a.slot === `casualty.${type}` ? -1 : 0) - (b.slot === `casualty.${type}` ? -1 : 0) || b.values[0].documents.length - a.values[0].documents.length);
    const top = fs[0]?.values?.[0]?.value;
    const claimed = top ? top.min : 0;
    const ok = accept.has(claimed) && (!top || top.max === null || top.max === top.min || accept.has(top.max));
    if (ok) hit[type]++;
    else miss = true;
    const others = fs[0]?.values?.slice(1).map((v) => `${v.value.min}x${v.documents.length}`).join(',') ?? '';
    line.push(`${type} ref=${[...accept].join('|')} top=${top ? `${top.min}..${top.max ?? '∞'}` : 'none'}${others ? ` (${others})` : ''}${ok ? '' : ' MISS'}`);
  }
  if (flag('--verbose') || (flag('--misses') && miss)) console.log(line.join('  '));
}
const pct = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
console.log(`incidents ${n}${half ? ` (${half} half)` : ''} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
console.log(`top toll equals reference: killed ${pct(hit.killed / n)} injured ${pct(hit.injured / n)}`);
console.log(`casualty-toll accuracy ${pct((hit.killed + hit.injured) / (2 * n))}`);
