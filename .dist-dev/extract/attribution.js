// Who a sentence's claims come from ("police said") and how firmly ("reportedly").
// What a source is when it is not a name: "police", "the sheriff's office", "court documents".
const NOUN = "police|officials|authorities|investigators|detectives|deputies|officers|troopers|agents|prosecutors|witnesses|neighbou?rs|residents|relatives|sources|reports|documents|records|statement|spokes(?:man|woman|person)|office|department|hospital|coroner|examiner|sheriff|family|agency|ministry|military|army|government|commander|official|chief|mayor|press secretary|medical examiner|the Pentagon";
const CAP = "[A-Z][\\w.'’&-]*";
const NAMED = `${CAP}(?: (?:${CAP}|of|the|and|for|al-[\\w'’-]+)){0,7}`;
const DESCRIBED = `(?:(?:the|a|an|his|her|their|its|local|state|federal|${CAP}) )?(?:(?!(?:where|when|who|which|that|after|while|if|as|said|says)\\b)[\\w'’-]+ ){0,4}?(?:${NOUN})`;
// A role written before a name ("press secretary Maj. Gen. Pat Ryder") is part of the source.
const SOURCE_WORDS = `(?:${DESCRIBED}(?: ${NAMED})?|(?:the )?${NAMED})`;
const SOURCE = `(${SOURCE_WORDS})`;
// Sources that need no name and are unambiguous anywhere in a sentence ("when police said").
const PLAIN = '(police|authorities|officials|prosecutors|investigators|detectives|deputies)';
// How a sentence-final attribution is set off: a comma or dash, maybe after a closing quote.
const SET_OFF = '(?:[,?!]["”’]?|\\s[—–-])\\s*';
// What may follow a sentence-final "X said": "at a news conference Monday night".
const TAIL = "(?: [^,.;“”\"]{1,50})?";
// Words between a source and its verb: "Police initially said", "prosecutors have said", "police said Monday".
const BETWEEN = '(?: (?:initially|also|later|earlier|previously|then|now|have|has|had|would|on \\w+|last \\w+|late \\w+|early \\w+))*';
const SAY = '(?:said|says|say|told|reported|reports|confirmed|announced|stated|added|estimated|estimates|believe|believed)';
const PATTERNS = [
    new RegExp(`\\b[Aa]ccording to ${SOURCE}(?=[,.;]|$| (?:on|in|at|who|which|that)\\b)`),
    new RegExp(`^${SOURCE}(?:, [^,]{1,60},)?${BETWEEN} ${SAY}\\b`),
    // "– Gen. Michael Erik Kurilla, CENTCOM commander said.": the apposition belongs to the source.
    new RegExp(`${SET_OFF}(${SOURCE_WORDS}(?:, [^,“”"]{1,40})?)${BETWEEN} ${SAY}${TAIL}\\.?["”’]?\\s*$`),
    new RegExp(`${SET_OFF}(?:said|says) ${SOURCE}(?:,[^.]*)?\\.?\\s*$`),
    new RegExp(`\\b${PLAIN}(?: have| had)? (?:said|say|says|believe|told)\\b`, 'i'),
];
const HEDGES = [
    [/\breportedly\b|\bwas reported\b|\bit is reported\b|\bunconfirmed reports?\b/i, 'reportedly'],
    [/\ballegedly\b|\balleged\b/i, 'allegedly'],
    [/\bunconfirmed\b|\bunverified\b|\bcould not be (?:independently )?(?:confirmed|verified)\b/i, 'unconfirmed'],
    [/\b(?:is|are|was|were) (?:believed|thought) to\b|\bit is believed\b/i, 'believed'],
    [/\bpossibly\b|\bmay have\b|\bmight have\b/i, 'possibly'],
    [/\bapparent(?:ly)?\b/i, 'apparently'],
];
// A source must name someone: pronouns, determiners and bare clause openers are not attribution.
const NOT_SOURCE = /^(?:he|she|they|it|we|i|you|this|that|these|those|there|which|who|one|some|both|many|others?|what|when|while|if|as)\b|^(?:the|and|but|a|an)$/i;
const CONJUNCTION = /^(?:But|And|So|Yet|Still|However|Meanwhile|Earlier|Later),?\s+/;
const NOUN_AT_END = new RegExp(`(?:^|\\s)(?:${NOUN})$`, 'i');
/** The source as a report shows it: no trailing period, a sentence-initial common noun lowercased. */
function tidy(found) {
    let source = found.trim().replace(/(?<![A-Z])\.$/, '').replace(/[,;:]$/, '');
    if (!source || NOT_SOURCE.test(source) || source.split(' ').length > 8)
        return null;
    // Lowercase words must belong to a described source ("the sheriff's office"), not a clause.
    if (/^[a-z]/.test(source) && !NOUN_AT_END.test(source) && !/ [A-Z][\w.'’-]*$/.test(source))
        return null;
    if (/^(?:Police|Officials|Authorities|Investigators|Detectives|Deputies|Officers|Prosecutors|Witnesses|Neighbou?rs|Residents|Sources)\b|^The [a-z]/.test(source)) {
        source = source[0].toLowerCase() + source.slice(1);
    }
    return source;
}
export function sentenceAttribution(sentence) {
    const text = sentence.trim().replace(CONJUNCTION, '');
    let source = null;
    for (const pattern of PATTERNS) {
        const found = pattern.exec(text)?.[1];
        source = found ? tidy(found) : null;
        if (source)
            break;
    }
    const hedges = HEDGES.filter(([re]) => re.test(sentence)).map(([, name]) => name);
    return { source, hedges };
}
//# sourceMappingURL=attribution.js.map