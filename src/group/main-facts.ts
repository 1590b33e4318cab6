import type { DateValue, NormalizedClaim, NormalizedDocument, PlaceValue } from '../types.js';
import { placeRank } from '../normalize/places.js';
import { isEventClaim, maySceneClaim } from '../extract/not-event.js';
import { documentKilled } from './casualty-toll.js';
import { RECALLED_INCIDENT } from './act-date.js';

// Words of the act a news story reports: a sentence with one speaks of the event itself.
const ACT = /\b(kill(?:ed|ing|s)?|dead|died|death|deaths|slain|shot|shooting|shootings|gunfire|gunman|gunmen|opened fire|stabb(?:ed|ing)|wounded|injured|hurt|attack(?:ed|s)?|strike|airstrike|raid|bomb(?:ing|ed)?|explosion|blast|operation|arrest(?:ed)?|charged|crash(?:ed)?|fire|earthquake|quake|storm|flood(?:s|ing)?|robbery|robbed|murder(?:ed)?|homicide|victims?|eliminat(?:ed|ion)|hostage|kidnapp(?:ed|ing)|riot|protest|collapse[d]?|derail(?:ed|ment)|hijack(?:ed|ing)?|acquir(?:ed|es|e)|merger|resign(?:ed|s)?|elected|won|wins|beat|defeated|launch(?:ed)?|announced|sentenced|convicted)\b/i;
const FUTURE = /\b(will|would|plans? to|planned|scheduled|expected to|set to|by (?:the end of )?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b/i;

export function isActSentence(text: string): boolean {
  return ACT.test(text) && !FUTURE.test(text);
}

/** The date the document gives for its own event: the first one said with the act. */
/**
 * Indexes of a document's sentences that speak of the act: asked of every document by grouping
 * and comparison several times, so read once (the documents are not changed after normalization).
 */
const actSentences = new WeakMap<NormalizedDocument, Set<number>>();
function actOf(doc: NormalizedDocument): Set<number> {
  let act = actSentences.get(doc);
  if (!act) actSentences.set(doc, (act = new Set(doc.sentences.map((s, i) => (isActSentence(s.text) ? i : -1)).filter((i) => i >= 0))));
  return act;
}

export function mainDate(doc: NormalizedDocument): DateValue | null {
  const act = actOf(doc);
  const dates = doc.claims.filter((c) => c.kind === 'date' && act.has(c.sentenceIndex) && isEventClaim(c));
  const usable = dates.map((c) => c.value as DateValue).filter((v) => v.start && ['day', 'week'].includes(v.granularity));
  return usable[0] ?? null;
}

/** The place the document gives for its event: the most specific one said with the act. */
export function mainPlace(doc: NormalizedDocument, claims: NormalizedClaim[] = doc.claims): NormalizedClaim | null {
  const act = actOf(doc);
  // A sentence recalling an earlier incident ("came a day after a boy in Ohio was shot") names its place, not this act's.
  const said = claims.filter((c) => c.kind === 'place' && act.has(c.sentenceIndex) && (c.value as PlaceValue).country && !RECALLED_INCIDENT.test(doc.sentences[c.sentenceIndex]?.text ?? ''));
  // A dateline is where the story was filed: the event's place only when the story names no other.
  const own = said.filter(isEventClaim);
  const places = own.length ? own : said.filter(maySceneClaim);
  return [...places].sort((a, b) => placeRank(b.value as PlaceValue) - placeRank(a.value as PlaceValue) || a.span.start - b.span.start)[0] ?? null;
}

/** Whether two day-level dates are too far apart to be one event's. */
export function datesConflict(a: DateValue | null, b: DateValue | null, days = 3): boolean {
  return spansConflict(dateSpan(a), dateSpan(b), days);
}

/** A date's first and last moment in milliseconds, for datesConflict; null for a date without both. */
export type DateSpan = readonly [start: number, end: number] | null;

export const dateSpan = (d: DateValue | null): DateSpan => (d?.start && d.end ? [Date.parse(d.start), Date.parse(d.end)] : null);

/** datesConflict of two dates' spans: each date parsed once, not once a pair (grouping scores every candidate pair). */
export function spansConflict(a: DateSpan, b: DateSpan, days = 3): boolean {
  if (!a || !b) return false;
  return Math.max(a[0] - b[1], b[0] - a[1]) > days * 864e5;
}

// Where a name stands as the one killed or shot: "killed X", "X was shot", "X’s death".
const VICTIM_BEFORE = /\b(?:(?:killed|killing|eliminated|slain|assassinated|shot|stabbed|murdered)(?:[^.]{0,70}\bincluding)?|(?:death|killing|elimination|murder|shooting) of)\s*$/i;
export const VICTIM_AFTER = /^(?:['’]s (?:death|killing|elimination|murder|body)|(?:,[^,.]{0,60},)? (?:was|has been|had been|were) (?:(?:fatally|reportedly|also) )?(?:killed|shot|slain|stabbed|murdered|eliminated|found dead|pronounced dead))/i;

/** The people a document names as killed or shot: the event's victims or targets. */
export function victims(doc: NormalizedDocument): Set<string> {
  return new Set(victimClaims(doc).map((c) => (c.value as { name: string }).name));
}

/** The person claims that name someone as killed or shot. */
export function victimClaims(doc: NormalizedDocument): NormalizedClaim[] {
  return doc.claims.filter((c) => {
    const sentence = doc.sentences[c.sentenceIndex];
    if (c.kind !== 'person' || !sentence) return false;
    const before = sentence.text.slice(Math.max(0, c.span.start - sentence.start - 90), c.span.start - sentence.start);
    const after = sentence.text.slice(c.span.end - sentence.start, c.span.end - sentence.start + 80);
    return VICTIM_BEFORE.test(before) || VICTIM_AFTER.test(after);
  });
}

/** The killed toll the document gives for its own event, as an interval. */
export function mainKilled(doc: NormalizedDocument): { min: number; max: number | null } | null {
  return documentKilled(doc.claims);
}

export function countsConflict(a: { min: number; max: number | null } | null, b: { min: number; max: number | null } | null): boolean {
  if (!a || !b) return false;
  return (a.max !== null && a.max < b.min) || (b.max !== null && b.max < a.min);
}
