import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as Yaml from 'yaml';
import { simpleFrontMatter } from '../../src/ingest/front-matter.js';

const yaml = createRequire(import.meta.url)('yaml') as typeof Yaml;

// The fast reading of plain front matter gives what the yaml package gives, or nothing.
describe('simpleFrontMatter', () => {
  it.each([
    ['title: "Fire at a warehouse: two hurt"\npublished: 2017-01-17\nurl: "http://x.test/a?b=1#c"'],
    ['source: AP\ntitle: Police say three hurt'],
    ['title: "  spaced  "\r\npublished: 2017-13-45'],
    ['source: Reuters   '],
    ['title: "Café – Zürich"'],
    ["by: O'Brien (staff), AP/Reuters"],
  ])('%j: as the yaml package reads it', (block) => {
    const fast = simpleFrontMatter(block);
    expect(fast).not.toBeNull();
    expect({ ...fast }).toEqual(yaml.parse(block));
  });

  it.each([
    ['title: True'],
    ['title: null'],
    ['count: 12'],
    ['title: 1e3'],
    ['title: "escaped \\" quote"'],
    ['title: "a" # comment'],
    ['title: a: b'],
    ['title: x\ntitle: y'],
    ['title: x\n\nurl: y'],
    ['tags:\n  - a'],
    ['title: [a, b]'],
    ["title: 'single'"],
    ['title: >\n  folded'],
    ['__proto__: x'],
    ['url: http://x.test/a'],
    [''],
  ])('%j: left to the yaml package', (block) => {
    expect(simpleFrontMatter(block)).toBeNull();
  });
});
