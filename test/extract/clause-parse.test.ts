import { describe, expect, it } from 'vitest';
import { clauseMatches } from '../../src/extract/casualty/clause.js';
import { clauseRules } from '../../src/extract/casualty/clause-rules.js';
import { forgetReadings, isRemembered, matchesChunks, PARSE_BATCH_SENTENCES, parseSentences, readRules, REMEMBERED_SENTENCES, type ClauseParse } from '../../src/extract/casualty/clause-parse.js';
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

// What the clause reader reads of a parse: every term's text, tags and offsets, and matches with
// their groups. Not the terms' ids (random on every parse), their places in the batch, nor their
// chunks (not parsed: no clause rule matches chunks).
type Json = { terms: { index?: unknown; id?: unknown; chunk?: unknown }[] }[];
const withoutIds = (json: unknown) => (json as Json).map((s) => ({ ...s, terms: s.terms.map(({ index: _index, id: _id, chunk: _chunk, ...term }) => term) }));
function reading(doc: ClauseParse): unknown {
  return {
    terms: withoutIds(doc.json({ offset: true })),
    verbs: withoutIds(doc.match('[<verb>(killed|wounded|died|shot|hurt|injured|struck)]').groups('verb').json({ offset: true })),
    adverbs: withoutIds(doc.match('#Adverb').json({ offset: true })),
  };
}

describe('parseSentences', () => {
  it('parses each sentence of a batch as compromise parses it alone (but for chunks)', () => {
    const together = parseSentences(sentences);
    expect(together).toHaveLength(sentences.length);
    sentences.forEach((sentence, k) => expect(reading(together[k]!), sentence).toEqual(reading(nlp()(sentence))));
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

  it('leaves untagged the sentences no tag-reading rule can match, and reads every sentence the same', () => {
    const more = [
      ...sentences,
      'Gunmen opened fire, killing four people at the market.',
      'Bullets struck the car, and the police found the bodies of two men.',
      'The crash claimed the lives of three teenagers.',
      "The gunman's shots hit a parked van.",
      'He was quickly arrested by deputies.',
      'Nothing here is about anyone at all.',
    ];
    const parses = parseSentences(more, clauseRules);
    const tagged = parses.map((p) => p.has('#Noun'));
    // A rule of words alone ("killed four people", "the bodies of") needs no tags; an apostrophe may need them to split.
    expect(tagged[more.indexOf('Gunmen opened fire, killing four people at the market.')]).toBe(false);
    expect(tagged[more.indexOf('The crash claimed the lives of three teenagers.')]).toBe(false);
    expect(tagged[more.indexOf("The gunman's shots hit a parked van.")]).toBe(true);
    expect(tagged[more.indexOf('He was quickly arrested by deputies.')]).toBe(true);
    forgetReadings();
    const fromBatch = more.map((sentence, k) => clauseMatches(sentence, [], undefined, parses[k]));
    forgetReadings();
    const alone = more.map((sentence) => clauseMatches(sentence));
    expect(fromBatch).toEqual(alone);
    // Parsed for rules of words alone, a sentence that a tag-reading rule reads is parsed again for it.
    const sentence = 'A man was fatally shot by Gunmen, killing four people.';
    const wordsAlone = clauseRules.filter((rule) => rule.id === 'casualty/clause-object');
    const untaggedParse = parseSentences([sentence], wordsAlone)[0]!;
    expect(untaggedParse.has('#Noun')).toBe(false);
    forgetReadings();
    const read = readRules(sentence, clauseRules, untaggedParse);
    forgetReadings();
    expect(read).toEqual(readRules(sentence, clauseRules));
    expect(read.filter(Boolean).length).toBeGreaterThan(1);
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
