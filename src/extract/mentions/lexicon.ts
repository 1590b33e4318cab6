import { nlp } from '../../util/nlp.js';

// compromise's own word lexicon (word → tag), read once on first use: first names, surnames,
// companies, sports teams, places and every closed-class or common word it knows. Lookups only, no parse.
let lexicon: Record<string, string | string[]> | null = null;
const LEXICON = () => (lexicon ??= (nlp().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon);

function tagsOf(key: string): string[] {
  // Own keys only: "constructor" or "__proto__" in an article is a word, not Object.prototype.
  const tags = Object.hasOwn(LEXICON(), key) ? LEXICON()[key] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : tags.split(',');
}

const has = (key: string, wanted: RegExp) => tagsOf(key).some((t) => wanted.test(t));

const NAME_TAGS = /^(FirstName|MaleName|FemaleName|LastName|Person|Place|Country|City|Region|Organization|SportsTeam|ProperNoun|Demonym|Honorific|Abbreviation)$/;

/** A key compromise knows as something other than a name: a common word of English. */
export function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.test(t));
}

export const isFirstName = (lower: string) => has(lower, /^(FirstName|MaleName|FemaleName)$/) || LEXICON()[lower] === 'Person';
export const isLastName = (lower: string) => has(lower, /^LastName$/);
export const isKnownPerson = (lower: string) => LEXICON()[lower] === 'Person' && lower.includes(' ');
export const isKnownOrganization = (lower: string) => has(lower, /^(Organization|SportsTeam)$/);
export const isKnownPlace = (lower: string) => has(lower, /^(Place|Country|City|Region)$/);
export const isDemonymWord = (lower: string) => has(lower, /^Demonym$/);
