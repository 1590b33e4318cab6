import { afterAll, describe, expect, it } from 'vitest';
import * as lexicon from '../../src/extract/mentions/lexicon.js';
import * as places from '../../src/extract/mentions/places.js';
import { exportExtractTables, installExtractTables } from '../../src/extract/tables.js';
import { PackedKeys } from '../../src/util/packed-keys.js';
import { cityRecords, countryRecords, stateRecords } from '../../src/util/place-data.js';

// A worker thread takes the main thread's tables (extract-pool.ts, through the pool's
// workerData, which copies them as structuredClone does) instead of building its own: every
// lookup must answer for every key what the tables built in place answer.
const PREDICATES: Record<string, (key: string) => boolean> = {
  isCommonWord: lexicon.isCommonWord,
  isFirstName: lexicon.isFirstName,
  isLastName: lexicon.isLastName,
  isKnownPerson: lexicon.isKnownPerson,
  isKnownOrganization: lexicon.isKnownOrganization,
  isKnownPlace: lexicon.isKnownPlace,
  isDemonymWord: lexicon.isDemonymWord,
  isPlaceName: places.isPlaceName,
  isTownName: places.isTownName,
  isCountryName: places.isCountryName,
  isDemonym: places.isDemonym,
};

const names = [
  ...Object.keys(lexicon.prebuiltLexicon() ?? {}),
  ...countryRecords().map((c) => c.name),
  ...stateRecords().map((s) => s.name),
  ...cityRecords().flatMap((c) => [c.name, c.altName]),
];
const keys = ['', 'constructor', '__proto__', 'Zorbland', ...names.flatMap((n) => [n, n.toLowerCase(), `${n}x`, n.slice(0, -1)])];
const answers = () => Object.fromEntries(Object.entries(PREDICATES).map(([name, test]) => [name, keys.map((k) => test(k))]));

const original = exportExtractTables();
afterAll(() => installExtractTables(original));

describe('the extraction tables passed to a worker', () => {
  it('answer every key as the tables built in place', () => {
    expect(names.length).toBeGreaterThan(50_000);
    const built = answers();
    installExtractTables(structuredClone(exportExtractTables()));
    expect(answers()).toEqual(built);
  });

  it('are what a thread reads once installed, not the ones it would build', () => {
    const packed = (list: string[]) => new PackedKeys(list).toParts();
    installExtractTables({
      lexicon: { words: packed(['zorbland']), tagIds: new Uint16Array([0]), tags: ['Country'] },
      places: { places: packed(['zorbland']), towns: packed(['zorbland']), countries: ['zorbland'] },
    });
    expect(['isKnownPlace', 'isPlaceName', 'isTownName', 'isCountryName', 'isCommonWord'].map((name) => PREDICATES[name]!('Zorbland'.toLowerCase()))).toEqual([true, true, true, true, false]);
    expect(places.isPlaceName('the')).toBe(false);
    installExtractTables(original);
    expect(places.isPlaceName('Zorbland')).toBe(false);
  });
});
