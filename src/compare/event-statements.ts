import type { CasualtyValue, DateValue, NormalizedClaim, NormalizedDocument, PlaceValue } from '../types.js';

// A document's value for a slot is one claim (its main place, date or toll), but any sentence
// that states the event's own place, day or toll can contradict another source. These
// predicates say which claims do: the fact bound to the act itself, not to what came after it
// (arrest, funeral, hearing), not to other incidents, and not a part of the toll.

/** Words of the act itself (not of the follow-up): a date or place bound to one is the event's. */
const ACT_WORD = /\b(?:kill(?:ed|ing|s)?|shot|shoot(?:ing|ings)?|gunfire|opened fire|slain|slaying|died|dies|death|dead|murder(?:ed)?|stabb(?:ed|ing)|wounded|injured|attack(?:ed)?|bomb(?:ing|ed)|blast|explosion|exploded|crash(?:ed)?|struck|collapsed?|riots?|fire-?bomb(?:ing)?)\b/gi;
/** Follow-up acts and other times: a date after one of these is not the event's day. */
const FOLLOW_UP = /\b(?:arrest(?:ed)?|charg(?:ed|es)|arraign(?:ed|ment)|indicted|sentenced|pleaded|convicted|court|hearing|trial|funeral|buried|burial|vigil|memorial|service|press conference|released|announced|identified|said|says|told|statement|confirmed|reported|returned|came back|held|detained|extradited|surrendered|booked|custody|autopsy|since|anniversary|until|before|after|later|earlier|previous)\b/i;
/** Sentences about other incidents or aggregates: not a statement of this event's facts. */
const OTHER_INCIDENTS = /\b(?:other (?:shootings?|attacks?|incidents?|killings?)|another (?:shooting|attack|incident|killing)|separate (?:shootings?|attacks?|incidents?)|this year|so far|last year|since \d{4}|in \d{4}|deadliest|worst)\b/i;
/** Where a place is not where the act happened: hospitals, courts, homes of origin, places of arrest. */
const NOT_THE_SCENE = /\b(?:hospital|medical center|court(?:house)?|jail|funeral|buried|vigil|memorial|born|raised|grew up|lived?|lives|moved|native|arrested|held|detained|captured|caught|fled|extradited|from|headquarter(?:ed|s)|based)\b[^.;]{0,30}$/i;
const SCENE_PREPOSITION = /\b(?:in|at|near|outside|inside)\s+(?:(?:the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown|suburban|rural)(?:ern)?\s+)?$/i;

const words = (s: string) => s.match(/[\w'’-]+/g) ?? [];

/** Whether a date claim gives the day of the act: an act word shortly before it, with no follow-up in between. */
export function statesEventDate(claim: NormalizedClaim, sentence: string, sentenceStart: number): boolean {
  const v = claim.value as DateValue;
  if (v.granularity !== 'day') return false;
  if (OTHER_INCIDENTS.test(sentence)) return false;
  const at = claim.span.start - sentenceStart;
  const before = sentence.slice(0, Math.max(0, at));
  const after = sentence.slice(at + claim.text.length);
  // "Sunday's shooting", "Sunday night's attack"
  if (/^(?:\s+(?:morning|afternoon|evening|night))?['’]s?\s+(?:\w+\s+){0,2}(?:shooting|attack|killing|bombing|blast|explosion|crash|stabbing|riots?)\b/i.test(after)) return true;
  // "… killed on Saturday", "… the shooting in west Houston on Monday": the last act word within 8 words before
  const acts = [...before.matchAll(ACT_WORD)];
  const last = acts.at(-1);
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  return words(between).length <= 8 && !FOLLOW_UP.test(between) && !/[;:]/.test(between);
}

/** Whether a place claim gives where the act happened: "in Houston" (or "Chicago's … neighborhood") in a sentence of the act. */
export function statesEventPlace(claim: NormalizedClaim, sentence: string, sentenceStart: number): boolean {
  if (!(claim.value as PlaceValue).country) return false;
  if (OTHER_INCIDENTS.test(sentence)) return false;
  ACT_WORD.lastIndex = 0;
  if (!ACT_WORD.test(sentence)) return false;
  const at = claim.span.start - sentenceStart;
  const before = sentence.slice(0, Math.max(0, at));
  const after = sentence.slice(at + claim.text.length);
  const scene = SCENE_PREPOSITION.test(before) || /^['’]s\s+(?:[\w-]+\s+){0,3}(?:neighborhood|district|area|suburb|side)\b/i.test(after);
  return scene && !NOT_THE_SCENE.test(before.replace(SCENE_PREPOSITION, ''));
}

/** Whether a toll claim states the event's toll: not background, not a part ("two of them", "among the 19"). */
export function statesEventToll(claim: NormalizedClaim): boolean {
  if (claim.qualifiers.includes('background')) return false;
  const who = (claim.value as CasualtyValue).who ?? '';
  return !/\b(?:of (?:them|the|those|whom)|among)\b/i.test(who);
}

/** The claims of one slot in one document, besides its main value, that state the event's own fact. */
export function eventStatements(claims: NormalizedClaim[], main: NormalizedClaim | null, doc: NormalizedDocument): NormalizedClaim[] {
  return claims.filter((c) => {
    if (c === main) return false;
    const sentence = doc.sentences[c.sentenceIndex];
    if (!sentence) return false;
    if (c.kind === 'date') return statesEventDate(c, sentence.text, sentence.start);
    if (c.kind === 'place') return statesEventPlace(c, sentence.text, sentence.start);
    if (c.kind === 'casualty') return statesEventToll(c);
    return false;
  });
}
