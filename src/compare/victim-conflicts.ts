import type { Finding, FindingValue, NormalizedClaim } from '../types.js';
import { nameWords } from '../normalize/people.js';
/** A person the event's documents name with an age ("Jamal Reed, 9", "16-year-old Ethan Moss"). */
export interface AgedPerson { claim: NormalizedClaim; age: number }

import { distinctVictims, peopleCounted, shortFor, tollOf, type VictimFacts } from './victims.js';

/**
 * Named victims contradict when the sources cannot be naming the same people:
 * - a name only one source gives, for a victim of the age another source gives a differently
 *   named victim ("9-year-old Marcus Hill" against "Jamal Reed, 9");
 * - more people named as dead than the killed toll counts ("Jamal Reed" and "Marcus Hill"
 *   for the one boy killed), or named as killed or hurt than the tolls count together.
 * Sets the finding's status and reason in place; leaves it alone otherwise.
 */
export function victimNameConflict(finding: Finding, earlier: Finding[], facts: Map<string, VictimFacts>, aged: AgedPerson[] = [], others: Set<string> = new Set()): void {
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
    const twin = aged.find((p) => ages.has(p.age) && !odd.documents.includes(p.claim.document) && !shortFor((p.claim.value as { name: string }).name, name) && !others.has((p.claim.value as { name: string }).name) && nameWords((p.claim.value as { name: string }).name).length >= 2);
    if (twin) return flag({ code: 'different-names', values: [index(valueFor(finding, twin.claim)), index(odd)], age: twin.age });
  }
  if (new Set(names.flatMap((v) => v.documents)).size < 2) return;
  const tolls = new Map(earlier.filter((f) => f.event === finding.event && f.kind === 'casualty').map((f) => [f.slot, f.values]));
  const killed = tollOf(tolls, 'killed');
  const dead = names.filter((v) => factsOf(v).some((f) => f.died));
  if (killed && dead.length > killed) return flag({ code: 'too-many-dead', values: [index(dead[0]!), index(dead.at(-1)!)], people: killed });
  const people = peopleCounted(tolls);
  if (people && names.length > people) flag({ code: 'too-many-names', values: [index(names[0]!), index(names.at(-1)!)], people });
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
