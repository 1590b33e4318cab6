import type { DateValue, NormalizedDocument } from '../types.js';
import { countsConflict, datesConflict, mainDate, mainKilled, victims } from './main-facts.js';

type Toll = { min: number; max: number | null };

/** What the documents of a (growing) event give as its date, toll and victims. */
export interface EventFacts {
  dates: DateValue[];
  killed: Toll[];
  victims: Set<string>;
}

export function factsOf(doc: NormalizedDocument): EventFacts {
  const date = mainDate(doc);
  const killed = mainKilled(doc);
  return {
    dates: date ? [date] : [],
    killed: killed ? [killed] : [],
    victims: new Set([...victims(doc)].filter((name) => name.includes(' '))),
  };
}

/** The facts of two events together (the larger one's lists reused). */
export function joinFacts(a: EventFacts, b: EventFacts): EventFacts {
  const size = (f: EventFacts) => f.dates.length + f.killed.length + f.victims.size;
  const [small, large] = size(a) >= size(b) ? [b, a] : [a, b];
  const addNew = <T>(list: T[], items: T[], same: (x: T, y: T) => boolean) => {
    for (const item of items) if (!list.some((x) => same(x, item))) list.push(item);
  };
  addNew(large.dates, small.dates, (x, y) => x.start === y.start && x.end === y.end);
  addNew(large.killed, small.killed, (x, y) => x.min === y.min && x.max === y.max);
  for (const v of small.victims) large.victims.add(v);
  return large;
}

/** Whether no value of one list can hold together with any value of the other. */
const apart = <T>(a: T[], b: T[], conflict: (x: T, y: T) => boolean) =>
  a.length > 0 && b.length > 0 && a.every((x) => b.every((y) => conflict(x, y)));

/**
 * How many kinds of fact two events disagree on with no member of either agreeing: dates days
 * apart, tolls that cannot both hold, victims with no name in common. Places are left out:
 * neighbouring towns, or a district and the city around it that the gazetteer cannot relate,
 * read as apart, so they would split real events.
 */
export function factConflicts(a: EventFacts, b: EventFacts): number {
  let n = 0;
  if (apart(a.dates, b.dates, (x, y) => datesConflict(x, y))) n++;
  if (apart(a.killed, b.killed, (x, y) => countsConflict(x, y))) n++;
  if (a.victims.size && b.victims.size && ![...a.victims].some((v) => b.victims.has(v))) n++;
  return n;
}
