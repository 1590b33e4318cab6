import { type Nlp, nlpWords } from '../../util/nlp.js';
import type { ClauseRule } from './clause-rules.js';
import { matchParse, portable, startFilter, type MatchOffset, type MatchReg, type MatchTerm, type StartFilter } from './clause-match.js';
import { termsOf, type TokenWorld } from './clause-terms.js';

/** compromise's parse of one sentence: what the clause rules match over. */
export type ClauseParse = ReturnType<Nlp>;

/** compromise's internals this file reaches: its tokenizer and its view over a tokenized document. */
interface World extends TokenWorld {
  hooks: string[];
}
/** What a term holds that a word of a match statement is compared with (compromise's doesMatch). */
interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
}
type ViewClass = new (document: Term[][]) => ClauseParse & { compute(hooks: string | string[]): void; docs: Term[][] };

/**
 * Sentences parsed in one call to compromise. A call has a cost of its own besides its words, so a
 * document's sentences are parsed together.
 */
export const PARSE_BATCH_SENTENCES = 64;

/**
 * The steps of compromise's parse that give a sentence its words (split, contractions, normal and
 * machine forms), before any tagging. No clause rule reads tags (test/extract/clause-parse.test.ts
 * checks), so no sentence is tagged: tagging is about six parts in seven of a parse's cost. (It
 * would split a few more contractions, "he's" into "he has", which no rule needs.)
 */
const WORD_HOOKS = new Set(['contractions', 'alias', 'machine', 'index', 'id', 'freeze', 'typeahead']);
/**
 * Of those, the ones that change no word: terms' places, their ids and the tags of a frozen lexicon.
 * The clause rules' matcher (clause-match.ts) reads none of them, and they were a fifth of the
 * word steps' cost. (compromise's own match runs without them: a match's pointers go unchecked.)
 */
export const WORDLESS_HOOKS = new Set(['index', 'id', 'freeze']);

/** The word steps a parse runs, in compromise's order. */
export const wordHooks = (hooks: readonly string[]) => hooks.slice(0, hooks.findIndex((hook) => !WORD_HOOKS.has(hook))).filter((hook) => !WORDLESS_HOOKS.has(hook));

/** Whether a match statement matches chunks: `<Noun>`, not a named group `[<verb>…]`. */
export const matchesChunks = (match: string) => /(?<!\[)<\w/.test(match);

/** A parsed match statement's steps, as far as they are read here. */
interface Reg {
  word?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
  optional?: boolean;
  negative?: boolean;
  min?: number;
  use?: string;
  fuzzy?: boolean;
  tag?: string;
  chunk?: string;
  method?: string;
  regex?: RegExp;
  switch?: string;
  sense?: string;
  machine?: string;
  [key: string]: unknown;
}

/**
 * Whether a match statement may read what only tagging gives a word: tags (`#Adverb`), chunks
 * (`<Noun>`), and, to be safe, the rarer step kinds (`@method`, `{root}`, `~fuzzy~`). A `/regex/`
 * step is tested against a word's normal form, which tokenizing sets: it reads no tags.
 */
const readsTagsOf = (regs: Reg[]): boolean =>
  regs.some((r) => r.tag !== undefined || r.chunk !== undefined || r.method !== undefined || r.switch !== undefined || r.sense !== undefined || r.machine !== undefined || r.fuzzy === true || r.use !== undefined || (r.choices ?? []).some(readsTagsOf));

/** Whether a rule's match statement reads tags: none may, as its sentences are never tagged. */
export const readsTags = (rule: ClauseRule) => readsTagsOf(compiledMatch(rule) as unknown as Reg[]);

/** A plain word step: compared with the term's text, normal, machine and alias forms, and never optional. */
const plainWord = (r: Reg) => r.word !== undefined && !r.optional && !r.negative && !r.fuzzy && r.use === undefined && r.min !== 0 && !/['’]/.test(r.word);

function anchorsOf(regs: Reg[]): Set<string>[] {
  const anchors: Set<string>[] = [];
  for (const r of regs) {
    if (r.optional || r.negative || r.min === 0) continue;
    if (plainWord(r)) anchors.push(new Set([r.word!]));
    else if (r.fastOr && r.fuzzy !== true && r.use === undefined) anchors.push(new Set(r.fastOr));
    else if (r.choices && r.operator === 'or' && r.choices.length) {
      const words = r.choices.map((choice) => choice.find(plainWord)?.word);
      if (words.every((w) => w !== undefined)) anchors.push(new Set(words as string[]));
    }
  }
  return anchors;
}

/**
 * What a rule's match statement needs of a sentence, read from compromise's parse of the statement:
 * for each step every match must take, the words one of which must be a word of the sentence (any
 * word of each alternative a step spells out).
 */
const anchorsOfRule = new Map<ClauseRule, Set<string>[]>();
function ruleAnchors(rule: ClauseRule): Set<string>[] {
  let anchors = anchorsOfRule.get(rule);
  if (!anchors) anchorsOfRule.set(rule, (anchors = anchorsOf(compiledMatch(rule) as unknown as Reg[])));
  return anchors;
}

/**
 * Every form of every word of a parse a match statement's word can be compared with (compromise
 * compares a word with a term's text, normal, machine, implicit, root and alias forms).
 */
function wordsOf(sentences: Term[][]): Set<string> {
  const words = new Set<string>();
  for (const terms of sentences) {
    for (const term of terms) {
      words.add(term.text).add(term.normal);
      if (term.machine) words.add(term.machine);
      if (term.implicit) words.add(term.implicit);
      if (term.root) words.add(term.root);
      for (const alias of term.alias ?? []) words.add(alias);
    }
  }
  return words;
}

/** Whether a rule can match a sentence of these words: a word of each of its anchors is there. */
const canMatch = (rule: ClauseRule, words: Set<string>) =>
  ruleAnchors(rule).every((anchor) => {
    for (const w of anchor) if (words.has(w)) return true;
    return false;
  });

/**
 * Whether compromise's contractions step may split a term: only a word with an apostrophe ("didn't"),
 * a digit ("4km", "3-4") or one of its contractions' words ("cannot", "gonna") is split, and the step
 * reads each sentence on its own (contraction-one/compute/contractions: knownOnes, byEnd, byStart,
 * numDash, numberUnit), so it runs over the sentences with such a word alone: its loop over every
 * word was a fifth of the word steps' cost.
 */
let contractible: ((term: Term) => boolean) | undefined;
function mayContract(world: World): (term: Term) => boolean {
  if (!contractible) {
    const list = (world.model as { one?: { contractions?: { word?: string }[] } }).one?.contractions ?? [];
    const listed = new Set(list.flatMap((c) => (c.word === undefined ? [] : [c.word])));
    contractible = (term) => /['’\d]/.test(term.normal) || /\d/.test(term.text) || listed.has(term.normal);
  }
  return contractible;
}

/**
 * compromise's words of each sentence, as `nlp()(sentence)` gives them but untagged: each sentence
 * is split into compromise's sentences and words on its own, exactly as a call on it alone would,
 * and the word steps then run over a batch in one pass. Each sentence gets a view over its own
 * words only, so matches and their offsets are the sentence's alone (test/extract/clause-parse.test.ts
 * holds the words equal to a tagged parse's but for contractions tagging splits).
 */
export function parseSentences(sentences: readonly string[]): ClauseParse[] {
  const parse = nlpWords();
  const world = parse.world() as unknown as World;
  const View = parse('').constructor as ViewClass;
  const hooks = wordHooks(world.hooks);
  const normalize = (document: Term[][]) => new View(document).compute('normal');
  const parsed: ClauseParse[] = [];
  for (let from = 0; from < sentences.length; from += PARSE_BATCH_SENTENCES) {
    const batch = sentences.slice(from, from + PARSE_BATCH_SENTENCES);
    const document: Term[][] = [];
    const ranges: [number, number][] = [];
    for (const sentence of batch) {
      const own = termsOf(sentence, world, normalize);
      ranges.push([document.length, document.length + own.length]);
      document.push(...own);
    }
    if (document.length) {
      const view = new View(document);
      for (const hook of hooks) {
        if (hook !== 'contractions') view.compute(hook);
        else {
          const touched = document.filter((terms) => terms.some(mayContract(world)));
          if (touched.length) new View(touched).compute(hook);
        }
      }
    }
    for (const [start, end] of ranges) parsed.push(new View(document.slice(start, end)));
  }
  return parsed;
}

export type { MatchOffset };

/** Where one clause rule's match statement matched a sentence: each whole match, and its `verb` groups. */
export interface RuleReading {
  spans: MatchOffset[];
  verbs: MatchOffset[];
}

type Json = { json(options: object): MatchOffset[] };
type CompiledMatch = ReturnType<Nlp['parseMatch']>;
const compiled = new Map<ClauseRule, CompiledMatch>();

/** A rule's match statement parsed once, on first use: compromise would parse the string on every call. */
function compiledMatch(rule: ClauseRule): CompiledMatch {
  let regs = compiled.get(rule);
  if (!regs) compiled.set(rule, (regs = nlpWords().parseMatch(rule.match)));
  return regs;
}

/** A rule's steps as clause-match.ts runs them, or null when it cannot: compromise's matcher runs those. */
const ported = new Map<ClauseRule, { regs: MatchReg[]; filter: StartFilter | null } | null>();
function portedMatch(rule: ClauseRule): { regs: MatchReg[]; filter: StartFilter | null } | null {
  let port = ported.get(rule);
  if (port === undefined) {
    const regs = compiledMatch(rule) as unknown as MatchReg[];
    ported.set(rule, (port = portable(regs) ? { regs, filter: startFilter(regs) } : null));
  }
  return port;
}

/** Whether a rule runs on clause-match.ts's port of compromise's matcher (every clause rule does: a test checks). */
export const runsPorted = (rule: ClauseRule) => portedMatch(rule) !== null;

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
    const doc = parsed ?? parseSentences([sentence])[0]!;
    let words: Set<string> | undefined;
    for (const rule of missing) {
      // The port looks for a rule's first required word before anything else: it needs no anchors.
      const port = portedMatch(rule);
      if (port) {
        const reading = matchParse((doc as unknown as { docs: MatchTerm[][] }).docs, port.regs, 'verb', port.filter);
        known.set(rule, reading && { spans: reading.spans, verbs: reading.groups });
        continue;
      }
      // A rule whose words are not all in the sentence matches nothing there: compromise's match
      // would try every word of the sentence against every alternative to find that out.
      words ??= wordsOf((doc as unknown as { docs: Term[][] }).docs);
      if (!canMatch(rule, words)) {
        known.set(rule, null);
        continue;
      }
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
