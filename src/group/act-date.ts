import type { DateValue, NormalizedClaim, NormalizedDocument } from '../types.js';
import { recallsOtherIncident } from './recalled-incidents.js';
import { allMatches } from '../util/matches.js';

// The day of the act: a date bound to an act word ("killed on Saturday", "Sunday's shooting"),
// not to what followed (arrest, hearing, funeral). Such a date states the event's own day even
// when it differs from the other sources' day: it is a contradiction to report, not background.

/** Words of the act itself (not of the follow-up): a date or place bound to one is the event's. A "death penalty" is no act. */
export const ACT_WORD = /\b(?:kill(?:ed|ing|s)?|shot|shoot(?:ing|ings)?|gunfire|opened fire|slain|slaying|died|dies|death(?! (?:penalty|sentence|row|threats?|certificate))|dead|murder(?:ed)?|stabb(?:ed|ing)|wounded|injured|attack(?:ed)?|bomb(?:ing|ed)|blast|explosion|exploded|crash(?:ed)?|struck|collapsed?|riots?|fire-?bomb(?:ing)?)\b/gi;
/** Follow-up acts and other times: a date after one of these is not the event's day. */
export const FOLLOW_UP = /\b(?:arrest(?:ed)?|charg(?:ed|es)|arraign(?:ed|ment)|indicted|sentenced|pleaded|convicted|court|hearing|trial|funeral|buried|burial|vigil|memorial|service|press conference|released|announced|identified|said|says|told|statement|confirmed|reported|returned|came back|held|detained|extradited|surrendered|booked|custody|autopsy|since|anniversary|until|before|after|later|earlier|previous)\b/i;
/** Sentences about other incidents or aggregates: not a statement of this event's facts. */
/** "The shooting came a day after a boy in another state was shot": an earlier incident the story recalls, told with its own place and day. */
export const RECALLED_INCIDENT = /\b(?:came|comes|coming)\s+(?:just\s+|only\s+|less than\s+|more than\s+)?(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:hours?|days?|weeks?|months?)\s+after\b/i;
export const OTHER_INCIDENTS = /\b(?:other (?:shootings?|attacks?|incidents?|killings?)|another (?:shooting|attack|incident|killing)|separate (?:shootings?|attacks?|incidents?)|this year|so far|last year|since \d{4}|in \d{4}|deadliest|worst|(?:came|comes|coming)\s+(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:hours?|days?|weeks?|months?)\s+after)\b/i;

const words = (s: string) => s.match(/[\w'’-]+/g) ?? [];

/** Whether a date claim gives the day of the act: an act word shortly before it, with no follow-up in between. */
export function statesEventDate(claim: NormalizedClaim, sentence: string, sentenceStart: number): boolean {
  const v = claim.value as DateValue;
  if (v.granularity !== 'day') return false;
  if (OTHER_INCIDENTS.test(sentence) || recallsOtherIncident(sentence)) return false;
  const at = claim.span.start - sentenceStart;
  const before = sentence.slice(0, Math.max(0, at));
  const after = sentence.slice(at + claim.text.length);
  // "Sunday's shooting", "Sunday night's attack"
  if (/^(?:\s+(?:morning|afternoon|evening|night))?['’]s?\s+(?:\w+\s+){0,2}(?:shooting|attack|killing|bombing|blast|explosion|crash|stabbing|riots?)\b/i.test(after)) return true;
  // "… killed on Saturday", "… the shooting in west Houston on Monday": the last act word within 8 words before
  const acts = allMatches(ACT_WORD, before);
  const last = acts.at(-1);
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  return words(between).length <= 8 && !FOLLOW_UP.test(between) && !/[;:]/.test(between);
}


/** Whether a date claim of a document gives the day of the act (see statesEventDate). */
export function statesActDate(claim: NormalizedClaim, doc: NormalizedDocument): boolean {
  const sentence = doc.sentences[claim.sentenceIndex];
  return !!sentence && statesEventDate(claim, sentence.text, sentence.start);
}

/** Sentences that give the day of the act: never background, whatever else they date. */
export function actDated(doc: NormalizedDocument): Set<number> {
  return new Set(doc.claims.filter((c) => c.kind === 'date' && statesActDate(c, doc)).map((c) => c.sentenceIndex));
}
