import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSentences, wordHooks, WORDLESS_HOOKS } from '../../src/extract/casualty/clause-parse.js';
import { forgetWords, REMEMBERED_WORDS, termsOf, type TokenWorld } from '../../src/extract/casualty/clause-terms.js';
import { nlpWords } from '../../src/util/nlp.js';

// compromise's own words of a sentence: fromString and every step before tagging.
type Term = { text: string; pre: string; post: string; normal: string; machine?: string; implicit?: string; alias?: string[] };
type Doc = { docs: Term[][]; compute(hooks: string | string[]): void };
const nlp = nlpWords();
const world = nlp.world() as unknown as TokenWorld & { hooks: string[]; methods: { one: { tokenize: { fromString(text: string, world: unknown): Term[][] } } } };
const View = nlp('').constructor as new (document: Term[][]) => Doc;
const allWordHooks = world.hooks.slice(0, world.hooks.indexOf('lexicon'));
const fields = (terms: Term[]) => terms.map(({ text, pre, post, normal, machine, implicit, alias }) => ({ text, pre, post, normal, machine, implicit, alias }));
function compromiseWords(sentence: string): unknown {
  const document = world.methods.one.tokenize.fromString(sentence, world);
  new View(document).compute(allWordHooks);
  return document.map(fields);
}
const ours = (doc: unknown) => (doc as Doc).docs.map(fields);
const normalize = (document: Term[][]) => new View(document).compute('normal');

// Words whose terms are worked out in unusual ways: punctuation around them, contractions, unicode,
// slashes, hyphens, numbers with units or ranges, acronyms, several sentences in one.
const sentences = [
  '"We heard shots," said Dana Orlov, who wasn\'t hurt.',
  "He's been shot; they're fine and she'd left (or so we've heard)...",
  'Björk Ærø, 34, was taken to St. Mary’s — a 5-minute drive — at 9:45 p.m.',
  'The F.B.I. and/or the A.T.F. said 3-4 people, incl. a 12yo, were hurt 40km away.',
  'Two were KILLED!!! Another… injured?! #breaking @desk',
  'Officers found a man\u00a0with a gunshot wound.\nHe was pronounced dead.',
  'Reyes’ car, the teens\' bikes: dunno, gonna check; we cannot say.',
  '...',
  '',
];

const fixtureFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? fixtureFiles(path) : /\.(?:md|txt|html?)$/i.test(name) ? [path] : [];
  });

describe('clause-terms: compromise tokenizing with its words remembered', () => {
  it("gives compromise's words, fresh and remembered", () => {
    forgetWords();
    const fresh = parseSentences(sentences);
    const again = parseSentences(sentences);
    sentences.forEach((sentence, k) => {
      expect(ours(fresh[k]), sentence).toEqual(compromiseWords(sentence));
      expect(ours(again[k]), sentence).toEqual(compromiseWords(sentence));
    });
  });

  it('gives each term objects of its own, never a remembered one', () => {
    forgetWords();
    const [first] = termsOf('He was shot.', world, normalize);
    const [second] = termsOf('He was shot.', world, normalize);
    expect(second).toEqual(first);
    expect(second![0]).not.toBe(first![0]);
    expect(second![0]!.tags).not.toBe(first![0]!.tags);
  });

  it('empties its memory when full and gives the same words after', () => {
    forgetWords();
    const words = Array.from({ length: REMEMBERED_WORDS + 10 }, (_, k) => `w${k}`).join(' ');
    termsOf(words, world, normalize);
    expect(ours(parseSentences(['Two men were wounded.'])[0])).toEqual(compromiseWords('Two men were wounded.'));
  });

  it('runs the word steps but those that change no word', () => {
    expect(wordHooks(world.hooks)).toEqual(allWordHooks.filter((hook) => !WORDLESS_HOOKS.has(hook)));
    expect(wordHooks(world.hooks)).toContain('contractions');
  });

  it("gives compromise's words of every sentence of the fixtures", () => {
    forgetWords();
    const all = [...new Set(fixtureFiles('fixtures').flatMap((file) => readFileSync(file, 'utf8').split(/(?<=[.!?])\s+|\n+/)))];
    expect(all.length).toBeGreaterThan(400);
    const parses = parseSentences(all);
    const differ = all.filter((sentence, k) => JSON.stringify(ours(parses[k])) !== JSON.stringify(compromiseWords(sentence)));
    expect(differ).toEqual([]);
  });
});
