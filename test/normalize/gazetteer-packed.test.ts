import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cityReadings, lookupPlace, placeKey, regionIn, type CityReading, type GazetteerEntry } from '../../src/normalize/gazetteer.js';
import { cityRecords, countryRecords, stateRecords, type CityRecord } from '../../src/util/place-data.js';

// The gazetteer keeps its cities packed (util/packed-keys.ts) for the start-up snapshot: every
// key must answer what the Maps it replaced answered. The reference below is those Maps, built
// as normalize/gazetteer.ts built them before.
function reference(): { cities: Map<string, GazetteerEntry>; readings: Map<string, CityReading[]> } {
  const best = new Map<string, CityRecord>();
  const readings = new Map<string, CityReading[]>();
  for (const c of cityRecords()) {
    if (c.population < 10_000) continue;
    const key = placeKey(c.name);
    const reading = { country: c.country, region: c.country === 'US' ? `US-${c.adminCode}` : null, lon: c.lon, lat: c.lat };
    const known = readings.get(key);
    if (known) known.push(reading);
    else readings.set(key, [reading]);
    if (c.population < 15_000 || c.featureCode === 'PPLX') continue;
    const biggest = best.get(key);
    if (!biggest || biggest.population < c.population) best.set(key, c);
  }
  const cities = new Map<string, GazetteerEntry>();
  for (const [key, c] of best) cities.set(key, { name: c.name, type: 'city', country: c.country, region: c.country === 'US' ? `US-${c.adminCode}` : null });
  return { cities, readings };
}

// gazetteer.ts's administrative words: a name holding one is no city.
const GENERIC = /\b(province|governorate|state|region|oblast|prefecture|county|department|district|territory|municipality|autonomous community|voivodeship|canton)\b/i;

const city = (name: string): GazetteerEntry => ({ name, type: 'city', country: '', region: null });

describe('the packed city table', () => {
  const { cities, readings } = reference();
  const names = [...new Set(cityRecords().map((c) => c.name))];
  const absent = ['', 'Nowhereville Zzyx', 'constructor', '__proto__', 'toString', '\uffff', 'a', ...[...readings.keys()].flatMap((k) => [`${k}x`, k.slice(0, -1), `${k} `])];

  it('reads every town every city name may stand for, as the Map did', () => {
    expect(names.length).toBeGreaterThan(30_000);
    const wrong = [...names, ...absent].filter((name) => !isDeepStrictEqual(cityReadings(city(name)), readings.get(placeKey(name)) ?? []));
    expect(wrong).toEqual([]);
  });

  it('looks up the same city for every name, and none for a name no city has', () => {
    let cityHits = 0;
    const wrong: string[] = [];
    for (const name of [...names, ...absent]) {
      const got = lookupPlace(name);
      // A name that is all administrative words ("Canton") has no key, and is no place.
      const want = placeKey(name) ? cities.get(placeKey(name)) ?? null : null;
      // Countries and regions come first, from tables of their own.
      if (got && got.type !== 'city') continue;
      if (got) cityHits++;
      if (!isDeepStrictEqual(got, GENERIC.test(name) ? null : want)) wrong.push(name);
    }
    expect(wrong).toEqual([]);
    expect(cityHits).toBeGreaterThan(15_000);
  });

  it('answers the same objects for a key each time', () => {
    expect(cityReadings(city('Springfield'))).toBe(cityReadings(city('springfield')));
    expect(cityReadings(city('Springfield')).length).toBeGreaterThan(3);
    expect(lookupPlace('Baghdad')).toBe(lookupPlace('BAGHDAD'));
  });
});

describe('the packed region tables', () => {
  // The Maps of normalize/gazetteer.ts before, built as it built them.
  const hasGenericWord = (name: string) => GENERIC.test(name);
  const regions = new Map<string, GazetteerEntry>();
  const byCountry = new Map<string, GazetteerEntry>();
  for (const s of stateRecords()) {
    const key = placeKey(s.name);
    const entry: GazetteerEntry = { name: s.name, type: 'region', country: s.countryCode, region: `${s.countryCode}-${s.isoCode}` };
    if (key.length >= 3) byCountry.set(`${s.countryCode}:${key}`, entry);
    if (key.length < 3) continue;
    const known = regions.get(key);
    if (known && (hasGenericWord(s.name) || !hasGenericWord(known.name))) continue;
    regions.set(key, entry);
  }
  const names = [...stateRecords().map((s) => s.name), 'Nowhere Province', '', 'constructor', ...stateRecords().map((s) => `${s.name}x`)];
  const countryNames = new Set(countryRecords().map((c) => placeKey(c.name)));

  it('reads every region name as the Map did', () => {
    let hits = 0;
    for (const name of names) {
      const got = lookupPlace(name);
      // Countries come first ("Georgia"), from a table of their own.
      if (got?.type === 'country' || countryNames.has(placeKey(name))) continue;
      const want = regions.get(placeKey(name)) ?? null;
      if (want) hits++;
      if (want || got?.type === 'region') expect(got).toEqual(want);
    }
    expect(hits).toBeGreaterThan(3_000);
  });

  it('reads every region name within its own country and others as the Map did', () => {
    const ownCountry = new Map(stateRecords().map((s) => [s.name, s.countryCode]));
    const wrong = names.flatMap((name) =>
      ['US', 'GB', 'XX', ownCountry.get(name) ?? 'US'].filter((country) => !isDeepStrictEqual(regionIn(name, country), byCountry.get(`${country}:${placeKey(name)}`) ?? null)).map((country) => `${country}:${name}`),
    );
    expect(wrong).toEqual([]);
    expect(regionIn('Georgia', 'US')).toBe(regionIn('georgia', 'US'));
  });
});
