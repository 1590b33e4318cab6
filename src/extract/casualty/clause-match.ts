/**
 * compromise's matcher (compromise/one 14.x, src/1-one/match), ported for the step kinds the clause
 * rules use: words, OR lists (one word each, or phrases), `/regex/` words, `.` and the optional and
 * repeated (`{0,n}`) forms of them, in named groups. It walks the same steps in the same order, so a
 * rule matches exactly where compromise's `match` would (quirks included: an optional step gives up
 * its word to the next step only when that step would not match the word after; a phrase of an OR
 * list skips no contraction), but it starts only where the rule's first required step can be reached,
 * and gives offsets without building compromise's views. test/extract/clause-match.test.ts and
 * scripts/clause-match-compare.mjs hold it to compromise's results.
 */

import { doesMatch, startFilter, startTest, type MatchReg, type MatchTerm, type StartFilter } from './clause-match-steps.js';

export { portable, startFilter, type MatchReg, type MatchTerm, type StartFilter } from './clause-match-steps.js';

/** compromise's offsets of a match (or of a group in it) in the sentence, as its json({ offset: true }) gives them. */
export interface MatchOffset {
  offset: { index: number; start: number; length: number };
}

/** Where a match statement matched a sentence: each whole match, and its groups of the given name. */
export interface PortedReading {
  spans: MatchOffset[];
  groups: MatchOffset[];
}

interface State {
  terms: readonly MatchTerm[];
  /** The absolute index of the term at hand (compromise counts from the match's start). */
  t: number;
  r: number;
  regs: readonly MatchReg[];
  start: number;
  groups: Map<string, { start: number; length: number }>;
  inGroup: string | null;
}

function groupOf(state: State, at: number) {
  let g = state.groups.get(state.inGroup!);
  if (!g) state.groups.set(state.inGroup!, (g = { start: at, length: 0 }));
  return g;
}

function foundOptional(state: State): void {
  const next = state.regs[state.r + 1]!;
  if (doesMatch(state.terms[state.t]!, next)) {
    const nextTerm = state.terms[state.t + 1];
    if (!nextTerm || !doesMatch(nextTerm, next)) state.r += 1;
  }
}

function getGreedy(state: State, endReg: MatchReg | undefined): number | null {
  const reg = state.regs[state.r]!;
  const from = state.t;
  for (; state.t < state.terms.length; state.t += 1) {
    const count = state.t - from + 1;
    if (endReg && doesMatch(state.terms[state.t]!, endReg) && (reg.min === undefined || count >= reg.min)) return state.t;
    if (reg.max !== undefined && count === reg.max) return state.t;
    if (!doesMatch(state.terms[state.t]!, reg)) {
      if (reg.min !== undefined && count < reg.min) return null;
      return state.t;
    }
  }
  if (reg.min !== undefined && state.t - from + 1 < reg.min) return null;
  return state.t;
}

function simpleMatch(state: State, hasGroup: boolean): boolean {
  const { regs } = state;
  const reg = regs[state.r]!;
  const term = state.terms[state.t]!;
  const startAt = state.t;
  if (reg.optional && regs[state.r + 1]) foundOptional(state);
  // From here compromise reads the step at hand anew, which foundOptional may have moved on.
  // "we've" matched by "we": the implicit "have" goes with it.
  if (term.implicit && state.terms[state.t + 1]) {
    const next = state.terms[state.t + 1]!;
    if (next.implicit && regs[state.r]!.word === term.normal) state.t += 1;
  }
  state.t += 1;
  if (reg.greedy === true) {
    const to = getGreedy(state, regs[state.r + 1]);
    if (to === null) return false;
    state.t = to;
  }
  if (hasGroup) {
    const g = groupOf(state, startAt);
    // compromise tests the position from the match's start here.
    if (state.t - state.start > 1 && regs[state.r]!.greedy) g.length += state.t - startAt;
    else g.length++;
  }
  return true;
}

function doAstrix(state: State, hasGroup: boolean): boolean {
  const reg = state.regs[state.r]!;
  const next = state.regs[state.r + 1];
  let skipto: number | null = state.terms.length;
  if (next) {
    skipto = null;
    for (let t = state.t; t < state.terms.length; t += 1) {
      if (doesMatch(state.terms[t]!, next)) {
        skipto = t;
        break;
      }
    }
  }
  if (skipto === null || skipto === state.start) return false;
  if (reg.min !== undefined && skipto - state.t < reg.min) return false;
  if (reg.max !== undefined && skipto - state.t > reg.max) {
    state.t += reg.max;
    return true;
  }
  if (hasGroup) groupOf(state, state.t).length += skipto - state.t;
  state.t = skipto;
  return true;
}

// Per OR list of phrases, whether a term can begin one of them: most terms begin none.
const headTests = new WeakMap<MatchReg, (term: MatchTerm) => boolean>();

function tryChoices(state: State, block: MatchReg, skip: number): number {
  const at = state.terms[state.t + skip];
  if (at === undefined) return 0;
  let begins = headTests.get(block);
  if (!begins) headTests.set(block, (begins = startTest(block)));
  if (!begins(at)) return 0;
  for (const choice of block.choices!) {
    let len = 0;
    for (const reg of choice) {
      const term = state.terms[state.t + skip + len];
      if (term === undefined || !doesMatch(term, reg)) {
        len = 0;
        break;
      }
      len += 1;
    }
    if (len > 0) return len;
  }
  return 0;
}

function orBlock(state: State, hasGroup: boolean): boolean {
  const reg = state.regs[state.r]!;
  let skip = tryChoices(state, reg, 0);
  if (skip && reg.greedy === true) {
    for (let more = tryChoices(state, reg, skip); more > 0; more = tryChoices(state, reg, skip)) skip += more;
  }
  if (skip) {
    if (hasGroup) groupOf(state, state.t).length += skip;
    state.t += skip;
    return true;
  }
  return reg.optional === true;
}

/** compromise's tryHere: the match starting at term `start`, or null. */
function tryHere(terms: readonly MatchTerm[], regs: readonly MatchReg[], start: number): { end: number; groups: State['groups'] } | null {
  const state: State = { terms, t: start, r: 0, regs, start, groups: new Map(), inGroup: null };
  for (; state.r < regs.length; state.r += 1) {
    const reg = regs[state.r]!;
    const hasGroup = Boolean(reg.group);
    state.inGroup = hasGroup ? reg.group! : null;
    if (!terms[state.t]) {
      if (!regs.slice(state.r).some((remain) => !remain.optional)) break;
      return null;
    }
    let alive: boolean;
    if (reg.anything === true && reg.greedy === true) alive = doAstrix(state, hasGroup);
    else if (reg.choices !== undefined) alive = orBlock(state, hasGroup);
    else if (reg.anything === true || doesMatch(terms[state.t]!, reg)) alive = simpleMatch(state, hasGroup);
    else alive = reg.optional === true;
    if (!alive) return null;
  }
  if (state.t === start) return null;
  return { end: state.t, groups: state.groups };
}

/** compromise's runMatch over one sentence of the parse: each match's start, end and groups. */
function runMatch(terms: readonly MatchTerm[], regs: readonly MatchReg[], filter: StartFilter | null, found: (start: number, end: number, groups: State['groups']) => void): void {
  const minLength = regs.filter((reg) => reg.optional !== true).length;
  let next = -1;
  for (let i = 0; i < terms.length; i += 1) {
    if (terms.length - i < minLength) break;
    if (filter) {
      if (next < i) {
        next = i;
        while (next < terms.length && !filter.startsAt(terms[next]!)) next += 1;
        if (next === terms.length) break;
      }
      if (next - i > filter.reach) i = next - filter.reach;
      if (terms.length - i < minLength) break;
    }
    const res = tryHere(terms, regs, i);
    if (!res) continue;
    found(i, res.end, res.groups);
    if (Math.abs(res.end - 1) > i) i = Math.abs(res.end - 1);
  }
}

/** compromise's json offset of terms [start, end) of sentence n: the first term's, and the length of their text trimmed. */
function offsetOf(docs: readonly (readonly MatchTerm[])[], starts: number[][], indexes: number[], n: number, start: number, end: number): MatchOffset | null {
  const terms = docs[n]!.slice(start, end);
  if (!terms.length) return null;
  let text = '';
  for (const t of terms) text += (t.pre || '') + (t.text || t.normal || '') + (t.post || '');
  return { offset: { index: indexes[n]! + start, start: starts[n]![start]!, length: text.trim().length } };
}

/** Each term's character start in the parse, as compromise's offset step counts it, and each sentence's first term index. */
function positions(docs: readonly (readonly MatchTerm[])[]): { starts: number[][]; indexes: number[] } {
  let elapsed = 0;
  let index = 0;
  const starts: number[][] = [];
  const indexes: number[] = [];
  for (const terms of docs) {
    indexes.push(index);
    const own: number[] = [];
    for (const term of terms) {
      own.push(elapsed + term.pre.length);
      elapsed += term.pre.length + term.text.length + term.post.length;
      index += 1;
    }
    starts.push(own);
  }
  return { starts, indexes };
}

/** What `parse.match(regs)` and its `.groups(group)` give as json offsets, or null where it finds nothing. */
export function matchParse(docs: readonly (readonly MatchTerm[])[], regs: readonly MatchReg[], group: string, filter: StartFilter | null = startFilter(regs)): PortedReading | null {
  const spans: [number, number, number][] = [];
  const groups: [number, number, number][] = [];
  docs.forEach((terms, n) =>
    runMatch(terms, regs, filter, (start, end, found) => {
      spans.push([n, start, end]);
      const g = found.get(group);
      if (g) groups.push([n, g.start, g.start + g.length]);
    }),
  );
  if (!spans.length) return null;
  const { starts, indexes } = positions(docs);
  const offsets = (ptrs: [number, number, number][]) =>
    ptrs.flatMap(([n, start, end]) => (start === end ? [] : [offsetOf(docs, starts, indexes, n, start, end)].filter((o): o is MatchOffset => o !== null)));
  return { spans: offsets(spans), groups: offsets(groups) };
}
