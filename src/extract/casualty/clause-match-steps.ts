/**
 * The steps of a match statement as compromise/one 14.x parses them, and its test of one step against
 * one term (src/1-one/match/methods/match/term/doesMatch.js), for the step kinds clause-match.ts ports;
 * and where a match can start, from its first required step.
 */

/** What a word step reads of a term: compromise's tokenizer sets these. */
export interface MatchTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
}

/** A step of a match statement as compromise's parseMatch gives it. */
export interface MatchReg {
  word?: string;
  fastOr?: Set<string>;
  regex?: RegExp;
  anything?: boolean;
  choices?: MatchReg[][];
  operator?: string;
  optional?: boolean;
  greedy?: boolean;
  min?: number;
  max?: number;
  group?: string;
  groupStart?: boolean;
  groupEnd?: boolean;
}

const STEP_KEYS = new Set(['word', 'fastOr', 'regex', 'anything', 'choices', 'operator', 'optional', 'greedy', 'min', 'max', 'group', 'groupStart', 'groupEnd']);
// Inside a phrase of an OR list compromise compares each word as it stands (repeats would need more of the port).
const CHOICE_KEYS = new Set(['word', 'fastOr', 'regex', 'anything']);

const portableStep = (reg: MatchReg, keys: Set<string>): boolean =>
  Object.keys(reg).every((key) => keys.has(key)) &&
  (reg.regex === undefined || (!reg.regex.global && !reg.regex.sticky)) &&
  (reg.operator === undefined || reg.operator === 'or') &&
  (reg.operator !== 'or' || reg.fastOr !== undefined || reg.choices !== undefined) &&
  (reg.choices === undefined || (reg.operator === 'or' && reg.choices.every((choice) => Array.isArray(choice) && choice.length > 0 && choice.every((r) => portableStep(r, CHOICE_KEYS)))));

/** Whether the port reads every step of a parsed statement: no anchors, negations, tags or other kinds. */
export const portable = (regs: readonly MatchReg[]): boolean => regs.length > 0 && regs.every((reg) => portableStep(reg, STEP_KEYS));

/** compromise's doesMatch for the portable steps. */
export function doesMatch(term: MatchTerm, reg: MatchReg): boolean {
  if (reg.anything === true) return true;
  if (reg.word !== undefined) {
    if (term.machine !== null && term.machine === reg.word) return true;
    if (term.alias && term.alias.some((a) => a === reg.word)) return true;
    return reg.word === term.text || reg.word === term.normal;
  }
  if (reg.regex !== undefined) return reg.regex.test(term.normal);
  if (reg.fastOr !== undefined) {
    const str = term.root || term.implicit || term.machine || term.normal;
    return reg.fastOr.has(str) || reg.fastOr.has(term.text);
  }
  // An OR list of phrases compares a term with each phrase as if it were a step: never a match.
  return false;
}

/**
 * Where a match can start: its first required step must take a term no more than `reach` terms on,
 * each optional step before it taking one word, or two for a contraction (compromise's contraction
 * skip reads whichever step is at hand after an optional one, so any step may take two). Null when the steps before
 * it could take more (repeats, phrases, `.`) or it is `.` itself: every term may start a match.
 */
export interface StartFilter {
  startsAt: (term: MatchTerm) => boolean;
  reach: number;
}

/** Whether a term holds one of these words where a word step compares it (text, normal, machine or alias form). */
const holdsOneOf = (words: Set<string>) => (term: MatchTerm) =>
  words.has(term.text) || words.has(term.normal) || (typeof term.machine === 'string' && words.has(term.machine)) || (term.alias !== undefined && term.alias.some((a) => words.has(a)));

/** Whether the first required step can take the term: an OR list of phrases by the first word of one. */
export function startTest(first: MatchReg): (term: MatchTerm) => boolean {
  const heads = first.choices?.map((choice) => choice[0]!);
  if (!heads) return (term) => doesMatch(term, first);
  if (heads.every((head) => Object.keys(head).length === 1 && head.word !== undefined)) return holdsOneOf(new Set(heads.map((head) => head.word!)));
  return (term) => heads.some((head) => doesMatch(term, head));
}

export function startFilter(regs: readonly MatchReg[]): StartFilter | null {
  const k = regs.findIndex((reg) => reg.optional !== true);
  if (k < 0) return null;
  const before = regs.slice(0, k);
  if (before.some((reg) => reg.greedy || reg.anything || reg.choices)) return null;
  const first = regs[k]!;
  if (first.anything) return null;
  return { startsAt: startTest(first), reach: 2 * before.length };
}
