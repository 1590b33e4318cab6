import { isCommonWord, isFirstName, isKnownOrganization, isLastName } from './lexicon.js';
import { isPlaceName } from './places.js';
import { isTitleCaseLine } from './tokens.js';
import { NEVER_NAMES } from './words.js';
export function vocabularyOf(sentences) {
    const lower = new Set();
    const midCapital = new Set();
    for (const tokens of sentences) {
        const headline = isTitleCaseLine(tokens);
        for (const t of tokens) {
            if (!t.cap && /^\p{Ll}/u.test(t.text))
                lower.add(t.lower);
            else if (t.cap && !t.initial && !t.upper && !headline)
                midCapital.add(t.lower);
        }
    }
    return { lower, midCapital };
}
const COMMON_SUFFIX = /(ly|ing|ings|ed|ness|ment|ments|tion|tions|sion|ous|ful|less|able|ible|ive|ity|ies)$/;
/**
 * Whether a capitalized word that could be capitalized only by position (first of a
 * sentence, in a title-case headline) is a common word rather than a name.
 */
export function isCommonInPosition(token, vocabulary) {
    const lower = token.lower;
    if (NEVER_NAMES.has(lower.replace(/\.$/, '')))
        return true;
    if (vocabulary.midCapital.has(lower))
        return false;
    // "Man" opening a headline is the noun, though a town bears the name: a common word that
    // is also a place is a name only where the document capitalizes it mid-sentence.
    if (isCommonWord(lower) && isPlaceName(lower))
        return true;
    if (isFirstName(lower) || isLastName(lower) || isPlaceName(lower) || isKnownOrganization(lower))
        return false;
    return isCommonWord(lower) || vocabulary.lower.has(lower) || (COMMON_SUFFIX.test(lower) && lower.length > 5);
}
//# sourceMappingURL=vocabulary.js.map