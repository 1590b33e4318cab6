import { describe, expect, it } from 'vitest';
import { clauseMatches } from '../../src/extract/casualty/clause.js';
import { clauseRules } from '../../src/extract/casualty/clause-rules.js';
import { forgetReadings, isRemembered, matchesChunks, PARSE_BATCH_SENTENCES, parseSentences, readRules, readsTags, REMEMBERED_SENTENCES, type ClauseParse } from '../../src/extract/casualty/clause-parse.js';
import type { ClauseRule } from '../../src/extract/casualty/clause-rules.js';
import { nlp } from '../../src/util/nlp.js';

// Sentences whose parse could lean on its neighbours if they were parsed as one text: an unclosed
// quote or parenthesis (compromise merges those with the next sentence), contractions, abbreviations,
// several sentences in one, a line break, a sentence of no words.
const sentences = [
  'A 17-year-old boy was killed and two others were wounded in a shooting on Monday night, police said.',
  '"We heard shots and ran," said Dana Orlov, who was not hurt. "Then he fell.',
  'Two men were shot” and one later died at Mercy Hospital, officials said.',
  'The victim (a 34-year-old man was taken to the hospital.',
  'He later died) and the suspect was arrested by Lt. Col. Brandt Ives.',
  "She didn't survive, and her brother wasn't expected to recover.",
  'Officers found a man with a gunshot wound. He was pronounced dead at the scene.',
  'Three people were injured\nand one was killed near Fernwood Ave.',
  'Gunfire struck a 9-year-old girl in the leg; she is in stable condition.',
  '...',
  'The shooting death of Marco Velt, 22, remains unsolved.',
];

// What the clause reader reads of a parse: every term's words and offsets, and matches with their
// groups. Not the terms' ids (random on every parse), their places in the batch, nor their tags
// (an untagged parse has none; no clause rule reads them).
type Term = { text: string; pre: string; post: string; normal: string; machine?: string; implicit?: string; offset: unknown };
type Json = { text: string; offset: unknown; terms: Term[] }[];
const wordsOnly = (json: unknown) =>
  (json as Json).map(({ text, offset, terms }) => ({ text, offset, terms: terms.map(({ text, pre, post, normal, machine, implicit, offset }) => ({ text, pre, post, normal, machine, implicit, offset })) }));
function reading(doc: ClauseParse): unknown {
  return {
    terms: wordsOnly(doc.json({ offset: true })),
    verbs: wordsOnly(doc.match('[<verb>(killed|wounded|died|shot|hurt|injured|struck)]').groups('verb').json({ offset: true })),
    adverbs: wordsOnly(doc.match('/ly$/').json({ offset: true })),
  };
}
// Contractions compromise's tagging splits ("he's" into "he has"); the word steps split the others ("wasn't").
const taggingSplits = (sentence: string) => /\w['’][sd]\b/i.test(sentence);

describe('parseSentences', () => {
  it('parses each sentence of a batch as it parses the sentence alone', () => {
    const together = parseSentences(sentences);
    expect(together).toHaveLength(sentences.length);
    sentences.forEach((sentence, k) => expect(reading(together[k]!), sentence).toEqual(reading(parseSentences([sentence])[0]!)));
  });

  it("gives the words of compromise's whole parse, untagged, but for contractions tagging splits", () => {
    const more = [...sentences, "He's been shot twice, and the officer's partner was hurt."];
    const parses = parseSentences(more);
    more.forEach((sentence, k) => {
      expect(parses[k]!.has('#Noun'), sentence).toBe(false);
      if (!taggingSplits(sentence)) expect(reading(parses[k]!), sentence).toEqual(reading(nlp()(sentence)));
    });
    expect(more.filter(taggingSplits)).toHaveLength(1);
    const split = parses.at(-1)!.terms().out('array') as string[];
    expect(split.slice(0, 2)).toEqual(["He's", 'been']);
  });

  it('gives the same clauses as a parse of the sentence alone, across batches', () => {
    const many = Array.from({ length: PARSE_BATCH_SENTENCES * 2 + 3 }, (_, k) => `${sentences[k % sentences.length]!} (${k})`);
    const together = parseSentences(many);
    forgetReadings();
    const fromBatch = many.map((sentence, k) => clauseMatches(sentence, [], undefined, together[k]));
    forgetReadings();
    const alone = many.map((sentence) => clauseMatches(sentence));
    expect(fromBatch).toEqual(alone);
    expect(alone[0]!.length).toBeGreaterThan(0);
  });

  it('reads tags in no clause rule: their sentences are never tagged', () => {
    expect(clauseRules.filter(readsTags).map((rule) => rule.id)).toEqual([]);
    const rule = (match: string) => ({ match }) as ClauseRule;
    expect(readsTags(rule('(was|were)? #Adverb? [<verb>killed]'))).toBe(true);
    expect(readsTags(rule('[<verb>(taken|rushed) to #Noun{0,3} hospital]'))).toBe(true);
    expect(readsTags(rule('(was|were)? (/ly$/|later)? [<verb>killed]'))).toBe(false);
  });

  it('reads the rules over a parse of the batch as over a parse of the sentence alone', () => {
    const more = [...sentences, 'Gunmen opened fire, killing four people at the market.', 'He was quickly arrested by deputies.', "The gunman's shots hit a parked van."];
    const parses = parseSentences(more);
    forgetReadings();
    const fromBatch = more.map((sentence, k) => readRules(sentence, clauseRules, parses[k]));
    forgetReadings();
    const alone = more.map((sentence) => readRules(sentence, clauseRules));
    expect(fromBatch).toEqual(alone);
    expect(alone.flat().filter(Boolean).length).toBeGreaterThan(5);
  });

  it('remembers a reading by the sentence text and reads it the same way again', () => {
    forgetReadings();
    const sentence = 'Two women were wounded and a man was killed outside Harlow Street on Friday.';
    expect(isRemembered(sentence)).toBe(false);
    const first = clauseMatches(sentence);
    expect(isRemembered(sentence)).toBe(true);
    expect(clauseMatches(sentence)).toEqual(first);
    expect(first.map((c) => c.type)).toEqual(['injured', 'killed']);
    // Bounded: once full, the memory starts again.
    for (let k = 0; k < REMEMBERED_SENTENCES; k++) readRules(`sentence ${k}`, []);
    expect(isRemembered(sentence)).toBe(false);
  });

  it('leaves chunks out: no clause rule matches them', () => {
    expect(matchesChunks('#Adverb? [<verb>(killed|slain)] <Noun>')).toBe(true);
    expect(clauseRules.filter((rule) => matchesChunks(rule.match)).map((rule) => rule.id)).toEqual([]);
    expect(clauseRules.every((rule) => rule.match.includes('[<verb>'))).toBe(true);
  });

  it('parses nothing for no sentences', () => {
    expect(parseSentences([])).toEqual([]);
  });
});
