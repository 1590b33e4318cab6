import type { DateExpression, RawClaim } from '../types.js';
import { dateRules } from './date/rules.js';
import { sentenceRuleMatches } from './rule-matches.js';
import { clauseDirection } from './date/vocabulary.js';
import type { ExtractContext, Extractor } from './rule.js';
import { sentenceAt } from './sentences.js';
import { AFTERMATH, DATELINE, inDateline, isAftermathDate } from './not-event.js';

/** Dateline dates and dates of what followed the event (an arrest, a court date) are not the event's. */
function notEventQualifiers(ctx: ExtractContext, start: number, end: number): string[] {
  // The date signing an embedded post ("— Jane Doe (@jdoe) May 30, 2016") is when it was posted.
  if (inDateline(ctx.clean, start) || /\(@\w+\)\s*$/.test(ctx.clean.slice(Math.max(0, start - 40), start))) return [DATELINE];
  const index = sentenceAt(ctx.sentences, start);
  const sentence = index >= 0 ? ctx.sentences[index]! : { start, end };
  const before = ctx.clean.slice(Math.max(sentence.start, start - 80), start).split(/[;—–]|, (?:and|but|while) /).pop() ?? '';
  const after = ctx.clean.slice(end, Math.min(sentence.end, end + 40)).split(/[;,—–]/)[0] ?? '';
  return isAftermathDate(before, after) ? [AFTERMATH] : [];
}

/** The clause around a match, which decides its tense ("will" elsewhere in a long sentence must not). */
function clauseAround(ctx: ExtractContext, start: number, end: number): string {
  const index = sentenceAt(ctx.sentences, start);
  const sentence = index >= 0 ? ctx.sentences[index]! : { start, end };
  const before = ctx.clean.slice(Math.max(sentence.start, start - 80), start).split(/[;]|, (?:and|but|while) /).pop() ?? '';
  const after = ctx.clean.slice(end, Math.min(sentence.end, end + 30)).split(/[;,]/)[0] ?? '';
  return `${before}${ctx.clean.slice(start, end)}${after}`;
}

/**
 * Whether a month and day could be a date: 'March 33', 'Sept. 31' or month 13 are misprints or
 * no dates at all (and 'Feb. 29' only in a leap year, when the year is given).
 */
function possibleDay(value: Pick<DateExpression, 'year' | 'month' | 'day'>): boolean {
  if (value.month !== undefined && (value.month < 1 || value.month > 12)) return false;
  if (value.day === undefined) return true;
  const days = value.month === undefined ? 31 : new Date(Date.UTC(value.year ?? 2000, value.month, 0)).getUTCDate();
  return value.day >= 1 && value.day <= days;
}

// Time expressions: absolute, partial and relative, each kept as what the text said
// (a DateExpression); normalize/dates.ts resolves it against the publication date.
export const dateExtractor: Extractor = {
  kind: 'date',
  rules: dateRules.map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    // The latest specific time of the text, for "a year earlier" and "the quarter".
    let anchor: DateExpression | undefined;
    for (const { rule, m } of sentenceRuleMatches(ctx.sentences, dateRules)) {
      const end = m.index + m[0].length;
      const start = m.index + (rule.lead?.exec(m[0])?.[0].length ?? 0);
      const clause = clauseAround(ctx, m.index, end);
      const read = rule.read(m, clause);
      if (!read || !possibleDay(read)) continue;
      const value: DateExpression = { ...read, relative: read.relative ?? null };
      const partial = value.year === undefined && (value.weekday !== undefined || value.month !== undefined || value.quarter !== undefined);
      if (value.direction === undefined && partial) value.direction = clauseDirection(clause, value.weekday !== undefined || value.quarter !== undefined);
      if (value.direction === undefined) delete value.direction;
      if (rule.anchored) {
        if (anchor) value.anchor = anchor;
      } else if (value.quarter !== undefined || value.month !== undefined || value.day !== undefined) {
        anchor = value;
      }
      claims.push({ kind: 'date', start, end, value, qualifiers: notEventQualifiers(ctx, start, end), attribution: null, rule: rule.id });
    }
    return claims;
  },
};
