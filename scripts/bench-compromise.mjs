#!/usr/bin/env node
// The reference of the benchmark: compromise's plain parse, nlp(text), of every article under
// the folders given, as a library user would run it. Prints the number of articles and terms.
//   node scripts/bench-compromise.mjs <folder>...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

const ARTICLE = /\.(txt|md|markdown|html?)$/i;
let articles = 0;
let terms = 0;
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (ARTICLE.test(name)) {
      terms += nlp(readFileSync(full, 'utf8')).wordCount();
      articles++;
    }
  }
}
for (const dir of process.argv.slice(2)) walk(dir);
console.log(JSON.stringify({ articles, terms }));
