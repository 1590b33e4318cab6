import type { NormalizedClaim, NormalizedDocument, PlaceValue } from '../types.js';
import { lookupPlace } from '../normalize/gazetteer.js';
import { statesApart } from '../normalize/places.js';
import { relate } from './relate.js';

// "according to a Chicago Police spokesman", "Louisville Police Department officers": a city's
// police work that city's cases, so the city of the police a story quotes says in which state
// the act happened, though the story may never name the scene. It stands against another
// source's place only across a state line (a suburb's shooting may be told by the big city's
// police, never one in another state); it is never an article's own value for the place.

/** "Chicago Police", "the York City Police Department", "Indianapolis Metropolitan Police Department": the city before the word. */
const CITY_POLICE = /^(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){0,2}?[A-Z][\w.'’-]*?)(?:\s+(?:City|Metro|Metropolitan))?\s+Police(?:\s+(?:Department|Dept\.?|Bureau))?$/;

export const POLICE_RULE = 'place/police-jurisdiction';

/** The places a document's city police stand for, as place claims under the organization claims' ids. */
export function policePlaces(doc: NormalizedDocument): NormalizedClaim[] {
  const out: NormalizedClaim[] = [];
  for (const claim of doc.claims) {
    if (claim.kind !== 'organization') continue;
    const city = CITY_POLICE.exec(claim.text.trim())?.[1];
    const entry = city ? lookupPlace(city) : null;
    if (!entry || entry.type !== 'city') continue;
    out.push({ ...claim, kind: 'place', value: { name: entry.name, country: entry.country } satisfies PlaceValue, rule: POLICE_RULE });
  }
  return out;
}

/**
 * Whether a police city stands against the other sources' places: apart by a state line from
 * one of them in its own country (a place abroad is more often a misread name than the scene),
 * and against none within its state (a city police beside another city of the same state is no
 * contradiction: the suburb may have called them in). A source that itself places the act in
 * another state quotes that police on something else.
 */
export function policeConflicts(police: NormalizedClaim, others: NormalizedClaim[], own: NormalizedClaim[]): boolean {
  const value = police.value as PlaceValue;
  if (own.some((o) => statesApart(value, o.value as PlaceValue))) return false;
  const placed = others.filter((o) => (o.value as PlaceValue).country);
  const apart = placed.filter((o) => statesApart(value, o.value as PlaceValue));
  return apart.some((o) => (o.value as PlaceValue).country === value.country)
    && placed.every((o) => apart.includes(o) || relate('place', value, o.value) !== 'conflict');
}
