import { streetAddresses } from './addresses.js';
import { candidatesOf } from './candidates.js';
import { classify } from './classify.js';
import { factsOf } from './facts.js';
import { settle } from './settle.js';
import { tokenize } from './tokens.js';
import { vocabularyOf } from './vocabulary.js';
/** Every person, organization and place mention of a document, computed once per document. */
export function mentionsOf(ctx) {
    return ctx.memo('mentions', () => {
        const sentences = ctx.sentences.map(tokenize);
        const vocabulary = vocabularyOf(sentences);
        const facts = factsOf(sentences, vocabulary);
        const decisions = settle(candidatesOf(sentences, vocabulary).flatMap((c) => classify(c, facts)), facts);
        const mentions = [];
        for (const d of decisions) {
            if (!d.type)
                continue;
            const start = d.candidate.tokens[0].start;
            mentions.push({ start, end: d.end, name: ctx.clean.slice(start, d.end), type: d.type, rule: d.rule, strong: d.strong });
        }
        // An address replaces the street name found inside it.
        const addresses = streetAddresses(ctx.clean);
        const inAddress = (m) => m.type === 'place' && addresses.some((a) => m.start < a.end && m.end > a.start);
        return [...mentions.filter((m) => !inAddress(m)), ...addresses].sort((a, b) => a.start - b.start);
    });
}
//# sourceMappingURL=document.js.map