import { casualtyRules } from './casualty/rules.js';
import { BACKGROUND, typeOfVerb } from './casualty/vocabulary.js';
import { parseCount } from './numbers.js';
import { ruleMatches } from './rule-matches.js';
const AUX_WORDS = /\b(were|was|have been|has been|had been|are|is|got|being|been|also|reportedly|allegedly|later|all|both)\b/gi;
const MONTH_BEFORE = /([$£€#]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December) ?$/;
function cleanWho(who) {
    const text = (who ?? '').replace(AUX_WORDS, ' ').replace(/\s+/g, ' ').trim();
    return text && !/^(of|the|and)$/i.test(text) ? text : null;
}
function typeOf(verb) {
    if (!verb)
        return null;
    // "was shot" without a fatal word is a gunshot wound: an injury in shooting statistics.
    return typeOfVerb(verb) ?? (/^shot$/i.test(verb) ? 'injured' : null);
}
/** Whether the number a rule matched is a count of people: not an age, address, time, sum of money or date. */
function isCount(text, { m }) {
    const n = m.groups?.n;
    const after = text.slice(m.index + (n?.length ?? 0), m.index + (n?.length ?? 0) + 6);
    if (n && /^[- ]years?\b|^-year|^ block\b|^ [ap]\.m\./.test(after))
        return false;
    if (/[:\d]$/.test(text.slice(0, m.index)))
        return false;
    return !MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index));
}
/** A reading → the toll it states, as an interval with its bound words; null when it is none. */
function toll(reading) {
    const type = reading && (reading.type ?? typeOf(reading.verb));
    if (!reading || !type)
        return null;
    if (reading.fixed !== undefined)
        return { type, min: reading.fixed, max: reading.fixed, qualifiers: [] };
    const counts = reading.counts.map(parseCount);
    if (!counts.length || counts.some((c) => c === null))
        return null;
    let min = reading.plus ?? 0;
    let max = reading.plus ?? 0;
    for (const c of counts) {
        min += c.min;
        max = max === null || c.max === null ? null : max + c.max;
    }
    return { type, min, max, qualifiers: counts.flatMap((c) => c.qualifiers) };
}
// Counts of people killed, injured, missing, arrested or captured, with bounds and the
// group counted. Tolls of other occurrences in the same sentence (annual totals, earlier
// years) carry the qualifier "background" so comparison can leave them out.
export const casualtyExtractor = {
    kind: 'casualty',
    rules: casualtyRules.map(({ id, reason, example }) => ({ id, reason, example })),
    extract(ctx) {
        const claims = [];
        for (const sentence of ctx.sentences) {
            const accept = (match) => isCount(sentence.text, match) && toll(match.rule.read(match.m)) !== null;
            for (const { rule, m } of ruleMatches(sentence.text, casualtyRules, accept)) {
                const first = rule.read(m);
                for (const reading of first.also ? [first, first.also] : [first]) {
                    const { qualifiers, ...value } = toll(reading);
                    if (BACKGROUND.test(sentence.text))
                        qualifiers.push('background');
                    claims.push({
                        kind: 'casualty',
                        start: sentence.start + m.index,
                        end: sentence.start + m.index + m[0].length,
                        value: { ...value, who: cleanWho(reading.who) },
                        qualifiers: [...new Set(qualifiers)],
                        attribution: null,
                        rule: rule.id,
                    });
                }
            }
        }
        // "The teen was shot" (or "taken to a hospital") and "the teen was killed" in one story are one victim, killed.
        const single = (c) => /one-person|named-person/.test(c.rule);
        const singleKilled = claims.some((c) => single(c) && c.value.type === 'killed');
        return singleKilled
            ? claims.filter((c) => !(single(c) && c.value.type === 'injured' && /\b(?:shot|hospitals?)$/i.test(ctx.clean.slice(c.start, c.end))))
            : claims;
    },
};
//# sourceMappingURL=casualty.js.map