// Times and places a story gives that are not its event's: the dateline (where and when the
// story was filed) and the dates of what followed the event (arrest, charges, court,
// funeral, press conference). Their claims carry a qualifier, so that comparison and the
// event's own date and place leave them out; they stay claims of the document.

import { DESTINATION, ORIGIN, OUTLET, SECTION } from './place-roles.js';
import { allMatches } from '../util/matches.js';

/** Qualifier of a place or date in a dateline ("DHAKA, March 5 (Reuters) –"). */
export const DATELINE = 'dateline';
/** Qualifier of a date of what followed the event ("was charged Sunday"). */
export const AFTERMATH = 'aftermath';

/** Places that are never the scene: where a victim was taken, a section of a city (place-roles.ts). */
const NOT_THE_SCENE = new Set([DESTINATION, SECTION]);
const NOT_EVENT = new Set([DATELINE, AFTERMATH, ...NOT_THE_SCENE]);

/**
 * Whether a place claim is a label, not a statement of where anything happened: the outlet's town
 * closing its page title, a person's home town ("a Springfield man"). Comparison leaves these out
 * of a source's value for the place (a home town only when the story names another place); they
 * still tell grouping which story is which (a local station covers its own area).
 */
export const isOutletPlace = (claim: { qualifiers: string[] }) => claim.qualifiers.includes(OUTLET);
export const isHomeTownPlace = (claim: { qualifiers: string[] }) => claim.qualifiers.includes(ORIGIN);

/** Whether a claim may stand for its event's own date or place. */
export const isEventClaim = (claim: { qualifiers: string[] }) => !claim.qualifiers.some((q) => NOT_EVENT.has(q));

/** Whether a place claim may stand for its event's place when the story names no other: a dateline may, a hospital's town may not. */
export const maySceneClaim = (claim: { qualifiers: string[] }) => !claim.qualifiers.some((q) => NOT_THE_SCENE.has(q));

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
// A line opening with a place in capitals, maybe a region or country and a date, then an
// agency in brackets or a dash: "PHOENIX (AP) –", "BAGHDAD, Iraq, March 5 (Reuters) -", "WASHINGTON —".
export const DATELINE_PREFIX = new RegExp(
  String.raw`^[ \t]*\p{Lu}[\p{Lu}.'’-]+(?:[ \t]+\p{Lu}[\p{Lu}.'’-]+){0,3}` +
    String.raw`(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2})?` +
    String.raw`(?:,?[ \t]*${MONTH}[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?` +
    String.raw`[ \t]*(?:\([^()\n]{1,40}\)[ \t]*(?:[-–—]+|:)?|[-–—]+|\d{4}-\d\d-\d\d[ \t]*$)`,
  'u',
);

/** The longest dateline read: a line of a megabyte is read this far, not to its end, for each claim on it. */
const DATELINE_MAX = 400;

/**
 * Where the dateline at the start of the line holding `at` ends, or -1 when it has none (or
 * when the line starts further back than a dateline can reach: `at` is then past any).
 */
export function datelineEnd(text: string, at: number): number {
  const from = Math.max(0, at - DATELINE_MAX);
  const newline = text.slice(from, Math.max(from, at)).lastIndexOf('\n');
  if (newline < 0 && from > 0) return -1;
  const lineStart = newline < 0 ? 0 : from + newline + 1;
  let line = text.slice(lineStart, lineStart + DATELINE_MAX);
  const lineEnd = line.indexOf('\n');
  if (lineEnd >= 0) line = line.slice(0, lineEnd);
  // A line cut here does not end here: no "$" may match at the cut.
  else if (lineStart + DATELINE_MAX < text.length && text[lineStart + DATELINE_MAX] !== '\n') line += '\u0000';
  const m = DATELINE_PREFIX.exec(line);
  return m ? lineStart + m[0].length : -1;
}

export function inDateline(text: string, start: number): boolean {
  return start < datelineEnd(text, start);
}

// Words of what follows an event: custody, charges, court, burial, statements to the press,
// news of it passed on ("students were notified of his death Monday").
// Case matters: "Memorial Drive" is a street, "a memorial" an aftermath.
const AFTERMATH_WORDS =
  /\b(?:arrest(?:ed|s)?|charged|charges|arraign(?:ed|ment)|indicted|booked|court|judge|hearing|sentenc(?:ed|ing)|trial|pleaded|pleads|convicted|extradit\w*|surrender(?:ed)?|turned (?:him|her)self in|held (?:by|in|on|without)|bail|bond|custody|funeral|memorial|vigil|buried|burial|news conference|press conference|story|interview|notified|informed)\b/g;
const ACT_WORDS =
  /\b(?:kill(?:ed|ing|s)?|shot|shooting|shootout|gunfire|opened fire|stabb(?:ed|ing)|wounded|injured|hurt|died|dead|attack(?:ed)?|exploded|explosion|blast|bomb(?:ed|ing)|crash(?:ed)?|struck|hit|fire broke out|murdered|slain)\b/g;

const lastAt = (re: RegExp, text: string) => Math.max(-1, ...allMatches(re, text).map((m) => m.index + m[0].length));
const firstAt = (re: RegExp, text: string) => allMatches(re, text)[0]?.index ?? Infinity;

/**
 * Whether a date in `before` + date + `after` (its clause) is the date of what followed the
 * event: the nearest event word around it is an arrest, court or funeral word, not the act's.
 */
export function isAftermathDate(before: string, after: string): boolean {
  const aftermathBefore = before.length - lastAt(AFTERMATH_WORDS, before);
  const actBefore = before.length - lastAt(ACT_WORDS, before);
  const aftermathAfter = firstAt(AFTERMATH_WORDS, after);
  const actAfter = firstAt(ACT_WORDS, after);
  const aftermath = Math.min(aftermathBefore <= before.length ? aftermathBefore : Infinity, aftermathAfter);
  const act = Math.min(actBefore <= before.length ? actBefore : Infinity, actAfter);
  return aftermath !== Infinity && aftermath < act;
}
