import nlp from 'compromise';
// compromise's own word lexicon (word → tag), read once: first names, surnames, companies,
// sports teams, places and every closed-class or common word it knows. Lookups only, no parse.
const LEXICON = nlp.model().one.lexicon;
function tagsOf(key) {
    const tags = LEXICON[key];
    return tags === undefined ? [] : Array.isArray(tags) ? tags : tags.split(',');
}
const has = (key, wanted) => tagsOf(key).some((t) => wanted.test(t));
const NAME_TAGS = /^(FirstName|MaleName|FemaleName|LastName|Person|Place|Country|City|Region|Organization|SportsTeam|ProperNoun|Demonym|Honorific|Abbreviation)$/;
/** A key compromise knows as something other than a name: a common word of English. */
export function isCommonWord(lower) {
    const tags = tagsOf(lower);
    return tags.length > 0 && !tags.some((t) => NAME_TAGS.test(t));
}
export const isFirstName = (lower) => has(lower, /^(FirstName|MaleName|FemaleName)$/) || LEXICON[lower] === 'Person';
export const isLastName = (lower) => has(lower, /^LastName$/);
export const isKnownPerson = (lower) => LEXICON[lower] === 'Person' && lower.includes(' ');
export const isKnownOrganization = (lower) => has(lower, /^(Organization|SportsTeam)$/);
export const isKnownPlace = (lower) => has(lower, /^(Place|Country|City|Region)$/);
export const isDemonymWord = (lower) => has(lower, /^Demonym$/);
//# sourceMappingURL=lexicon.js.map