import type { RawClaim } from '../types.js';
import { mentionsOf } from './mentions/index.js';
import type { Extractor, RuleInfo } from './rule.js';

// People are found by the shared mention layer (src/extract/mentions); these are its rules.
const rules: RuleInfo[] = [
  {
    id: 'person/title',
    reason: 'A title or office before a name marks a person; the title is not part of the name.',
    example: 'Prime Minister Mohammed Shia al-Sudani praised the efforts of the Iraqi forces.',
  },
  {
    id: 'person/first-name',
    reason: 'A known first name starting a run of capitalized words.',
    example: 'Michael Owen scored the winner in the 88th minute.',
  },
  {
    id: 'person/initial',
    reason: 'An initial before a surname ("M. Waugh").',
    example: 'The visitors lost early wickets before M. Kasprowicz steadied the innings.',
  },
  {
    id: 'person/name-particle',
    reason: 'Arabic and European name particles inside a name (al-, bin, van der).',
    example: 'Authorities named the dead man as Qassem Hamad al-Jubouri.',
  },
  {
    id: 'person/said',
    reason: 'A name that says or tells something, or has an age in apposition, is a person.',
    example: 'Obradovic said the talks had failed.',
  },
  {
    id: 'person/age',
    reason: 'An age written before a name ("16-year-old X Y") is said of a person, whatever else its words could be (a country, a creed).',
    example: 'Police identified the victim as 16-year-old Jordan Hale of Dayton.',
  },
  {
    id: 'person/kin',
    reason: 'A name right after someone\'s kin ("his wife, X", "the victim\'s mother, X") is a person, even a first name alone.',
    example: 'Police said Paul Dane shot his wife, Irene, before turning the gun on himself.',
  },
  {
    id: 'person/victim-context',
    reason: 'Two or three name words that news copy says were killed or hurt ("X Y was pronounced dead", "identified the girl as X Y", "the family of X Y") are a person, even when the first name is unusual and the surname a common word; never a title or an agency.',
    example: 'Delvonte Rice was taken to a hospital, where he died.',
  },
  {
    id: 'person/surname',
    reason: 'A single capitalized word compromise knows as a surname.',
    example: 'The home side relied on Thompson in the final overs.',
  },
  {
    id: 'person/coreference',
    reason: 'Once a full name is a person, its surname alone in the same document is that person.',
    example: 'Striker Davor Suker was booked and Suker later limped off.',
  },
  {
    id: 'person/name-shape',
    reason: 'Two to four capitalized words nothing else explains are most often a person.',
    example: 'The prize went to Rustu Recber on Sunday.',
  },
];

export const personExtractor: Extractor = {
  kind: 'person',
  rules,
  extract(ctx): RawClaim[] {
    return mentionsOf(ctx)
      .filter((m) => m.type === 'person')
      .map((m) => ({ kind: 'person', start: m.start, end: m.end, value: { name: m.name }, qualifiers: [], attribution: null, rule: m.rule }));
  },
};
