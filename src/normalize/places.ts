import type { PlaceValue } from '../types.js';

/** A place name as written → its canonical name and country (ISO 3166-1 alpha-2). */
export function resolvePlace(name: string): PlaceValue {
  return { name: name.trim().replace(/^the\s+/i, ''), country: null };
}

export type PlaceRelation = 'same' | 'contains' | 'within' | 'disjoint' | 'unknown';

/** How place a stands to place b: same, a contains b, a within b, disjoint, unknown. */
export function placeRelation(a: PlaceValue, b: PlaceValue): PlaceRelation {
  if (a.name === b.name) return 'same';
  if (a.country && b.country && a.country !== b.country) return 'disjoint';
  return 'unknown';
}
