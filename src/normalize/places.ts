import type { PlaceValue } from '../types.js';
import { countryName, lookupPlace, type GazetteerEntry } from './gazetteer.js';

/** A place name as written → its canonical name and country (ISO 3166-1 alpha-2). */
export function resolvePlace(name: string): PlaceValue {
  const entry = lookupPlace(name);
  if (entry) return { name: entry.name, country: entry.country };
  return { name: name.trim().replace(/^the\s+/i, ''), country: null };
}

export type PlaceRelation = 'same' | 'contains' | 'within' | 'disjoint' | 'unknown';

const RANK = { country: 0, region: 1, city: 2 } as const;

/** The gazetteer entry behind a resolved place value, if any. */
export function placeEntry(value: PlaceValue): GazetteerEntry | null {
  if (!value.country) return null;
  const entry = lookupPlace(value.name);
  return entry && entry.country === value.country ? entry : null;
}

/** How specific a place is: 0 country, 1 region, 2 city or street, -1 unknown. */
export function placeRank(value: PlaceValue): number {
  const entry = placeEntry(value);
  return entry ? RANK[entry.type] : value.country ? -1 : 2;
}

/** How place a stands to place b: the same, a contains b, a within b, disjoint, or unknown. */
export function placeRelation(a: PlaceValue, b: PlaceValue): PlaceRelation {
  if (a.name === b.name && a.country === b.country) return 'same';
  const ea = placeEntry(a);
  const eb = placeEntry(b);
  if (!ea || !eb) return a.country && b.country && a.country !== b.country ? 'disjoint' : 'unknown';
  if (ea.country !== eb.country) return 'disjoint';
  if (ea.type === eb.type) return ea.name === eb.name ? 'same' : 'disjoint';
  const [outer, inner, flipped] = RANK[ea.type] < RANK[eb.type] ? [ea, eb, false] : [eb, ea, true];
  let relation: PlaceRelation;
  if (outer.type === 'country') relation = 'contains';
  else if (inner.region === null) relation = 'unknown'; // a city whose region the gazetteer does not say
  else relation = inner.region === outer.region ? 'contains' : 'disjoint';
  if (relation === 'contains' && flipped) return 'within';
  return relation;
}

/** "Al Anbar Governorate, Iraq": a place with its country, for event headers. */
export function placeLabel(value: PlaceValue): string {
  const country = value.country ? countryName(value.country) : null;
  return country && country !== value.name ? `${value.name}, ${country}` : value.name;
}
