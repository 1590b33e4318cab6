import type { CasualtyValue, NormalizedClaim } from '../types.js';

// Rules whose figure revises the story's toll: a later death, a toll that rose.
// (A figure that counts the one named plus others is taken over that one: see below.)
const REVISION = /^casualty\/(?:nth-victim|toll)$/;

const size = (c: NormalizedClaim) => (c.value as CasualtyValue).min;

/**
 * The figure a document gives for its event's toll of one type (killed, injured, …), among
 * its claims of that type. Background tolls (annual totals, other years) are left out. A
 * revision ("a fifth victim died", "the toll rose to 12") wins; otherwise the figure stated
 * first, as news leads with the toll: later sentences count parts of it ("two of them are in
 * critical condition") or other incidents (links to related stories).
 */
export function documentToll(claims: NormalizedClaim[]): NormalizedClaim | null {
  const own = claims.filter((c) => !c.qualifiers.includes('background'));
  const pool = own.length ? own : claims;
  if (!pool.length) return null;
  const revised = pool.filter((c) => REVISION.test(c.rule));
  if (revised.length) return [...revised].sort((a, b) => size(b) - size(a))[0]!;
  const first = [...pool].sort((a, b) => a.span.start - b.span.start || size(b) - size(a))[0]!;
  // "Commander killed" in the headline, "killed Abu Khadija and three others" below: the
  // count that takes in the one named is the toll.
  const withOthers = pool.find((c) => c.rule === 'casualty/and-others' && size(c) > size(first));
  return size(first) === 1 && withOthers ? withOthers : first;
}

/** The document's killed toll as an interval, for grouping: does this article speak of the same event? */
export function documentKilled(claims: NormalizedClaim[]): { min: number; max: number | null } | null {
  const killed = claims.filter((c) => c.kind === 'casualty' && (c.value as CasualtyValue).type === 'killed');
  const toll = documentToll(killed);
  return toll ? { min: size(toll), max: (toll.value as CasualtyValue).max } : null;
}

/**
 * Documents whose injured toll is an early report of people who later died: they give no killed
 * toll themselves, the most injured they count is the number of victims (dead and wounded) other
 * documents give, and none of them was published after the last of those. "A 4-year-old girl in
 * grave condition" is the girl who "died Saturday" in a later article, not one more injured; "four
 * hurt" before "one dead and three injured" counted the one who died among the hurt. Taken only when the documents
 * that report the deaths are at least as many as these, so that one article's stray killed figure
 * does not erase the injured of the rest. `tolls` maps each document to its killed and injured toll.
 */
export interface DocumentTolls {
  killed: NormalizedClaim | null;
  injured: NormalizedClaim | null;
  /** The largest injured figure of the document's own (not background) claims. */
  mostInjured: number;
  published: string | null;
}

export function reportsBeforeDeath(tolls: Map<string, DocumentTolls>): Set<string> {
  const killedDocs = [...tolls].filter(([, t]) => t.killed && size(t.killed) > 0);
  if (!killedDocs.length) return new Set();
  // The number of victims, dead and wounded, most of these documents give.
  const votes = new Map<number, number>();
  for (const [, t] of killedDocs) {
    const victims = size(t.killed!) + (t.injured ? size(t.injured) : 0);
    votes.set(victims, (votes.get(victims) ?? 0) + 1);
  }
  const [victims, support] = [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
  const lastDeath = killedDocs.map(([, t]) => t.published).filter((p): p is string => !!p).sort().at(-1) ?? null;
  const early = [...tolls].filter(([, t]) => !t.killed && t.injured && t.mostInjured === victims);
  // A report of the injured published after the last report of a death is no early report.
  const later = early.some(([, t]) => lastDeath && t.published && t.published > lastDeath);
  return early.length && early.length <= support && !later ? new Set(early.map(([doc]) => doc)) : new Set();
}

const ROUNDUP = 'roundup';

/** The documents that report an event's toll themselves, not in a roundup of several incidents. */
export function ownReports(tollClaims: NormalizedClaim[]): Set<string> {
  return new Set(tollClaims.filter((c) => !c.qualifiers.includes(ROUNDUP)).map((c) => c.document));
}

/**
 * The claims of one casualty slot that vote for the event's toll: not those of documents that
 * `leaveOut` names, nor those of roundups (an article on a day's or weekend's shootings, whose
 * figures are of several incidents) when some article reports the event's toll itself (`own`).
 */
export function tollVoters(claims: NormalizedClaim[], leaveOut: Set<string>, own: Set<string>): NormalizedClaim[] {
  const kept = claims.filter((c) => !leaveOut.has(c.document));
  return own.size ? kept.filter((c) => !c.qualifiers.includes(ROUNDUP)) : kept;
}
