import type { Finding, FindingValue, NormalizedClaim, VictimRelation } from '../types.js';
import { isFirstName } from '../extract/mentions/lexicon.js';
import { nameWords } from '../normalize/people.js';
/** A person the event's documents name with an age ("Jamal Reed, 9", "16-year-old Ethan Moss"). */
export interface AgedPerson { claim: NormalizedClaim; age: number }

import { distinctVictims, peopleCounted, shortFor, spelledApart, tollOf, type VictimFacts } from './victims.js';

/**
 * Named victims contradict when the sources cannot be naming the same people:
 * - a name only one source gives, for a victim of the age another source gives a differently
 *   named victim ("9-year-old Marcus Hill" against "Jamal Reed, 9", or a first name alone in a
 *   list of the dead: "their children Jamal, 9; …");
 * - a name only one source gives, for the victim another source names otherwise as the same
 *   relation ("his wife, Ana Ortiz" against "shooting Rosa Mena and their daughters"), when
 *   neither source names a victim the other does not;
 * - more people named as dead than the killed toll counts ("Jamal Reed" and "Marcus Hill"
 *   for the one boy killed), or named as killed or hurt than the tolls count together.
 * Sets the finding's status and reason in place; leaves it alone otherwise.
 */
export function victimNameConflict(finding: Finding, earlier: Finding[], facts: Map<string, VictimFacts>, aged: AgedPerson[] = [], others: Set<string> = new Set(), claims: Map<string, NormalizedClaim> = new Map(), copies: [NormalizedClaim, NormalizedClaim][] = []): void {
  const sentencesOf = (v: FindingValue) => v.claims.map((id) => claims.get(id)).filter((c): c is NormalizedClaim => !!c).map(sentenceKey);
  const names = distinctVictims(finding.values).filter((v) => !others.has((v.value as { name: string }).name));
  const factsOf = (v: FindingValue) => v.claims.map((id) => facts.get(id)).filter((f): f is VictimFacts => !!f);
  const index = (v: FindingValue) => finding.values.indexOf(v);
  const flag = (reason: Finding['reason']) => {
    finding.status = 'contradict';
    finding.reason = reason;
  };
  for (const odd of [...names].reverse()) {
    if (odd.documents.length !== 1) continue;
    const ages = new Set(factsOf(odd).map((f) => f.age).filter((a): a is number => a !== null));
    const name = (odd.value as { name: string }).name;
    const together = new Set(sentencesOf(odd));
    const twin = aged.find((p) => {
      const other = (p.claim.value as { name: string }).name;
      if (!ages.has(p.age) || odd.documents.includes(p.claim.document) || shortFor(other, name) || spelledApart(other, name) || others.has(other)) return false;
      // The odd name's own sentence names the other person too ("A, 23, and B, 23"): two people of one age.
      if (aged.some((q) => together.has(sentenceKey(q.claim)) && shortFor((q.claim.value as { name: string }).name, other))) return false;
      if (finding.values.some((v) => shortFor((v.value as { name: string }).name, other) && sentencesOf(v).some((k) => together.has(k)))) return false;
      // A full name, or a first name alone in a list of the dead ("and their children Ana, 10; Luis, 9").
      const words = nameWords(other);
      return words.length >= 2 || (words.length === 1 && facts.has(p.claim.id) && isFirstName(words[0]!));
    });
    if (twin) return flag({ code: 'different-names', values: [index(valueFor(finding, twin.claim)), index(odd)], age: twin.age });
  }
  const related = relationTwin(finding.values, factsOf, others);
  if (related) return flag({ code: 'different-names', values: [index(related.twin), index(related.odd)], relation: related.relation });
  const copied = copiedVictim(finding, copies, others);
  if (copied) return flag({ code: 'different-names', values: [index(valueFor(finding, copied.twin)), index(valueFor(finding, copied.odd))], copied: true });
  const naming = new Set(names.flatMap((v) => v.documents));
  // Every source names the same people: more names than the toll is the toll's matter, not the names'.
  if (naming.size < 2 || names.every((v) => v.documents.length === naming.size)) return;
  const tolls = new Map(earlier.filter((f) => f.event === finding.event && f.kind === 'casualty').map((f) => [f.slot, f.values]));
  const killed = tollOf(tolls, 'killed');
  const dead = names.filter((v) => factsOf(v).some((f) => f.died));
  if (killed && dead.length > killed) return flag({ code: 'too-many-dead', values: [index(dead[0]!), index(dead.at(-1)!)], people: killed });
  const people = peopleCounted(tolls);
  if (people && names.length > people) flag({ code: 'too-many-names', values: [index(names[0]!), index(names.at(-1)!)], people });
}

const sentenceKey = (c: NormalizedClaim) => `${c.document}#${c.sentenceIndex}`;

/**
 * A copied sentence that names a victim in one source and someone else in the other (see
 * victim-copies.ts): `twin` the victim, `odd` the other name. Not suspects, officials or speakers.
 */
function copiedVictim(finding: Finding, copies: [NormalizedClaim, NormalizedClaim][], others: Set<string>): { twin: NormalizedClaim; odd: NormalizedClaim } | null {
  const name = (c: NormalizedClaim) => (c.value as { name: string }).name;
  const victim = (c: NormalizedClaim) => finding.values.some((v) => nameWords(nameOf(v)).length >= 2 && shortFor(nameOf(v), name(c)));
  for (const [a, b] of copies) {
    if (others.has(name(a)) || others.has(name(b))) continue;
    if (victim(a)) return { twin: a, odd: b };
    if (victim(b)) return { twin: b, odd: a };
  }
  return null;
}

/** The finding's value for a person claim, added when the person was not named as a victim. */
function valueFor(finding: Finding, claim: NormalizedClaim): FindingValue {
  const name = (claim.value as { name: string }).name;
  const found = finding.values.find((v) => (v.value as { name: string }).name === name);
  if (found) {
    if (!found.documents.includes(claim.document)) found.documents.push(claim.document);
    if (!found.claims.includes(claim.id)) found.claims.push(claim.id);
    return found;
  }
  const value: FindingValue = { value: claim.value, display: name, claims: [claim.id], documents: [claim.document], attributions: [], hedged: false, sources: 1 };
  finding.values.push(value);
  return value;
}

const nameOf = (v: FindingValue) => (v.value as { name: string }).name;

/** A full name, or a first name alone: someone a name can be checked against. */
const isNamed = (v: FindingValue) => {
  const words = nameWords(nameOf(v));
  return words.length >= 2 || (words.length === 1 && isFirstName(words[0]!));
};

/** Two names, in different sources, for the victim both call a spouse, a mother or a father. */
function relationTwin(values: FindingValue[], factsOf: (v: FindingValue) => VictimFacts[], others: Set<string>): { twin: FindingValue; odd: FindingValue; relation: VictimRelation } | null {
  const relationOf = (v: FindingValue) => factsOf(v).find((f) => f.relation)?.relation ?? null;
  const usable = values.filter((v) => isNamed(v) && !others.has(nameOf(v)));
  const same = (v: FindingValue, w: FindingValue) => v === w || shortFor(nameOf(v), nameOf(w));
  // Every victim one set of documents names, the other names too (or a short form of it); a
  // name another sentence gives as the shooter ("Paul Grant shot his wife") is no victim to cover.
  const covered = (from: string[], by: string[], except: FindingValue) =>
    values.filter((v) => v !== except && !others.has(nameOf(v)) && v.documents.some((d) => from.includes(d)))
      .every((v) => values.some((w) => same(v, w) && w.documents.some((d) => by.includes(d))));
  for (const odd of usable) {
    const relation = relationOf(odd);
    if (odd.documents.length !== 1 || !relation) continue;
    for (const twin of usable) {
      if (twin.documents.some((d) => odd.documents.includes(d)) || relationOf(twin) !== relation || same(odd, twin)) continue;
      if (covered(odd.documents, twin.documents, odd) && covered(twin.documents, odd.documents, twin)) return { twin, odd, relation };
    }
  }
  return null;
}
