import type { ClaimKind } from '../types.js';
import { allMatches } from '../util/matches.js';

/**
 * Kinds of claims an article asks not to be compared, as linters' disable comments do:
 * `<!-- claimcheck-disable casualty -->` anywhere in it, or `claimcheck-disable: casualty`
 * (a word or a list) in its front matter. A desk uses it for an article known to carry an
 * early, superseded count, or one that quotes another story's figures.
 */
export const SUPPRESSIBLE: readonly ClaimKind[] = ['person', 'organization', 'place', 'date', 'casualty', 'quantity', 'role', 'alias', 'quote', 'agent'];

// Bounded repeats: a file of unclosed comments must not make the search quadratic.
const COMMENT = /<!--[ \t]{0,20}claimcheck-disable[ \t]{1,20}([^>\n]{0,200}?)[ \t]{0,20}-->/g;

export interface Suppressions {
  kinds: ClaimKind[];
  /** Names that are no kind of claim, for a warning. */
  unknown: string[];
}

export function readSuppressions(text: string, frontMatterKinds: string[]): Suppressions {
  const named = [...frontMatterKinds];
  for (const m of allMatches(COMMENT, text)) named.push(...m[1]!.split(/[\s,]+/).filter(Boolean));
  const kinds = new Set<ClaimKind>();
  const unknown: string[] = [];
  for (const name of named) {
    const kind = name.toLowerCase() as ClaimKind;
    if (SUPPRESSIBLE.includes(kind)) kinds.add(kind);
    else unknown.push(name);
  }
  return { kinds: SUPPRESSIBLE.filter((k) => kinds.has(k)), unknown };
}
