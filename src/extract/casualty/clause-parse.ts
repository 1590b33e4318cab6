import { nlp } from '../../util/nlp.js';
import type { ClauseRule } from './clause-rules.js';

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
 * The steps of compromise's parse the clause rules read: all but the chunker, which marks noun and
 * verb phrases for chunk matches (`<Noun>`), a syntax no clause rule uses (test/extract/clause-parse.test.ts
 * checks), and which costs about a tenth of the parse.
 */
const taggingHooks = (world: World) => world.hooks.filter((hook) => hook !== 'chunks');

/** Whether a match statement matches chunks: `<Noun>`, not a named group `[<verb>…]`. */
export const matchesChunks = (match: string) => /(?<!\[)<\w/.test(match);

/**
 * compromise's parse of each sentence, the same as `nlp()(sentence)` gives but for chunks: each sentence is
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
    if (document.length) (new View(document) as unknown as { compute(hooks: string[]): void }).compute(taggingHooks(world));
    for (const [start, end] of ranges) parsed.push(new View(document.slice(start, end)));
  }
  return parsed;
}

/** compromise's offsets of a match (or of a group in it) in the sentence. */
export interface MatchOffset {
  offset: { start: number; length: number };
}

/** Where one clause rule's match statement matched a sentence: each whole match, and its `verb` groups. */
export interface RuleReading {
  spans: MatchOffset[];
  verbs: MatchOffset[];
}

type Json = { json(options: object): MatchOffset[] };
type CompiledMatch = ReturnType<ReturnType<typeof nlp>['parseMatch']>;
const compiled = new Map<ClauseRule, CompiledMatch>();

/** A rule's match statement parsed once, on first use: compromise would parse the string on every call. */
function compiledMatch(rule: ClauseRule): CompiledMatch {
  let regs = compiled.get(rule);
  if (!regs) compiled.set(rule, (regs = nlp().parseMatch(rule.match)));
  return regs;
}

/**
 * The readings of the sentences read so far in this process, by text. A reading depends on the
 * sentence's text alone, and the same sentence comes again and again across a folder (wire copy,
 * a story told anew, boilerplate): it is parsed once. Bounded: past this many the memory is
 * emptied and filled again, which changes only how often a sentence is parsed, never its reading.
 */
export const REMEMBERED_SENTENCES = 20_000;
const remembered = new Map<string, Map<ClauseRule, RuleReading | null>>();

/** Forgets every reading (tests compare fresh parses). */
export function forgetReadings(): void {
  remembered.clear();
}

/** Whether the sentence's reading is remembered: the caller need not parse it. */
export function isRemembered(sentence: string): boolean {
  return remembered.has(sentence);
}

/**
 * Each rule's reading of the sentence (null where it matched nothing), from `parsed` (the
 * sentence's parse) or else a parse of its own, or remembered from an earlier reading.
 */
export function readRules(sentence: string, rules: readonly ClauseRule[], parsed?: ClauseParse): (RuleReading | null)[] {
  let known = remembered.get(sentence);
  if (!known) {
    if (remembered.size >= REMEMBERED_SENTENCES) remembered.clear();
    remembered.set(sentence, (known = new Map()));
  }
  const missing = rules.filter((rule) => !known.has(rule));
  if (missing.length) {
    const doc = parsed ?? nlp()(sentence);
    for (const rule of missing) {
      const matches = doc.match(compiledMatch(rule));
      if (!matches.found) {
        known.set(rule, null);
        continue;
      }
      // Offsets only: the terms and text json gives by default are copies nothing here reads.
      const only = { offset: true, text: false, terms: false };
      const spans = (matches as unknown as Json).json(only);
      const verbs = (matches.groups('verb') as unknown as Json).json(only);
      known.set(rule, { spans, verbs });
    }
  }
  return rules.map((rule) => known.get(rule)!);
}
