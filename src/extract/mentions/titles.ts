import type { Candidate } from './candidates.js';
import type { Token } from './tokens.js';
import { PLACE_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './words.js';

const bare = (t: Token) => t.lower.replace(/\.$/, '');
const isHead = (t: Token) => TITLE_HEADS.has(bare(t));
const isTitleWord = (t: Token) => isHead(t) || TITLE_MODIFIERS.has(bare(t));

/**
 * Splits a run at a title: "Iraqi Foreign Minister Fouad Hussein" → prefix "Iraqi",
 * name "Fouad Hussein". Returns null when the run holds no title followed by a name.
 */
export function splitAtTitle(c: Candidate): { prefix: Token[]; name: Token[] } | null {
  const t = c.tokens;
  // The last stretch of title words holding a title head, with a name after it.
  for (let q = t.length - 2; q >= 0; q--) {
    if (!isTitleWord(t[q]!)) continue;
    let p = q;
    while (p > 0 && isTitleWord(t[p - 1]!)) p--;
    if (!t.slice(p, q + 1).some(isHead)) {
      q = p;
      continue;
    }
    if (isTitleWord(t[q + 1]!)) return null;
    // "Prince Edwin County Officer": what follows the title is a place's word and a title of its own, a role, not a name.
    if (isHead(t[t.length - 1]!) && t.slice(q + 1).some((w) => PLACE_HEADS.has(bare(w)))) return null;
    return { prefix: t.slice(0, p), name: t.slice(q + 1) };
  }
  return null;
}

/** A lower-case title right before the run ("coach Shu Kamo", "press secretary Pat Ryder"). */
export function hasTitleBefore(c: Candidate): boolean {
  const before = c.sentence[c.first - 1];
  return !!before && !before.cap && !before.breakAfter && isHead(before);
}

/** A sub-run of a candidate, keeping its sentence context. */
export function subCandidate(c: Candidate, tokens: Token[]): Candidate {
  const first = c.sentence.indexOf(tokens[0]!);
  return { ...c, tokens, first, last: first + tokens.length - 1 };
}
