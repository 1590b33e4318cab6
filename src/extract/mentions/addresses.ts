import type { Mention } from './types.js';
import { allMatches } from '../../util/matches.js';

// Street addresses: "the 9000 block of South Ashland Avenue", "at 2211 Falling Oaks".
const STREET = String.raw`(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Terrace|Circle|Trail|Row)`;
const DIRECTION = String.raw`(?:(?:North|South|East|West|N|S|E|W)\.?[ \t]+)?`;
const NAME = String.raw`(?:\p{Lu}[\p{L}'’-]*|\d+(?:st|nd|rd|th))(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3}`;

const BLOCK = new RegExp(String.raw`\b\d{1,6}[ \t]+block[ \t]+of[ \t]+${DIRECTION}${NAME}(?:[ \t]+${STREET})?`, 'gu');
const WITH_SUFFIX = new RegExp(String.raw`\b\d{1,6}[ \t]+${DIRECTION}${NAME}[ \t]+${STREET}(?![\p{L}])`, 'gu');
// Without a house number, a street is known by its compass word: "East 51st Street", "West Madison Street".
const COMPASS_STREET = new RegExp(String.raw`\b(?:North|South|East|West|N|S|E|W)\.?[ \t]+${NAME}[ \t]+${STREET}(?![\p{L}])`, 'gu');
// Without a street word the number must follow "at"/"on" and not be a year.
const AFTER_AT = new RegExp(String.raw`\b(?:at|on)[ \t]+((?!(?:19|20)\d\d\b)\d{2,6}[ \t]+${DIRECTION}\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})`, 'gu');

export function streetAddresses(clean: string): Mention[] {
  const out: Mention[] = [];
  const taken: Array<[number, number]> = [];
  const add = (start: number, end: number) => {
    if (taken.some(([a, b]) => start < b && end > a)) return;
    taken.push([start, end]);
    out.push({ start, end, name: clean.slice(start, end), type: 'place', rule: 'place/street-address', strong: true });
  };
  for (const re of [BLOCK, WITH_SUFFIX, COMPASS_STREET]) {
    for (const m of allMatches(re, clean)) add(m.index, m.index + m[0].length);
  }
  for (const m of allMatches(AFTER_AT, clean)) {
    const start = m.index + m[0].length - m[1]!.length;
    add(start, m.index + m[0].length);
  }
  return out;
}
