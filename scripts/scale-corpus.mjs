#!/usr/bin/env node
// A corpus of N articles for measuring the cache and the worker pool on real text:
//   node scripts/scale-corpus.mjs <source folder> <count> <target folder>
// e.g. node scripts/scale-corpus.mjs ../shared/eval/dev 1000 /tmp/corpus-1000
// Takes the .md and .txt articles under the source folder in a fixed order; the k-th pass over
// them adds k to every number of one to three digits, so no two articles are the same text and
// grouping still has tolls and dates to tell apart. Files go 100 to a folder.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [source, countText, target] = process.argv.slice(2);
const count = Number(countText);
if (!source || !target || !Number.isInteger(count) || count < 1) {
  console.error('usage: node scripts/scale-corpus.mjs <source folder> <count> <target folder>');
  process.exit(2);
}

function articles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? articles(path.join(dir, e.name)) : /\.(md|txt)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const files = articles(source);
if (!files.length) {
  console.error(`no .md or .txt articles under ${source}`);
  process.exit(2);
}
let chars = 0;
for (let i = 0; i < count; i++) {
  const file = files[i % files.length];
  const pass = Math.floor(i / files.length);
  let text = readFileSync(file, 'utf8');
  if (pass) text = text.replace(/(?<![\d-])\d{1,3}(?![\d-])/g, (n) => String(Number(n) + pass));
  const folder = path.join(target, `part${String(Math.floor(i / 100)).padStart(3, '0')}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}${path.extname(file)}`), text);
  chars += text.length;
}
console.log(`${count} articles, ${(chars / 1024 / 1024).toFixed(1)} MiB, in ${target}`);
