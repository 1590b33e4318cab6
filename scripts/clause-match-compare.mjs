// Runs every clause rule over every sentence of the articles under the given folders twice, with
// compromise's matcher and with src/extract/casualty/clause-match.ts's port of it, and reports any
// sentence where their matches or offsets differ; and holds the words of parseSentences
// (clause-terms.ts, fewer compute steps) equal to compromise's own tokenizing with all its word
// steps. Needs `npm run build` (it reads dist/).
//   node scripts/clause-match-compare.mjs fixtures [more folders…]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clauseRules } from '../dist/extract/casualty/clause-rules.js';
import { parseSentences } from '../dist/extract/casualty/clause-parse.js';
import { matchParse, portable } from '../dist/extract/casualty/clause-match.js';
import { splitSentences } from '../dist/extract/sentences.js';
import { nlpWords } from '../dist/util/nlp.js';

const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : /\.(?:md|txt|markdown|html?)$/i.test(name) ? [path] : [];
});
const sentences = [...new Set(process.argv.slice(2).flatMap(files).flatMap((file) => splitSentences(readFileSync(file, 'utf8')).map((s) => s.text)))];
const rules = clauseRules.map((rule) => ({ rule, regs: nlpWords().parseMatch(rule.match) }));
const unported = rules.filter(({ regs }) => !portable(regs)).map(({ rule }) => rule.id);
if (unported.length) console.log('not ported:', unported.join(', '));
const only = { offset: true, text: false, terms: false };
let compared = 0;
let matched = 0;
let differ = 0;
let oldMs = 0;
let newMs = 0;
const parses = parseSentences(sentences);
// compromise's own words: fromString and every step before tagging.
const nlp = nlpWords();
const world = nlp.world();
const View = nlp('').constructor;
const hooks = world.hooks.slice(0, world.hooks.indexOf('lexicon'));
const fields = (terms) => terms.map(({ text, pre, post, normal, machine, implicit, alias }) => ({ text, pre, post, normal, machine, implicit, alias }));
let tokenMs = 0;
let wordsDiffer = 0;
sentences.forEach((sentence, k) => {
  const t = performance.now();
  const document = world.methods.one.tokenize.fromString(sentence, world);
  new View(document).compute(hooks);
  tokenMs += performance.now() - t;
  if (JSON.stringify(document.map(fields)) !== JSON.stringify(parses[k].docs.map(fields))) {
    wordsDiffer += 1;
    if (wordsDiffer <= 5) console.log(`words differ: ${JSON.stringify(sentence)}`);
  }
});
console.log(`${sentences.length} sentences: words of ${wordsDiffer} differ from compromise's (${hooks.join(', ')}: ${Math.round(tokenMs)} ms)`);
sentences.forEach((sentence, k) => {
  const doc = parses[k];
  for (const { rule, regs } of rules) {
    let t = performance.now();
    const m = doc.match(regs);
    const before = m.found ? { spans: m.json(only), groups: m.groups('verb').json(only) } : null;
    oldMs += performance.now() - t;
    t = performance.now();
    const after = matchParse(doc.docs, regs, 'verb');
    newMs += performance.now() - t;
    compared += 1;
    if (before) matched += 1;
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      differ += 1;
      if (differ <= 20) console.log(`${rule.id}: ${JSON.stringify(sentence)}\n  compromise ${JSON.stringify(before)}\n  port       ${JSON.stringify(after)}`);
    }
  }
});
console.log(`${sentences.length} sentences, ${compared} rule readings (${matched} matched): ${differ} differ; compromise ${Math.round(oldMs)} ms, port ${Math.round(newMs)} ms`);
process.exitCode = differ || wordsDiffer ? 1 : 0;
