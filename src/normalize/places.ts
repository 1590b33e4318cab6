import type { PlaceValue } from '../types.js';
import { cityReadings, countryName, lookupPlace, placeKey, regionIn, type CityReading, type GazetteerEntry } from './gazetteer.js';
import { townInState } from '../extract/state-suffix.js';

/** A place name as written → its canonical name and country (ISO 3166-1 alpha-2). */
export function resolvePlace(name: string): PlaceValue {
  const written = townInState(name);
  if (written) return resolveTownInState(written.town, written.state);
  const entry = lookupPlace(name);
  if (entry) return { name: entry.name, country: entry.country };
  return { name: name.trim().replace(/^the\s+/i, ''), country: null };
}

/**
 * "Pontiac, Michigan" is the gazetteer's Pontiac when one of its readings lies in Michigan;
 * "Longmont, Florida" (the gazetteer's Longmont is in Colorado) and a town too small for it stay
 * "Town, State": a US town the gazetteer does not hold, in a known state.
 */
function resolveTownInState(town: string, state: string): PlaceValue {
  const entry = lookupPlace(town);
  const region = regionIn(state, 'US');
  if (entry && (entry.type !== 'city' || !region || cityReadings(entry).some((r) => r.region === region.region))) return { name: entry.name, country: entry.country };
  if (!region) return resolvePlace(town);
  const plain = town === town.toUpperCase() ? town.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : town;
  return { name: `${plain.replace(/^the\s+/i, '')}, ${state}`, country: 'US' };
}

/** The state of a "Town, State" value the gazetteer does not hold, as its region entry. */
function stateOfTown(value: PlaceValue): { town: string; state: GazetteerEntry } | null {
  if (value.country !== 'US') return null;
  const written = townInState(value.name);
  const state = written ? regionIn(written.state, 'US') : null;
  return written && state ? { town: written.town, state } : null;
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
  return entry ? RANK[entry.type] : value.country && !stateOfTown(value) ? -1 : 2;
}

/** Two towns this close are one place told at two scales: a neighbourhood and its city. */
const NEAR_KM = 20;

function kilometres(a: CityReading, b: CityReading): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * The readings of a city name can settle what its best-known reading cannot: "Roswell" is
 * also a town in New Mexico, "Richmond Hill" also a part of Queens. A city is within a
 * region or country when any of its readings is; two cities are one place told at two
 * scales when any of their readings are close.
 */
function anyReading(ea: GazetteerEntry, eb: GazetteerEntry): PlaceRelation | null {
  const ra = ea.type === 'city' ? cityReadings(ea) : [];
  const rb = eb.type === 'city' ? cityReadings(eb) : [];
  if (ea.type === 'city' && eb.type === 'city') {
    return ra.some((x) => rb.some((y) => kilometres(x, y) <= NEAR_KM)) ? 'unknown' : null;
  }
  const [city, outer, flipped] = ea.type === 'city' ? [ra, eb, true] : [rb, ea, false];
  const inside = city.filter((r) => r.country === outer.country);
  if (!inside.length) return null;
  if (outer.type === 'country' || inside.some((r) => r.region === outer.region)) return flipped ? 'within' : 'contains';
  // A town of that country whose region the gazetteer does not say: nothing tells them apart.
  return inside.some((r) => r.region === null) ? 'unknown' : null;
}

/** How sure two places are apart, least first: a pair of readings that fits wins. */
const FIT: Record<PlaceRelation, number> = { disjoint: 0, unknown: 1, contains: 2, within: 2, same: 3 };

/**
 * The ways a name may be read beside a place of another country: as the gazetteer reads it,
 * as a region of that country ("Georgia" beside Atlanta is the state), or as one of its towns
 * ("Aurora" beside Illinois is the town there, not the Philippine province).
 */
function readingsOf(entry: GazetteerEntry, other: string): GazetteerEntry[] {
  if (entry.country === other) return [entry];
  const region = regionIn(entry.name, other);
  const towns = entry.type === 'city' ? [] : cityReadings(entry).filter((r) => r.country === other).map((r): GazetteerEntry => ({ name: entry.name, type: 'city', country: r.country, region: r.region }));
  return [entry, ...(region ? [region] : []), ...towns];
}

/** How place a stands to place b: the same, a contains b, a within b, disjoint, or unknown. */
export function placeRelation(a: PlaceValue, b: PlaceValue): PlaceRelation {
  if (a.name === b.name && a.country === b.country) return 'same';
  const ea = placeEntry(a);
  const eb = placeEntry(b);
  const [sa, sb] = [stateOfTown(a), stateOfTown(b)];
  if (sa || sb) {
    const r = townRelation(sa ?? ea, sb ?? eb);
    if (r) return r;
  }
  // A place the gazetteer does not know (a county, a neighbourhood) may lie in any other.
  if (!ea || !eb) return a.country && b.country && a.country !== b.country ? 'disjoint' : 'unknown';
  let best: PlaceRelation = 'disjoint';
  for (const x of readingsOf(ea, eb.country)) {
    for (const y of readingsOf(eb, ea.country)) {
      const r = entryRelation(x, y);
      if (FIT[r] > FIT[best]) best = r;
    }
  }
  return best;
}

type TownInState = { town: string; state: GazetteerEntry };
const isTown = (x: TownInState | GazetteerEntry | null): x is TownInState => !!x && 'town' in x;

/**
 * How a town the gazetteer does not hold, in a known state, stands to another place: within its
 * state and country, apart from other states and from cities none of whose readings lies in its
 * state; beside a city of its own state or another such town of it, nothing tells (a town and its
 * neighbour). Null when the other place is unknown too.
 */
function townRelation(a: TownInState | GazetteerEntry | null, b: TownInState | GazetteerEntry | null): PlaceRelation | null {
  if (!isTown(a)) {
    const flipped = b && isTown(b) ? townRelation(b, a) : null;
    return flipped === 'within' ? 'contains' : flipped === 'contains' ? 'within' : flipped;
  }
  if (!b) return null;
  if (isTown(b)) {
    if (b.state.region !== a.state.region) return 'disjoint';
    return placeKey(b.town) === placeKey(a.town) ? 'same' : 'unknown';
  }
  // "Georgia" beside a town of Georgia is the state, whatever the gazetteer reads first.
  if (b.type !== 'city' && regionIn(b.name, 'US')?.region === a.state.region) return 'within';
  if (b.type === 'country') return b.country === 'US' ? 'within' : 'disjoint';
  if (b.type === 'region') return b.region === a.state.region ? 'within' : 'disjoint';
  // "Longmont" beside "Longmont, Florida": the same town, told with and without its state.
  if (placeKey(b.name) === placeKey(a.town)) return 'same';
  return cityReadings(b).some((r) => r.region === a.state.region) ? 'unknown' : 'disjoint';
}

function entryRelation(ea: GazetteerEntry, eb: GazetteerEntry): PlaceRelation {
  if ((ea.type === 'city' || eb.type === 'city') && (ea.type !== eb.type || ea.name !== eb.name)) {
    const read = anyReading(ea, eb);
    if (read) return read;
  }
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

/**
 * Whether two places lie in different states (first-level regions) whatever reading of their
 * names is taken: no reading of one in the other's state, no two readings within NEAR_KM (a city
 * on a state line works both sides), and every reading's state known. A country beside a place
 * of another country is apart too.
 */
export function statesApart(a: PlaceValue, b: PlaceValue): boolean {
  const [ea, eb] = [placeEntry(a) ?? stateOfTown(a)?.state ?? null, placeEntry(b) ?? stateOfTown(b)?.state ?? null];
  if (!ea || !eb) return false;
  const states = (e: GazetteerEntry): { country: string; region: string | null; at: CityReading | null }[] =>
    e.type === 'city' ? cityReadings(e).map((r) => ({ country: r.country, region: r.region, at: r })) : [{ country: e.country, region: e.type === 'region' ? e.region : null, at: null }];
  const [sa, sb] = [states(ea), states(eb)];
  if (!sa.length || !sb.length) return false;
  return sa.every((x) => sb.every((y) => {
    if (x.country !== y.country) return true;
    if (x.region === null || y.region === null || x.region === y.region) return false;
    return !(x.at && y.at && kilometres(x.at, y.at) <= NEAR_KM);
  }));
}
