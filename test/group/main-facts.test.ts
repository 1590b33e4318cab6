import { describe, expect, it } from 'vitest';
import { dateSpan, datesConflict, spansConflict } from '../../src/group/main-facts.js';
import type { DateValue } from '../../src/types.js';

/** The rule as first written, parsing both dates for every pair: the reference. */
function parsedEachTime(a: DateValue | null, b: DateValue | null, days: number): boolean {
  if (!a?.start || !b?.start || !a.end || !b.end) return false;
  return Math.max(Date.parse(a.start) - Date.parse(b.end), Date.parse(b.start) - Date.parse(a.end)) > days * 864e5;
}

const day = (start: string | null, end: string | null = start) => ({ start, end, granularity: 'day' }) as unknown as DateValue;

describe('event dates apart', () => {
  const dates: (DateValue | null)[] = [
    null, day('2024-03-01'), day('2024-03-04'), day('2024-03-05'), day('2024-03-01', '2024-03-31'),
    day('2024-04-04'), day(null, '2024-03-02'), day('2024-03-09', null), day('not a date'),
  ];

  it('each date parsed once (dateSpan) tells what parsing it for every pair told, both ways round', () => {
    for (const a of dates) for (const b of dates) for (const days of [0, 3, 30]) {
      const expected = parsedEachTime(a, b, days);
      expect(spansConflict(dateSpan(a), dateSpan(b), days), `${JSON.stringify(a)} ${JSON.stringify(b)} ${days}`).toBe(expected);
      expect(datesConflict(a, b, days)).toBe(expected);
    }
  });

  it('dates more than three days apart conflict; a date without a start or an end conflicts with none', () => {
    expect(datesConflict(dates[1]!, dates[2]!)).toBe(false);
    expect(datesConflict(dates[1]!, dates[3]!)).toBe(true);
    expect(datesConflict(dates[4]!, dates[3]!)).toBe(false);
    expect(datesConflict(dates[4]!, dates[5]!)).toBe(true);
    expect(datesConflict(dates[6]!, dates[5]!)).toBe(false);
    expect(datesConflict(dates[7]!, dates[1]!)).toBe(false);
    expect(datesConflict(dates[8]!, dates[1]!)).toBe(false);
  });
});
