import type { DateValue, NormalizedDocument } from '../types.js';

/**
 * What a document's story stands on: the people and organizations it names, its places, and
 * the days it gives. An article that shares none of these with an event is about something
 * else, however alike its words (a match report that mentions the morning's bombing).
 * `own` holds the document's keys; `near` adds the days either side of each day it gives,
 * since outlets date one night's event a day apart.
 */
export interface Anchors {
  own: Set<string>;
  near: Set<string>;
}

const DAY = 864e5;
const dayKey = (ms: number) => `day:${new Date(ms).toISOString().slice(0, 10)}`;

export function anchorsOf(doc: NormalizedDocument, kinds = ['person', 'organization', 'place', 'date']): Anchors {
  const own = new Set<string>();
  const near = new Set<string>();
  for (const c of doc.claims) {
    if (!kinds.includes(c.kind)) continue;
    if (c.kind === 'person' || c.kind === 'organization') own.add(`actor:${(c.value as { name: string }).name}`);
    else if (c.kind === 'place') own.add(`place:${(c.value as { name: string }).name}`);
    else if (c.kind === 'date') {
      const d = c.value as DateValue;
      if (d.granularity !== 'day' || !d.start || d.start !== d.end) continue;
      const ms = Date.parse(d.start);
      own.add(dayKey(ms));
      near.add(dayKey(ms - DAY));
      near.add(dayKey(ms + DAY));
    }
  }
  for (const k of own) near.add(k);
  return { own, near };
}

/** Whether two documents or events share an actor, a place or (within a day) a date. */
export function shareAnchor(a: Anchors, b: Anchors): boolean {
  const [small, large] = a.own.size <= b.own.size ? [a, b] : [b, a];
  for (const k of small.own) if (large.near.has(k)) return true;
  return false;
}

/** The anchors of two events taken together, reusing the larger one's sets. */
export function joinAnchors(a: Anchors, b: Anchors): Anchors {
  const [small, large] = a.own.size >= b.own.size ? [b, a] : [a, b];
  for (const k of small.own) large.own.add(k);
  for (const k of small.near) large.near.add(k);
  return large;
}

/** The people and days a document names: what two reports of one occurrence most often share. */
export function specificsOf(doc: NormalizedDocument): Anchors {
  return anchorsOf(doc, ['person', 'date']);
}
