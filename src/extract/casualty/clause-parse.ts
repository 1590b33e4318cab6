import { nlp } from '../../util/nlp.js';

/** compromise's parse of one sentence: what the clause rules match over. */
export type ClauseParse = ReturnType<ReturnType<typeof nlp>>;

/** compromise's internals this file reaches: its tokenizer and its view over a tokenized document. */
interface World {
  hooks: string[];
  methods: { one: { tokenize: { fromString(text: string, world: World): unknown[][] } } };
}
type ViewClass = new (document: unknown[][]) => ClauseParse;

/**
 * Sentences parsed in one call to compromise. A call has a cost of its own besides its words (its
 * tagger sweeps every rule it knows for each pass), so a document's sentences are parsed together:
 * about a third less work than one call a sentence.
 */
export const PARSE_BATCH_SENTENCES = 64;

/**
 * compromise's parse of each sentence, the same as `nlp()(sentence)` gives: each sentence is
 * split into compromise's sentences and words on its own, exactly as a call on it alone would,
 * and the words of a batch are then tagged in one pass (compromise tags each of its sentences
 * apart from the others). Each sentence gets a view over its own words only, so matches and
 * their offsets are the sentence's alone (test/extract/clause-parse.test.ts holds the two equal).
 */
export function parseSentences(sentences: readonly string[]): ClauseParse[] {
  const parse = nlp();
  const world = parse.world() as unknown as World;
  const View = parse('').constructor as ViewClass;
  const parsed: ClauseParse[] = [];
  for (let from = 0; from < sentences.length; from += PARSE_BATCH_SENTENCES) {
    const batch = sentences.slice(from, from + PARSE_BATCH_SENTENCES);
    const document: unknown[][] = [];
    const ranges: [number, number][] = [];
    for (const sentence of batch) {
      const own = world.methods.one.tokenize.fromString(sentence, world);
      ranges.push([document.length, document.length + own.length]);
      document.push(...own);
    }
    if (document.length) (new View(document) as unknown as { compute(hooks: string[]): void }).compute(world.hooks);
    for (const [start, end] of ranges) parsed.push(new View(document.slice(start, end)));
  }
  return parsed;
}
