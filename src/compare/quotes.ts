import { isCommonWord } from '../extract/mentions/lexicon.js';
import { SPEAKER_INFERRED } from '../extract/quote.js';
import type { FindingValue, NormalizedClaim, QuoteValue } from '../types.js';

// A quote is cross-checked against the same quotation elsewhere, never against the other
// things its speaker said: two articles quoting one official on different points agree on
// nothing and disagree on nothing. Two quotations are one when most of the shorter one's
// words come in the same order in the longer (a local word alignment); then they can be the
// same, a trimmed version of it, or the same quotation reworded.

export type Alignment = 'same' | 'trimmed' | 'reworded' | 'unrelated';

/** Fewest words two quotations must share, in order, to be one quotation. */
const MIN_SHARED = 5;
/** Share of the shorter quotation's words that must be found, in order, in the longer. */
const MIN_SHARE = 0.6;

/** One spelling for British and American variants and clock times ("realised", "6:00"). */
const spelling = (word: string) =>
  word.replace(/^(\d+):00$/, '$1').replace(/(?<=\p{L}{2})our(?=s?$|ed$|ing$|hood)/u, 'or').replace(/(?<=\p{L}{3})is(e|es|ed|ing|ation|ations)$/u, 'iz$1');

/** The words of a quotation: editorial brackets and ellipses out, apostrophes closed up. */
export function quotationWords(quote: string): string[] {
  return quote
    .toLowerCase()
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .replace(/['’‘]/g, '')
    .replace(/(\d):(\d\d)/g, '$1:$2')
    .split(/[^\p{L}\p{N}:]+/u)
    .map((w) => spelling(w.replace(/^:+|:+$/g, '')))
    .filter(Boolean);
}

/**
 * Local alignment of the shorter word list against the longer (Smith–Waterman: a shared
 * word scores, a changed, missing or extra word costs), so that a sentence of a long quote
 * is matched where it stands and not from words scattered across it. Returns how many
 * words of the best local alignment are shared.
 */
function sharedInOrder(short: string[], long: string[]): number {
  const MATCH = 2;
  const COST = -1;
  let best = { score: 0, shared: 0 };
  let prev = new Array<{ score: number; shared: number }>(long.length + 1).fill({ score: 0, shared: 0 });
  for (let i = 1; i <= short.length; i++) {
    const row = [{ score: 0, shared: 0 }];
    for (let j = 1; j <= long.length; j++) {
      const diag = prev[j - 1]!;
      const same = short[i - 1] === long[j - 1];
      const options = [
        { score: diag.score + (same ? MATCH : COST), shared: diag.shared + (same ? 1 : 0) },
        { score: prev[j]!.score + COST, shared: prev[j]!.shared },
        { score: row[j - 1]!.score + COST, shared: row[j - 1]!.shared },
      ];
      let cell = { score: 0, shared: 0 };
      for (const o of options) if (o.score > cell.score || (o.score === cell.score && o.shared > cell.shared)) cell = o;
      row.push(cell);
      if (cell.score > best.score || (cell.score === best.score && cell.shared > best.shared)) best = cell;
    }
    prev = row;
  }
  return best.shared;
}

/** How two quotations stand to each other. */
export function alignQuotations(a: string, b: string): Alignment {
  return alignWords(quotationWords(a), quotationWords(b));
}

/** alignQuotations over the quotations' words. */
function alignWords(wa: string[], wb: string[]): Alignment {
  if (wa.join(' ') === wb.join(' ')) return 'same';
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (!short.length) return 'unrelated';
  // Cheap test first: most pairs share too few words to be one quotation.
  const inLong = new Set(long);
  if (short.filter((w) => inLong.has(w)).length < Math.min(MIN_SHARED, short.length)) return 'unrelated';
  const shared = sharedInOrder(short, long);
  // Every word of the shorter found in order: the same quotation, cut (with or without an ellipsis).
  if (shared === short.length && (short.length >= 3 || long.length <= short.length + 2)) return 'trimmed';
  return shared >= MIN_SHARED && shared / short.length >= MIN_SHARE ? 'reworded' : 'unrelated';
}

// A speaker is a person's name when it is capitalised and not only common words: "police",
// "the sheriff's office" and "Fire Officer" describe a source any named official may speak for.
const isName = (speaker: string) =>
  /^\p{Lu}/u.test(speaker) &&
  !/\s\p{Ll}/u.test(speaker.replace(/\s(?:al|el|bin|ibn|de|da|van|von|der|la|le)(?=[\s-])/g, '')) &&
  speaker.split(/\s+/).some((w) => !isCommonWord(w.toLowerCase().replace(/\.$/, '')));
const nameWords = (speaker: string) => speaker.toLowerCase().split(/\s+/);

/**
 * Whether two speakers may be one person: unknown or a described source ("police", "the
 * sheriff’s office", who may speak through any named official), one name part of the other
 * ("Serpas", "Ronal Serpas"), or the same surname (first names are spelled variously).
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (!a || !b || a.toLowerCase() === b.toLowerCase()) return true;
  if (!isName(a) || !isName(b)) return true;
  const [wa, wb] = [nameWords(a), nameWords(b)];
  if (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w))) return true;
  return wa[wa.length - 1] === wb[wb.length - 1];
}

/** Words a quotation needs before crediting it to another person is a misattribution, not a shared phrase. */
const MISATTRIBUTION_WORDS = 5;

/**
 * How two quotes of one quotation relate: credited to two different people, a
 * misattribution; reworded, a conflict; cut short or the same, compatible or equal.
 * `named` says whether each speaker is written at the quotation (not inferred from "he").
 */
export function quoteRelation(a: QuoteValue, b: QuoteValue, named: [boolean, boolean] = [true, true]): 'equal' | 'compatible' | 'conflict' {
  const alignment = alignQuotations(a.quote, b.quote);
  if (alignment === 'unrelated') return 'compatible';
  const shorter = Math.min(quotationWords(a.quote).length, quotationWords(b.quote).length);
  if (!sameSpeaker(a.speaker, b.speaker)) {
    return named[0] && named[1] && shorter >= MISATTRIBUTION_WORDS ? 'conflict' : 'compatible';
  }
  if (alignment === 'reworded') return 'conflict';
  return alignment === 'same' && a.speaker === b.speaker ? 'equal' : 'compatible';
}

/** quoteRelation for two quote claims, knowing which speakers were only inferred. */
export function quoteClaimRelation(a: NormalizedClaim, b: NormalizedClaim): 'equal' | 'compatible' | 'conflict' {
  const named = (c: NormalizedClaim) => !c.qualifiers.includes(SPEAKER_INFERRED);
  return quoteRelation(a.value as QuoteValue, b.value as QuoteValue, [named(a), named(b)]);
}

/**
 * The quote claims of one event as groups of one quotation each (aligned quotes, whoever
 * they are credited to), each with the slot of its speaker: the speaker most claims name.
 */
export function quotationGroups(claims: NormalizedClaim[]): { slot: string; claims: NormalizedClaim[] }[] {
  // Each quotation's words once, and the same words (the quote repeated, a wire story's
  // copies) one quotation from the start: only different quotations are aligned, pair by pair.
  const byWords = new Map<string, number>();
  const distinct: string[][] = [];
  const quotation = claims.map((c) => {
    const words = quotationWords((c.value as QuoteValue).quote);
    const key = words.join(' ');
    let n = byWords.get(key);
    if (n === undefined) byWords.set(key, (n = distinct.push(words) - 1));
    return n;
  });
  const parent = distinct.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      if (root(i) !== root(j) && alignWords(distinct[i]!, distinct[j]!) !== 'unrelated') parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, NormalizedClaim[]>();
  claims.forEach((c, i) => {
    const group = groups.get(root(quotation[i]!));
    if (group) group.push(c);
    else groups.set(root(quotation[i]!), [c]);
  });
  return [...groups.values()].map((group) => {
    const votes = new Map<string, number>();
    for (const c of group) {
      const speaker = (c.value as QuoteValue).speaker;
      if (speaker) votes.set(speaker, (votes.get(speaker) ?? 0) + 1);
    }
    const speaker = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'unattributed';
    return { slot: `quote.${speaker}`, claims: group };
  });
}

/** Where the values of one quotation name different speakers, each value says whose it is. */
export function nameSpeakers(values: FindingValue[]): void {
  const speakers = new Set(values.map((v) => (v.value as QuoteValue).speaker ?? ''));
  if (speakers.size < 2) return;
  for (const v of values) {
    const speaker = (v.value as QuoteValue).speaker;
    if (speaker) v.display = `${speaker}: ${v.display}`;
  }
}
