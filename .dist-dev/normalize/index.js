import { resolveDate } from './dates.js';
import { introducedAcronyms, organizationCanonicalizer } from './organizations.js';
import { canonicalPeople } from './people.js';
import { resolvePlace } from './places.js';
/** Organization claims written "Long Form (ACRONYM)" in any document. */
function acronymPairs(docs) {
    const pairs = [];
    for (const doc of docs) {
        const orgs = doc.claims.filter((c) => c.kind === 'organization');
        for (let i = 0; i + 1 < orgs.length; i++) {
            const [a, b] = [orgs[i], orgs[i + 1]];
            const between = b.span.start - a.span.end;
            if (between >= 1 && between <= 3 && /\($/.test(doc.sentences[a.sentenceIndex]?.text.slice(0, b.span.start - (doc.sentences[a.sentenceIndex]?.start ?? 0)) ?? '')) {
                pairs.push({ long: a.value.name, acronym: b.text });
            }
        }
    }
    return pairs;
}
export function normalizeDocuments(docs, options = {}) {
    const people = canonicalPeople(docs);
    const introduced = introducedAcronyms(acronymPairs(docs));
    const base = organizationCanonicalizer(options.organizations);
    // A long form the table knows keeps its canonical name; its acronym follows it.
    const organization = organizationCanonicalizer({
        ...Object.fromEntries(Object.entries(introduced).map(([long, acronyms]) => [base(long), [long, ...acronyms.filter((a) => base(a) === a)]])),
        ...options.organizations,
    });
    const canonicalOrganization = (name) => organization(base(name));
    return docs.map((doc) => {
        const names = people[doc.id] ?? {};
        const person = (name) => names[name] ?? name;
        const actor = (name) => names[name] ?? canonicalOrganization(name);
        const claims = doc.claims.map((claim, index) => ({
            id: `${doc.id}#${index}`,
            document: doc.id,
            event: null,
            kind: claim.kind,
            text: claim.text,
            span: claim.span,
            value: normalizeValue(claim, doc.published, person, actor, canonicalOrganization),
            qualifiers: claim.qualifiers,
            attribution: claim.attribution,
            sentence: claim.sentence,
            rule: claim.rule,
            sentenceIndex: claim.sentenceIndex,
        }));
        return { ...doc, claims };
    });
}
function normalizeValue(claim, published, person, actor, canonicalOrganization) {
    const value = claim.value;
    switch (claim.kind) {
        case 'person':
            return { name: person(value.name) };
        case 'organization':
            return { name: canonicalOrganization(value.name) };
        case 'place':
            return resolvePlace(value.name);
        case 'date':
            return resolveDate(value, published);
        case 'alias': {
            const v = value;
            return { name: person(v.name), alias: v.alias };
        }
        case 'role': {
            const v = value;
            return { person: person(v.person), role: v.role };
        }
        case 'quote': {
            const v = value;
            return { speaker: v.speaker === null ? null : actor(v.speaker), quote: v.quote };
        }
        case 'agent': {
            const v = value;
            return { name: actor(v.name), action: v.action };
        }
        default:
            return value;
    }
}
//# sourceMappingURL=index.js.map