import { isCommonWord } from './lexicon.js';
import { isCountryName, isDemonym } from './places.js';
import { subCandidate } from './titles.js';
const keyOf = (d) => d.candidate.tokens.map((t) => t.lower).join(' ');
function gather(decisions) {
    const evidence = { votes: new Map(), surnames: new Set(), orgStarts: new Set() };
    for (const d of decisions) {
        if (!d.type || !d.strong)
            continue;
        const key = keyOf(d);
        const byType = evidence.votes.get(key) ?? new Map();
        byType.set(d.type, (byType.get(d.type) ?? 0) + 1);
        evidence.votes.set(key, byType);
        const tokens = d.candidate.tokens;
        if (d.type === 'person' && tokens.length >= 2) {
            evidence.surnames.add(tokens[tokens.length - 1].lower);
            if (tokens.length >= 3)
                evidence.surnames.add(tokens.slice(-2).map((t) => t.lower).join(' '));
        }
        if (d.type === 'organization' && tokens.length >= 2 && d.rule !== 'organization/place-word') {
            for (let n = 1; n < tokens.length; n++) {
                if (!tokens[n - 1].cap || tokens[n - 1].upper)
                    continue;
                evidence.orgStarts.add(tokens.slice(0, n).map((t) => t.lower).join(' '));
            }
        }
    }
    return evidence;
}
/** Two to four capitalized words that are no common word or nationality: a person's name. */
function looksLikeName(d, facts) {
    const words = d.candidate.tokens;
    if (d.candidate.shouting || words.length < 2 || words.length > 4)
        return false;
    return words.every((t) => /^\p{Lu}[\p{Ll}'’-]/u.test(t.text) && !isCommonWord(t.lower) && !facts.vocabulary.lower.has(t.lower) && !isDemonym(t.text));
}
/**
 * A weakly typed run that is several names the document knows side by side, as in a table
 * row ("Real Madrid Barcelona"), is split into those names; words between them are dropped.
 */
function segment(d, typeOf) {
    const tokens = d.candidate.tokens;
    if (d.strong || tokens.length < 3)
        return [d];
    const out = [];
    for (let i = 0; i < tokens.length;) {
        let len = tokens.length - i;
        for (; len >= 1; len--) {
            if (len === tokens.length)
                continue;
            if (typeOf(tokens.slice(i, i + len).map((t) => t.lower).join(' ')))
                break;
        }
        if (len < 1) {
            i++;
            continue;
        }
        const part = subCandidate(d.candidate, tokens.slice(i, i + len));
        out.push({ ...d, candidate: part, type: null, rule: '', end: part.tokens[len - 1].end });
        i += len;
    }
    const covered = out.reduce((n, p) => n + p.candidate.tokens.length, 0);
    return out.length >= 2 && tokens.length - covered <= 1 ? out : [d];
}
/**
 * Document-level consistency: a name the document has already typed on strong evidence
 * keeps that type everywhere (in headlines too), a person's surname alone is that person,
 * and the first words of a company's name alone are that company.
 */
export function settle(decisions, facts) {
    const { votes, surnames, orgStarts } = gather(decisions);
    const typeOf = (key) => {
        const byType = votes.get(key);
        return byType ? [...byType.entries()].sort((a, b) => b[1] - a[1])[0][0] : null;
    };
    return decisions.flatMap((d) => segment(d, typeOf)).map((d) => {
        const key = keyOf(d);
        const short = d.candidate.tokens.length <= 2;
        const overridable = !d.strong || (d.rule === 'place/gazetteer' && !isCountryName(key));
        if (short && surnames.has(key) && d.type !== 'person' && overridable) {
            return { ...d, type: 'person', rule: 'person/coreference', strong: false };
        }
        if (orgStarts.has(key) && d.type !== 'organization' && overridable && typeOf(key) !== 'person') {
            return { ...d, type: 'organization', rule: 'organization/coreference', strong: false };
        }
        if (d.strong && d.type)
            return d;
        const known = typeOf(key);
        if (known)
            return { ...d, type: known, rule: `${known}/coreference`, strong: false };
        if (d.type)
            return d;
        if (looksLikeName(d, facts))
            return { ...d, type: 'person', rule: 'person/name-shape' };
        return d;
    });
}
//# sourceMappingURL=settle.js.map