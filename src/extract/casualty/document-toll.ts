import type { CasualtyValue, RawClaim } from '../../types.js';
import type { RuleInfo } from '../rule.js';
import { distinctPeople, samePerson } from './people.js';
import type { Individual } from './who.js';

/** A casualty claim as read in its sentence, with what the document-level count needs. */
export interface Mention {
  claim: RawClaim;
  background: boolean;
  /** The people the claim counts, when it singles them out ("a 17-year-old boy", "Jones and Reed"). */
  people?: Individual[];
  /** "were shot": victims of the shooting, dead or alive. */
  shot?: boolean;
}

export const documentRules: RuleInfo[] = [
  {
    id: 'casualty/people-counted',
    reason: 'victims named or described one by one, each counted once however often the story mentions them',
    example: 'Tyrone Jones, 19, was killed on Elm Street. Marcus Reed, 22, also died. Jones was a senior at Central High.',
  },
  {
    id: 'casualty/shot-not-killed',
    reason: 'of the people shot, those who did not die are the injured: the dead are not injured as well',
    example: 'Three people were shot outside a bar early Sunday, and one of them died at the hospital.',
  },
  {
    id: 'casualty/others-shot',
    reason: '"others" shot are others than the dead: none of the dead is taken from them',
    example: 'Two men were killed Saturday night. Three others were shot and taken to the hospital.',
  },
];

const OTHERS = /\b(?:others?|remaining)\b/i;
const valueOf = (m: Mention) => m.claim.value as CasualtyValue;
const own = (m: Mention, type: string) => !m.background && valueOf(m).type === type;
const largest = (ms: Mention[]) => Math.max(0, ...ms.map((m) => valueOf(m).min));

function counted(rule: string, type: 'killed' | 'injured', people: Individual[], at: Mention): RawClaim {
  const names = people.map((p) => p.name).filter(Boolean);
  const who = names.length === people.length ? names.join(', ') : null;
  return { ...at.claim, rule, value: { type, min: people.length, max: people.length, who }, qualifiers: [] };
}

/**
 * The document's claims, its people counted once each. A victim who was shot and died is
 * killed, not injured too; victims described one by one add up ("Jones … Reed …" is two);
 * a count of people shot, less the dead, is the injured.
 */
export function personTolls(mentions: Mention[]): RawClaim[] {
  const killedOnes = mentions.filter((m) => own(m, 'killed') && m.people);
  const dead = distinctPeople(killedOnes.map((m) => m.people!));
  const killedCounts = mentions.filter((m) => own(m, 'killed') && !m.people);
  const killedToll = Math.max(largest(killedCounts), dead.length);
  const claims: RawClaim[] = [];
  const injuredOnes: Mention[] = [];
  for (const m of mentions) {
    const v = valueOf(m);
    if (v.type === 'injured' && m.people && !m.background) {
      // The same person shot, then dead: one victim, killed.
      if (m.people.every((p) => dead.some((d) => samePerson(d, p)))) continue;
      if (!dead.length && killedToll > 0 && m.shot) continue;
      injuredOnes.push(m);
    }
    // "Three others were shot", "the other three were taken to the hospital": others than the dead, who are not among them.
    if (v.type === 'injured' && m.shot && !m.people && !m.background && killedToll > 0 && v.max !== null && OTHERS.test(v.who ?? '')) {
      claims.push({ ...m.claim, rule: 'casualty/others-shot' });
      continue;
    }
    if (v.type === 'injured' && m.shot && !m.people && !m.background && killedToll > 0) {
      // "Three people were shot … one of them died": two injured.
      if (v.max === null || v.min < killedToll) continue;
      claims.push({ ...m.claim, rule: 'casualty/shot-not-killed', value: { ...v, min: v.min - killedToll, max: v.max - killedToll } });
      continue;
    }
    claims.push(m.claim);
  }
  // Only people added up across mentions make a new figure; one clause naming two says so itself.
  const most = (ms: Mention[]) => Math.max(0, ...ms.map((m) => m.people!.length));
  if (dead.length >= 2 && dead.length > largest(killedCounts) && dead.length > most(killedOnes)) claims.push(counted('casualty/people-counted', 'killed', dead, killedOnes.at(-1)!));
  const hurt = distinctPeople(injuredOnes.map((m) => m.people!)).filter((p) => !dead.some((d) => samePerson(d, p) && (p.name || d.name)));
  const injuredCounts = mentions.filter((m) => own(m, 'injured') && !m.people);
  if (hurt.length >= 2 && hurt.length > largest(injuredCounts) && hurt.length > most(injuredOnes)) claims.push(counted('casualty/people-counted', 'injured', hurt, injuredOnes.at(-1)!));
  return claims;
}
