import { isKnownOrganization } from './lexicon.js';
import { isPlaceName } from './places.js';
import { isShoutingLine, isTitleCaseLine } from './tokens.js';
import { isCommonInPosition } from './vocabulary.js';
import { NAME_PARTICLES, NEVER_NAMES, OF_HEADS } from './words.js';
const isNumber = (t) => /^[\d.,:/-]+$/.test(t.text);
function isNameWord(t, titleCase, vocabulary) {
    if (!t.cap || isNumber(t) || NEVER_NAMES.has(t.lower.replace(/\.$/, '')))
        return false;
    if ((t.initial || titleCase) && !t.upper)
        return !isCommonInPosition(t, vocabulary);
    return true;
}
/** Runs of capitalized words, joined over name particles and "of" after an institution word. */
function runsIn(sentence, isName) {
    const out = [];
    let i = 0;
    while (i < sentence.length) {
        if (!isName(sentence[i])) {
            i++;
            continue;
        }
        let j = i;
        let joinedOf = false;
        while (!sentence[j].breakAfter && j + 1 < sentence.length) {
            const next = sentence[j + 1];
            if (next.breakBefore)
                break;
            if (isName(next)) {
                j++;
                continue;
            }
            // Connectors continue a name only when a name word follows them.
            const connector = [next];
            const after = (k) => sentence[j + 1 + k];
            if (next.lower === 'of' && OF_HEADS.has(sentence[j].lower) && !next.breakAfter) {
                if (after(1)?.lower === 'the' && !after(1).breakAfter)
                    connector.push(after(1));
                joinedOf = true;
            }
            else if ((next.lower === 'and' && (joinedOf || /^(co\.?|company|sons)$/.test(after(1)?.lower ?? ''))) || next.text === '&' || (NAME_PARTICLES.has(next.lower) && !next.cap)) {
                if (next.lower === 'and' && after(1)?.lower === 'the')
                    connector.push(after(1));
            }
            else
                break;
            const follower = sentence[j + 1 + connector.length];
            if (!follower || !isName(follower) || connector.some((c) => c.breakAfter))
                break;
            j += connector.length + 1;
        }
        out.push({ tokens: sentence.slice(i, j + 1), sentence, first: i, last: j, shouting: false });
        i = j + 1;
    }
    return out;
}
/**
 * In a line in capitals, only word groups the rest of the document (or the place and
 * organization lists) confirms as names are candidates, longest first.
 */
function confirmedGroups(sentence, known) {
    const out = [];
    for (let i = 0; i < sentence.length;) {
        let found = 0;
        for (let len = Math.min(5, sentence.length - i); len >= 1; len--) {
            const group = sentence.slice(i, i + len);
            if (group.slice(0, -1).some((t) => t.breakAfter) || !group[0].cap || !group[len - 1].cap)
                continue;
            if (group.some((t) => isNumber(t)))
                continue;
            if (NEVER_NAMES.has(group[0].lower) || NEVER_NAMES.has(group[len - 1].lower))
                continue;
            // Column heads and state codes ("GA", "ST") are no names in a table.
            if (len === 1 && group[0].text.replace(/[^\p{L}]/gu, '').length <= 2)
                continue;
            const phrase = group.map((t) => t.lower).join(' ');
            if (known.has(phrase) || isPlaceName(phrase) || isKnownOrganization(phrase)) {
                found = len;
                break;
            }
        }
        if (found) {
            out.push({ tokens: sentence.slice(i, i + found), sentence, first: i, last: i + found - 1, shouting: true });
            i += found;
        }
        else
            i++;
    }
    return out;
}
/** Every candidate of a document, sentence by sentence. */
export function candidatesOf(sentences, vocabulary) {
    const normal = [];
    const shouting = [];
    for (const sentence of sentences) {
        if (isShoutingLine(sentence)) {
            shouting.push(sentence);
            continue;
        }
        const titleCase = isTitleCaseLine(sentence);
        // "New York", "Las Vegas": a common first word that opens a known place name.
        const opensPlace = new Set(sentence.filter((t, i) => t.cap && sentence[i + 1]?.cap && !t.breakAfter && isPlaceName(`${t.text} ${sentence[i + 1].text}`)));
        normal.push(...runsIn(sentence, (t) => opensPlace.has(t) || isNameWord(t, titleCase, vocabulary)));
    }
    // Every stretch of a name found in normal text confirms the same words in capitals.
    const known = new Set();
    for (const c of normal) {
        for (let a = 0; a < c.tokens.length; a++) {
            for (let b = a + 1; b <= c.tokens.length; b++)
                known.add(c.tokens.slice(a, b).map((t) => t.lower).join(' '));
        }
    }
    const loud = shouting.flatMap((s) => confirmedGroups(s, known));
    return [...normal, ...loud].sort((a, b) => a.tokens[0].start - b.tokens[0].start);
}
//# sourceMappingURL=candidates.js.map