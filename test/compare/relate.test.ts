import { describe, expect, it } from 'vitest';
import { relate } from '../../src/compare/relate.js';
import { resolvePlace } from '../../src/normalize/places.js';
import type { ClaimKind, ClaimValue } from '../../src/types.js';

const killed = (min: number, max: number | null): ClaimValue => ({ type: 'killed', min, max, who: null });
const day = (d: string): ClaimValue => ({ start: d, end: d, granularity: 'day', relative: null });
const month = (start: string, end: string): ClaimValue => ({ start, end, granularity: 'month', relative: null });
const quote = (text: string): ClaimValue => ({ speaker: 'Pat Ryder', quote: text });

// [what, kind, a, b, relation]
const cases: [string, ClaimKind, ClaimValue, ClaimValue, string][] = [
  ['"at least 7" and "9" killed can both hold', 'casualty', killed(7, null), killed(9, 9), 'compatible'],
  ['"7" and "7" killed agree', 'casualty', killed(7, 7), killed(7, 7), 'equal'],
  ['"4" and "6" killed cannot both hold', 'casualty', killed(4, 4), killed(6, 6), 'conflict'],
  ['"three or four" and "4" killed', 'casualty', killed(3, 4), killed(4, 4), 'compatible'],
  ['Friday and March 2025', 'date', day('2025-03-14'), month('2025-03-01', '2025-03-31'), 'compatible'],
  ['Friday and Wednesday of one week', 'date', day('2025-03-14'), day('2025-03-12'), 'conflict'],
  ['Anbar province and Iraq', 'place', resolvePlace('Anbar province'), resolvePlace('Iraq'), 'compatible'],
  ['Anbar and Nineveh', 'place', resolvePlace('Anbar province'), resolvePlace('Nineveh province'), 'conflict'],
  ['Houston and Texas', 'place', resolvePlace('Houston'), resolvePlace('Texas'), 'compatible'],
  // Places that contain each other, and places whose container the gazetteer cannot tell.
  ['Roswell and New Mexico (a town whose name a bigger city elsewhere also bears)', 'place', resolvePlace('Roswell'), resolvePlace('New Mexico'), 'compatible'],
  ['Paradise and California', 'place', resolvePlace('Paradise'), resolvePlace('California'), 'compatible'],
  ['Butte County and California (a county the gazetteer does not list)', 'place', resolvePlace('Butte County'), resolvePlace('California'), 'compatible'],
  ['Paradise and Butte County', 'place', resolvePlace('Paradise'), resolvePlace('Butte County'), 'compatible'],
  ['a neighborhood and its borough', 'place', resolvePlace('East Flatbush'), resolvePlace('Brooklyn'), 'compatible'],
  ['Richmond Hill and Queens (a neighborhood named like a city abroad)', 'place', resolvePlace('Richmond Hill'), resolvePlace('Queens'), 'compatible'],
  ['Atlanta and Georgia (a state named like a country)', 'place', resolvePlace('Atlanta'), resolvePlace('Georgia'), 'compatible'],
  ['Aurora and Illinois (a town named like a province abroad)', 'place', resolvePlace('Aurora'), resolvePlace('Illinois'), 'compatible'],
  ['Tbilisi and Georgia', 'place', resolvePlace('Tbilisi'), resolvePlace('Georgia'), 'compatible'],
  ['Houston and Dallas', 'place', resolvePlace('Houston'), resolvePlace('Dallas'), 'conflict'],
  ['Houston and Ohio', 'place', resolvePlace('Houston'), resolvePlace('Ohio'), 'conflict'],
  ['Cincinnati and Cleveland', 'place', resolvePlace('Cincinnati'), resolvePlace('Cleveland'), 'conflict'],
  ['a shortened quote', 'quote', quote('Both of the U.S. service members are in stable condition.'), quote('service members are in stable condition'), 'compatible'],
  ['a changed word inside the quotation marks', 'quote', quote('Both service members are in stable condition.'), quote('Both service members are in critical condition.'), 'conflict'],
  ['two roles one person can hold', 'role', { person: 'X', role: 'CENTCOM commander' }, { person: 'X', role: 'Gen.' }, 'compatible'],
];

describe('how two values of one slot relate', () => {
  it.each(cases)('%s', (_what, kind, a, b, relation) => {
    expect(relate(kind, a, b)).toBe(relation);
    expect(relate(kind, b, a)).toBe(relation);
  });
});
