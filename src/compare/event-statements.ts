import type { CasualtyValue, DateValue, NormalizedClaim, NormalizedDocument, PlaceValue } from '../types.js';
import { ACT_WORD, OTHER_INCIDENTS, statesEventDate } from '../group/act-date.js';
import { isEventClaim } from '../extract/not-event.js';
import { recallsOtherIncident } from '../group/recalled-incidents.js';
import { allMatches } from '../util/matches.js';

// A document's value for a slot is one claim (its main place, date or toll), but any sentence
// that states the event's own place, day or toll can contradict another source. These
// predicates say which claims do: the fact bound to the act itself, not to what came after it
// (arrest, funeral, hearing), not to other incidents, and not a part of the toll.

// ACT_WORD is global (for matchAll); a global regex's test() leaves lastIndex behind, and
// matchAll starts from it: a test on one sentence would skip the act words of the next.
const HAS_ACT_WORD = new RegExp(ACT_WORD.source, 'i');

/** Where a place is not where the act happened: hospitals, courts, homes of origin, places of arrest. */
// "from" is where someone came from ("a man from Springfield"), not a venue left just before the act:
// "ejected from the Velvet Room nightclub in Springfield shortly before the shooting" is the scene.
const NOT_THE_SCENE = /\b(?:hospital|medical center|court(?:house)?|jail|funeral|buried|vigil|memorial|born|raised|grew up|lived?|lives|moved|native|arrested|held|detained|captured|caught|fled|extradited|from(?!\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:night)?(?:club|bar|lounge|party|tavern|restaurant|venue|concert)\b)|headquarter(?:ed|s)|based|stationed|deployed)\b[^.;]{0,30}$/i;
const SCENE_PREPOSITION = /\b(?:in|at|near|outside|inside)\s+(?:(?:the\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown|suburban|rural)(?:ern)?\s+)?$/i;

/** Whether a place claim gives where the act happened: "in Houston" (or "Chicago's … neighborhood") in a sentence of the act. */
export function statesEventPlace(claim: NormalizedClaim, sentence: string, sentenceStart: number): boolean {
  if (!(claim.value as PlaceValue).country) return false;
  if (OTHER_INCIDENTS.test(sentence) || recallsOtherIncident(sentence)) return false;
  if (!HAS_ACT_WORD.test(sentence)) return false;
  const at = claim.span.start - sentenceStart;
  const before = sentence.slice(0, Math.max(0, at));
  const after = sentence.slice(at + claim.text.length);
  const scene = SCENE_PREPOSITION.test(before) || /^['’]s\s+(?:[\w-]+\s+){0,3}(?:neighborhood|district|area|suburb|side)\b/i.test(after);
  // "taken to the hospital after a shooting in Peoria": what comes after the last act word decides
  const lastAct = allMatches(ACT_WORD, before).at(-1);
  const lead = lastAct ? before.slice(lastAct.index + lastAct[0].length) : before;
  return scene && !NOT_THE_SCENE.test(lead.replace(SCENE_PREPOSITION, ''));
}

/** "HOUSTON (AP) —", "CHICAGO —": a place in capitals opening a sentence, then a dash. */
export function isDateline(claim: NormalizedClaim, sentence: string, sentenceStart: number): boolean {
  return claim.span.start === sentenceStart && claim.text === claim.text.toUpperCase() && /^\s*(?:\([^)]{1,40}\)\s*)?[—–-]/.test(sentence.slice(claim.text.length));
}

/** A dateline whose lead names another place: where the story was filed, not where the act happened. */
export function filedElsewhere(claim: NormalizedClaim, doc: NormalizedDocument): boolean {
  const sentence = doc.sentences[claim.sentenceIndex];
  return !!sentence && isDateline(claim, sentence.text, sentence.start) && !datelineStatesPlace(claim, sentence.text, sentence.start, doc.claims);
}

/**
 * Whether a place claim is a dateline that gives where the act happened: "CHICAGO — A boy was
 * killed in a South Side alley". A dateline says where the story was filed; by wire style the
 * lead's act happened there unless the lead names another place ("CLEVELAND (Reuters) — … a
 * shooting at a Cincinnati night club").
 */
export function datelineStatesPlace(claim: NormalizedClaim, sentence: string, sentenceStart: number, others: NormalizedClaim[]): boolean {
  if (!(claim.value as PlaceValue).country || !isDateline(claim, sentence, sentenceStart)) return false;
  if (!HAS_ACT_WORD.test(sentence) || OTHER_INCIDENTS.test(sentence) || recallsOtherIncident(sentence)) return false;
  return !others.some((o) => o !== claim && o.kind === 'place' && o.span.start > claim.span.end && o.span.start < sentenceStart + sentence.length && (o.value as PlaceValue).country);
}

/** Whether a toll claim states the event's toll: not background, not a part ("two of them", "among the 19"). */
export function statesEventToll(claim: NormalizedClaim): boolean {
  if (claim.qualifiers.includes('background')) return false;
  const who = (claim.value as CasualtyValue).who ?? '';
  return !/\b(?:of (?:them|the|those|whom)|among)\b/i.test(who);
}

/**
 * "An 8-year-old girl was shot in Austin on Aug. 21": a sentence that brings in a victim with an
 * indefinite article, after the article has told its own act, tells another incident (a
 * roundup of earlier shootings: "About 1 p.m., a 23-year-old man was shot in Eastside"), whatever
 * its day or place.
 */
export const ANOTHER_VICTIM = /^\s*(?:(?:About|Around|At|Just|Shortly|Earlier|Later)\b[^,]{0,30},\s*)?(?:[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|had been)\s+(?:(?:also|fatally|critically|seriously)\s+)?(?:shot|killed|wounded|injured|stabbed|struck|slain|hit)\b/;

/** The claims of one slot in one document, besides its main value, that state the event's own fact. */
export function eventStatements(claims: NormalizedClaim[], main: NormalizedClaim | null, doc: NormalizedDocument): NormalizedClaim[] {
  return claims.filter((c) => {
    if (c === main) return false;
    const sentence = doc.sentences[c.sentenceIndex];
    if (!sentence) return false;
    if (main && c.sentenceIndex > main.sentenceIndex && c.kind !== 'casualty' && ANOTHER_VICTIM.test(sentence.text)) return false;
    // A date qualified as a charge's or funeral's stays out, though its sentence names the act ("charged with murder on Saturday").
    if (c.kind === 'date') return isEventClaim(c) && statesEventDate(c, sentence.text, sentence.start) && !(doc.published && ((c.value as DateValue).start ?? '') > doc.published);
    if (c.kind === 'place') return isEventClaim(c) && statesEventPlace(c, sentence.text, sentence.start) || datelineStatesPlace(c, sentence.text, sentence.start, doc.claims);
    if (c.kind === 'casualty') return statesEventToll(c);
    return false;
  });
}
