import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchParse, portable, startFilter, type MatchReg, type MatchTerm } from '../../src/extract/casualty/clause-match.js';
import { parseSentences, runsPorted, type ClauseParse } from '../../src/extract/casualty/clause-parse.js';
import { clauseRules } from '../../src/extract/casualty/clause-rules.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { nlpWords } from '../../src/util/nlp.js';

// The port must give what compromise's own matcher gives: each whole match and its `verb` groups, as offsets.
const only = { offset: true, text: false, terms: false };
const regsOf = (match: string) => nlpWords().parseMatch(match) as unknown as MatchReg[];
function compromise(doc: ClauseParse, regs: MatchReg[]): unknown {
  const m = doc.match(regs as never);
  return m.found ? { spans: m.json(only), groups: m.groups('verb').json(only) } : null;
}
const port = (doc: ClauseParse, regs: MatchReg[]) => matchParse((doc as unknown as { docs: MatchTerm[][] }).docs, regs, 'verb');
const same = (sentence: string, match: string) => {
  const doc = parseSentences([sentence])[0]!;
  const regs = regsOf(match);
  return { port: port(doc, regs), compromise: compromise(doc, regs) };
};

// [statement, sentence, whether it matches]: each step kind the clause rules use, where it takes a
// word and where it does not, at the first and the last word, and the quirks of compromise's walk.
const cases: [string, string, boolean][] = [
  ['(was|were)? [<verb>killed]', 'Two men were killed.', true],
  ['(was|were)? [<verb>killed]', 'Killed in action, he was.', true],
  ['(was|were)? [<verb>killed]', 'Nobody died.', false],
  // An optional step gives its word up to the next step only when that step would not take the word after.
  ['(shot|killed)? [<verb>killed]', 'He was killed killed.', true],
  ['(shot|killed)? [<verb>killed]', 'He was killed there.', true],
  ['shot? [<verb>shot] dead', 'She was shot shot dead.', true],
  // Repeats {0,n}: as many as there are, up to n, stopping where the next step matches.
  ['[<verb>taken to /^[a-z]+$/{0,2} hospital]', 'He was taken to hospital.', true],
  ['[<verb>taken to /^[a-z]+$/{0,2} hospital]', 'He was taken to Mercy General hospital.', true],
  ['[<verb>taken to /^[a-z]+$/{0,2} hospital]', 'He was taken to the big county hospital.', false],
  ['[<verb>suffered .{0,3}? wounds]', 'She suffered two deep stab wounds.', true],
  // Past three words compromise stops after the third, where "wounds" is not.
  ['[<verb>suffered .{0,3}? wounds]', 'She suffered one of the worst possible wounds.', false],
  ['[<verb>suffered .{0,3}? wounds]', 'She suffered a loss.', false],
  ['[<verb>suffered .{0,3}? wounds]', 'Suffered wounds were many; suffered wounds.', true],
  // OR lists of words and of phrases; the first phrase that matches wins, as in compromise.
  ['[<verb>(shot|shot dead|shot and killed)]', 'He was shot and killed on Monday.', true],
  ['[<verb>(shot and killed|shot dead|shot)]', 'He was shot and killed on Monday.', true],
  ['[<verb>(taken into custody|arrested)]', 'She was taken into custody and arrested.', true],
  // A phrase of an OR list skips no contraction: "didn't" is two words, "did" and an implicit "not".
  ["[<verb>(didn't survive|died)]", "He didn't survive.", false],
  ['[<verb>(death|deaths)] of', 'The death of a man, the deaths of two.', true],
  // Regex words, against the normal form.
  ['/^[a-z]+ly$/ [<verb>wounded]', 'Two were critically wounded, one Badly wounded.', true],
  ['/^[a-z]+ly$/ [<verb>wounded]', 'Two were wounded.', false],
  // At the first and at the last word; a contraction's implicit word.
  ['[<verb>killed] dead', 'Killed dead', true],
  ['(is|was)? [<verb>(dead|hurt)]', "He's dead and she's hurt", true],
  ['(is|was)? [<verb>(dead|hurt)]', "He wasn't hurt.", true],
  // Several compromise sentences in one, and punctuation around the words.
  ['(was|were)? [<verb>(killed|wounded)]', 'One was killed. "Two were wounded," he said (three were killed).', true],
];

const fixtureFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? fixtureFiles(path) : /\.(?:md|txt|html?)$/i.test(name) ? [path] : [];
  });

describe('clause-match: compromise matcher ported', () => {
  it.each(cases)('%s over %j', (match, sentence, matches) => {
    expect(portable(regsOf(match))).toBe(true);
    const { port, compromise } = same(sentence, match);
    expect(port).toEqual(compromise);
    expect(port !== null).toBe(matches);
  });

  it('runs every clause rule: none uses a step it does not port', () => {
    expect(clauseRules.filter((rule) => !runsPorted(rule)).map((rule) => rule.id)).toEqual([]);
  });

  it('leaves to compromise what it does not port: anchors, negations, tags', () => {
    for (const match of ['^[<verb>killed]', '[<verb>killed]$', '!not [<verb>killed]', '#Adverb [<verb>killed]', '(a && b)', '[<verb>killed] @hasComma']) expect(portable(regsOf(match)), match).toBe(false);
  });

  it('starts only where the first required step is in reach', () => {
    expect(startFilter(regsOf('(was|were)? (been|being)? /ly$/? [<verb>(killed|shot dead)]'))?.reach).toBe(6);
    expect(startFilter(regsOf('[<verb>killed]'))?.reach).toBe(0);
    expect(startFilter(regsOf('.{0,2}? [<verb>killed]'))).toBeNull();
    expect(startFilter(regsOf('.? killed'))).toBeNull();
    // Without the filter the port starts at every word, and finds the same.
    const doc = parseSentences(['They were all later killed and two were badly hurt.'])[0]!;
    const regs = regsOf(clauseRules[0]!.match);
    expect(matchParse((doc as unknown as { docs: MatchTerm[][] }).docs, regs, 'verb', null)).toEqual(port(doc, regs));
  });

  it("gives compromise's matches of every clause rule over every sentence of the fixtures", () => {
    const sentences = [...new Set(fixtureFiles('fixtures').flatMap((file) => splitSentences(readFileSync(file, 'utf8')).map((s) => s.text)))];
    expect(sentences.length).toBeGreaterThan(400);
    const parses = parseSentences(sentences);
    let matched = 0;
    const differ: string[] = [];
    for (const [k, doc] of parses.entries()) {
      for (const rule of clauseRules) {
        const regs = regsOf(rule.match);
        const expected = compromise(doc, regs);
        if (expected) matched += 1;
        if (JSON.stringify(port(doc, regs)) !== JSON.stringify(expected)) differ.push(`${rule.id}: ${sentences[k]}`);
      }
    }
    expect(differ).toEqual([]);
    expect(matched).toBeGreaterThan(200);
  });
});
