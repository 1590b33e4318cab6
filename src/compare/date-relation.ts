import type { DateValue } from '../types.js';

const DAY = 864e5;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Why two dates stand as they do, when it is more than their intervals. */
export type DateNote = 'different-days' | 'different-weekdays' | 'weekday-unresolved' | null;

/** The weekday a date names (0 = Sunday): of its single day, else of its weekday word ("friday", "last friday"). */
export function weekdayOf(v: DateValue): number | null {
  if (v.start && v.start === v.end) return new Date(`${v.start}T00:00:00Z`).getUTCDay();
  if (v.start || v.granularity !== 'day') return null;
  const word = (v.relative ?? '').toLowerCase().match(/\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/)?.[1];
  return word ? WEEKDAYS.indexOf(word) : null;
}

/** A weekday said without a publication date to place it: "Thursday" in an undated article. */
export function isUnresolvedWeekday(v: DateValue): boolean {
  return !v.start && weekdayOf(v) !== null;
}

/** Days between two weekdays, either way round (0–3). */
const weekdayGap = (a: number, b: number) => Math.min((a - b + 7) % 7, (b - a + 7) % 7);

/**
 * How two dates of one event stand. Intervals that overlap are compatible; day-level dates a
 * day apart are too (an act around midnight is reported as either day: "late Saturday", "early
 * Sunday"); further apart they conflict. A weekday the text gives without a publication date
 * still has its weekday: it conflicts with another weekday, or a day, two or more days away.
 */
export function relateDates(a: DateValue, b: DateValue): { relation: 'equal' | 'compatible' | 'conflict'; note: DateNote } {
  if (a.start === b.start && a.end === b.end && a.granularity === b.granularity && a.relative === b.relative) return { relation: 'equal', note: null };
  if (a.start && a.end && b.start && b.end) {
    if (a.start === b.start && a.end === b.end) return { relation: 'equal', note: null };
    const gap = Math.max(Date.parse(a.start) - Date.parse(b.end), Date.parse(b.start) - Date.parse(a.end)) / DAY;
    if (gap <= 0) return { relation: 'compatible', note: null };
    const days = a.granularity === 'day' && b.granularity === 'day';
    return days && gap <= 1 ? { relation: 'compatible', note: null } : { relation: 'conflict', note: 'different-days' };
  }
  const [wa, wb] = [weekdayOf(a), weekdayOf(b)];
  if (wa !== null && wb !== null) {
    if (a.relative && a.relative === b.relative && !a.start && !b.start) return { relation: 'equal', note: null };
    return weekdayGap(wa, wb) <= 1 ? { relation: 'compatible', note: 'weekday-unresolved' } : { relation: 'conflict', note: 'different-weekdays' };
  }
  if (!a.start && !b.start && a.relative && a.relative === b.relative) return { relation: 'equal', note: null };
  return { relation: 'compatible', note: isUnresolvedWeekday(a) || isUnresolvedWeekday(b) ? 'weekday-unresolved' : null };
}
