#!/usr/bin/env node
// Builds data/lexicon.json: compromise's word lexicon (word → tags) as its model holds it once
// loaded. A run that only looks words up (grouping and comparison on a warm cache, the people and
// place word lists) reads this file in milliseconds instead of loading compromise and expanding
// its lexicon (half a second or more). The file carries a hash of the compromise build it was
// made from; src/extract/mentions/lexicon.ts uses it only when that hash is the installed one's.
//   node scripts/build-lexicon.mjs          (writes the file)
//   node scripts/build-lexicon.mjs --check  (exit 1 when the file differs from what it would write)
// test/extract/lexicon-data.test.ts checks that the committed file is this script's output.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './data-file.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LEXICON_FILE = path.join(root, 'data/lexicon.json');

/** The same hash src/extract/mentions/lexicon.ts takes of the installed build. */
export const buildHash = (file) => createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 32);

/** The file's text: one word a line, in the lexicon's own order. */
export function buildLexicon() {
  const file = require.resolve('compromise');
  const lexicon = require('compromise').model().one.lexicon;
  const lines = Object.entries(lexicon).map(([word, tags]) => `${JSON.stringify(word)}: ${JSON.stringify(tags)}`);
  return `{
"about": "Built by scripts/build-lexicon.mjs from compromise ${require('compromise').version}: its model's word lexicon (word: tags).",
"compromise": ${JSON.stringify(buildHash(file))},
"lexicon": {
${lines.join(',\n')}
}
}
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeOrCheck(LEXICON_FILE, buildLexicon(), { root, script: 'scripts/build-lexicon.mjs' });
}
