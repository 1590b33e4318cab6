import { describe, expect, it } from 'vitest';
import { relateDates, weekdayOf } from '../../src/compare/date-relation.js';
import { display } from '../../src/compare/display.js';
import { analyze } from '../../src/pipeline.js';
import type { DateValue } from '../../src/types.js';
import { documentFrom } from '../helpers/documents.js';

const day = (d: string, relative: string | null = null): DateValue => ({ start: d, end: d, granularity: 'day', relative });
const weekday = (name: string): DateValue => ({ start: null, end: null, granularity: 'day', relative: name });
const week = (start: string, end: string): DateValue => ({ start, end, granularity: 'week', relative: null });

// [what, a, b, relation, note]
const cases: [string, DateValue, DateValue, string, string | null][] = [
  ['the same day', day('2025-03-14'), day('2025-03-14', 'friday'), 'equal', null],
  ['a day apart: an act around midnight is told as either day', day('2025-03-14'), day('2025-03-15'), 'compatible', null],
  ['two days apart', day('2025-03-12'), day('2025-03-14'), 'conflict', 'different-days'],
  ['a day within a week', day('2025-03-12'), week('2025-03-10', '2025-03-16'), 'compatible', null],
  ['unresolved Thursday and Monday', weekday('thursday'), weekday('monday'), 'conflict', 'different-weekdays'],
  ['unresolved Thursday and Thursday', weekday('thursday'), weekday('thursday'), 'equal', null],
  ['unresolved Saturday and Sunday: next to each other', weekday('saturday'), weekday('sunday'), 'compatible', 'weekday-unresolved'],
  ['unresolved Monday and a Friday date', weekday('monday'), day('2025-03-14'), 'conflict', 'different-weekdays'],
  ['unresolved Friday and a Friday date', weekday('friday'), day('2025-03-14'), 'compatible', 'weekday-unresolved'],
  ['unresolved Friday and a week', weekday('friday'), week('2025-03-10', '2025-03-16'), 'compatible', 'weekday-unresolved'],
];

describe('how two dates of one event relate', () => {
  it.each(cases)('%s', (_what, a, b, relation, note) => {
    expect(relateDates(a, b)).toEqual({ relation, note });
    expect(relateDates(b, a).relation).toBe(relation);
  });

  it('reads the weekday of a day and of a weekday word', () => {
    expect(weekdayOf(day('2025-03-15'))).toBe(6);
    expect(weekdayOf(weekday('last thursday'))).toBe(4);
    expect(weekdayOf(week('2025-03-10', '2025-03-16'))).toBeNull();
  });

  it('shows a day with its weekday, and an unresolved weekday as such', () => {
    expect(display('date', day('2025-03-15', 'saturday'))).toBe('Saturday, 2025-03-15');
    expect(display('date', weekday('thursday'))).toBe('Thursday (unresolved)');
  });
});

const dateFinding = (...docs: [string, string | null, string][]) =>
  analyze(docs.map(([id, published, text]) => documentFrom(text, id, published))).findings.find((f) => f.slot === 'date');

describe('weekdays across documents', () => {
  it('a weekday resolved against each document\'s own publication date: different days contradict, and say why', () => {
    const f = dateFinding(
      ['a.txt', '2025-03-16', 'Gunmen killed three guards at the Karada checkpoint in Baghdad on Saturday, police said.'],
      ['b.txt', '2025-03-17', 'Three guards were killed at the Karada checkpoint in Baghdad on Wednesday, police said.'],
    );
    expect(f?.status).toBe('contradict');
    expect(f?.values.map((v) => v.display).sort()).toEqual(['Saturday, 2025-03-15', 'Wednesday, 2025-03-12']);
    expect(f?.reason?.code).toBe('different-days');
    expect(f?.reason?.resolved?.map((r) => r.published).sort()).toEqual(['2025-03-16', '2025-03-17']);
  });

  it('undated articles naming different weekdays for the act contradict', () => {
    const f = dateFinding(
      ['a.txt', null, 'The actress, who died on Thursday in Los Angeles, was 85.'],
      ['b.txt', null, 'The actress died on Monday in Los Angeles after a heart attack, her agent said.'],
    );
    expect(f?.status).toBe('contradict');
    expect(f?.reason?.code).toBe('different-weekdays');
  });

  it('a weekday without a publication date that cannot be checked says so', () => {
    const f = dateFinding(
      ['a.txt', null, 'The actress died on Thursday in Los Angeles after a heart attack, her agent said.'],
      ['b.txt', '2025-03-17', 'The actress died in Los Angeles last week after a heart attack, her agent said.'],
    );
    expect(f?.status).toBe('compatible');
    expect(f?.reason).toMatchObject({ code: 'weekday-unresolved', resolved: [{ text: 'Thursday', document: 'a.txt', published: null }] });
  });
});
