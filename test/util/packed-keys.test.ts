import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../src/extract/mentions/lexicon.js';
import { isTownName } from '../../src/extract/mentions/places.js';
import { Interned, PackedKeys, PackedStrings } from '../../src/util/packed-keys.js';
import { cityRecords } from '../../src/util/place-data.js';

// The packed tables must answer exactly what a Set of the same strings answers, for every key
// and for keys next to them (one character more, one less, a case changed).
const names = cityRecords().flatMap((c) => [c.name, c.name.toLowerCase(), c.altName]);
const near = (keys: string[]) => ['', ' ', '\u0000', '\uffff', '\ud83d\ude00', 'constructor', '__proto__', ...keys.flatMap((k) => [`${k}a`, k.slice(0, -1), k.slice(1), k.toUpperCase(), `${k}\u0000`])];

describe('PackedKeys', () => {
  it('holds every key of a Set of tens of thousands of names, and no other', () => {
    const set = new Set(names);
    const packed = new PackedKeys(names);
    expect(packed.size).toBe(set.size);
    expect([...set].filter((key) => !packed.has(key))).toEqual([]);
    expect(near([...set]).filter((key) => packed.has(key) !== set.has(key))).toEqual([]);
  });

  it('gives each key its own index, and the key back from it', () => {
    const packed = new PackedKeys(['b', 'a', 'ä', 'a', 'ab', '']);
    expect(packed.size).toBe(5);
    expect([0, 1, 2, 3, 4].map((i) => packed.keyAt(i))).toEqual(['', 'a', 'ab', 'b', 'ä']);
    expect(['', 'a', 'ab', 'b', 'ä', 'c'].map((k) => packed.indexOf(k))).toEqual([0, 1, 2, 3, 4, -1]);
    expect(new PackedKeys([]).has('')).toBe(false);
  });

  it('made again from its parts, as a worker thread receives them, answers every key as the original', () => {
    const original = new PackedKeys(names);
    const copy = PackedKeys.fromParts(structuredClone(original.toParts()));
    expect(copy.size).toBe(original.size);
    const keys = [...names, ...near(names)];
    expect(keys.filter((key) => copy.indexOf(key) !== original.indexOf(key))).toEqual([]);
    expect(Array.from({ length: copy.size }, (_, i) => copy.keyAt(i))).toEqual(Array.from({ length: original.size }, (_, i) => original.keyAt(i)));
    expect(PackedKeys.fromParts(new PackedKeys([]).toParts()).has('')).toBe(false);
  });
});

describe('PackedStrings and Interned', () => {
  it('give back every string in its place', () => {
    const list = new PackedStrings(names);
    expect(names.every((name, i) => list.at(i) === name)).toBe(true);
    const codes = new Interned<string>();
    expect(['US', 'GB', 'US'].map((c) => codes.id(c))).toEqual([0, 1, 0]);
    expect(codes.values).toEqual(['US', 'GB']);
  });
});

describe('isTownName', () => {
  it('answers for every city name what the Set of towns answered', () => {
    const towns = new Set(cityRecords().filter((c) => c.population >= 15_000 && c.featureCode !== 'PPLX' && !isCommonWord(c.name.toLowerCase())).map((c) => c.name.toLowerCase()));
    const wrong = near(cityRecords().map((c) => c.name)).filter((name) => isTownName(name) !== towns.has(name.toLowerCase().replace(/[’]/g, "'")));
    expect(wrong).toEqual([]);
    expect(isTownName('Kingsport')).toBe(true);
  });
});
