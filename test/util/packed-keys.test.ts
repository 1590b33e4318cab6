import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../src/extract/mentions/lexicon.js';
import { isTownName } from '../../src/extract/mentions/places.js';
import { Interned, PackedKeys, PackedStrings } from '../../src/util/packed-keys.js';
import { cityRecords } from '../../src/util/place-data.js';

// The packed tables must answer exactly what a Set of the same strings answers, for every key
// and for keys next to them (one character more, one less, a case changed).
const names = cityRecords().flatMap((c) => [c.name, c.name.toLowerCase(), c.altName]);
const near = (keys: string[]) => ['', ' ', '\u0000', '\u0001', '\uffff', '\ud83d\ude00', 'constructor', '__proto__', ...keys.flatMap((k) => [`${k}a`, k.slice(0, -1), k.slice(1), k.toUpperCase(), `${k}\u0000`, `\u0001${k.slice(1)}`])];

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

  it('keeps its slots two bytes each while the indexes fit, four beyond', () => {
    expect(new PackedKeys(names).toParts().slots).toBeInstanceOf(Uint16Array);
    const many = Array.from({ length: 70_000 }, (_, i) => `k${i}`);
    const packed = new PackedKeys(many);
    expect(packed.toParts().slots).toBeInstanceOf(Int32Array);
    expect(many.filter((key) => packed.keyAt(packed.indexOf(key)) !== key || packed.has(`${key}x`))).toEqual([]);
    // 65,535 keys: the last index + 1 would not fit in two bytes.
    const edge = Array.from({ length: 0xffff }, (_, i) => `e${i}`);
    const wide = new PackedKeys(edge);
    expect(wide.toParts().slots).toBeInstanceOf(Int32Array);
    expect(edge.filter((key) => wide.keyAt(wide.indexOf(key)) !== key)).toEqual([]);
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

// V8 keeps a string one byte a character only when all of it is Latin-1: a table's text keeps
// its few other characters apart (with the control character that stands for them in the text),
// or a handful of names would make all of it two bytes a character in the snapshot.
describe('a table of names beyond Latin-1', () => {
  const keys = ['Sālūt', 'Qaşr', 'a\u0001b', '\u0001', 'ab', 'a\u0101b', 'Łódź', '\ud83d\ude00x', 'plain', 'Zürich', 'İzmir', 'x\u0001'];
  const oneByte = (text: string) => v8.serialize(text).length < text.length + 16;

  it('answers every key and its near misses as a Set does, and keeps its text one byte a character', () => {
    const set = new Set(keys);
    for (const packed of [new PackedKeys(keys), PackedKeys.fromParts(structuredClone(new PackedKeys(keys).toParts()))]) {
      expect(near([...keys, 'a\u0102b', 'Salut', 'S\u0001l\u0001t']).filter((key) => packed.has(key) !== set.has(key))).toEqual([]);
      expect(Array.from({ length: packed.size }, (_, i) => packed.keyAt(i))).toEqual([...set].sort());
      expect(oneByte(packed.toParts().keys.text)).toBe(true);
    }
  });

  it('gives back each string in its place', () => {
    const values = [...keys, ...[...keys].reverse(), ''];
    const list = new PackedStrings(values);
    expect(Array.from({ length: list.length }, (_, i) => list.at(i))).toEqual(values);
    expect(oneByte(list.toParts().text)).toBe(true);
    expect(oneByte(new PackedStrings(names).toParts().text)).toBe(true);
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
