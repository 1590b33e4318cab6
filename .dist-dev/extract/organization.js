import { mentionsOf } from './mentions/index.js';
import { ruleMatches } from './rule-matches.js';
// Organizations are found by the shared mention layer (src/extract/mentions); these are its rules.
const rules = [
    {
        id: 'organization/known',
        reason: 'Organizations known by name (compromise’s company and team lexicon, militant groups, the UN).',
        example: 'The U.S. and Iraqi forces recently achieved a significant victory against the Islamic State.',
    },
    {
        id: 'organization/suffix',
        reason: 'A name ending in an institution word (Corp, Party, Ministry, Command, Forces) or holding one.',
        example: 'The operation was led by the Iraqi Counter-Terrorism Service.',
    },
    {
        id: 'organization/acronym',
        reason: 'An acronym in capitals that is not a place is an organization (CENTCOM, NATO, IS).',
        example: 'The strike was confirmed by CENTCOM on Friday.',
    },
    {
        id: 'organization/acronym-definition',
        reason: 'A long name defined by the acronym in brackets after it.',
        example: 'Support came from the Combined Joint Task Force Operation Inherent Resolve (CJTF-OIR).',
    },
    {
        id: 'organization/team',
        reason: 'In a results row, a city name followed by a score is a team.',
        example: 'Barnsley 3 Leicester 1',
    },
    {
        id: 'organization/affiliation',
        reason: 'A bracketed name right after a person’s name is their club or party ("Jorge Costa (Porto)").',
        example: 'Midfielders - Paulo Sousa (Juventus), Rui Barros (Sporting).',
    },
    {
        id: 'organization/place-word',
        reason: 'A run of names holding a place that no person rule explains is a club, company or station ("Partizan Belgrade").',
        example: 'The visitors beat Partizan Belgrade 78-66 on Thursday.',
    },
    {
        id: 'organization/coreference',
        reason: 'A name the document already typed as an organization keeps that type (in headlines too).',
        example: 'Newmont Mining Corp raised its offer, and Newmont shares rose 2 percent.',
    },
];
/** Agencies news names in lower case or with a possessive, which the name layer does not read as names. */
const AGENCY_RULES = [
    {
        id: 'organization/agency-office',
        reason: 'sheriff’s, medical examiner’s and police offices and departments are the sources of most tolls',
        example: "The Harris County Sheriff's Office released the timeline Thursday, and the medical examiner's office identified the victims.",
        pattern: /\b(?:(?:[A-Z][\w.-]+ ){1,4}(?:Sheriff|Police|Fire|Marshal|Coroner|Medical Examiner|District Attorney)['’]s (?:Office|Department)|[Tt]he (?:county )?(?:sheriff|medical examiner|coroner|district attorney|state attorney|police chief)['’]s office|(?:[A-Z][\w.-]+ ){1,3}(?:Police|Fire|Sheriff(?:['’]s)?) Department)\b/g,
    },
];
export const organizationExtractor = {
    kind: 'organization',
    rules: [...rules, ...AGENCY_RULES.map(({ id, reason, example }) => ({ id, reason, example }))],
    extract(ctx) {
        const claims = mentionsOf(ctx)
            .filter((m) => m.type === 'organization')
            .map((m) => ({ kind: 'organization', start: m.start, end: m.end, value: { name: m.name }, qualifiers: [], attribution: null, rule: m.rule }));
        for (const { rule, m } of ruleMatches(ctx.clean, AGENCY_RULES)) {
            const start = m.index + (/^the /i.test(m[0]) ? 4 : 0);
            const end = m.index + m[0].length;
            // The agency's full name replaces what the name layer made of its pieces.
            for (let i = claims.length - 1; i >= 0; i--)
                if (claims[i].start < end && start < claims[i].end)
                    claims.splice(i, 1);
            claims.push({ kind: 'organization', start, end, value: { name: ctx.clean.slice(start, end) }, qualifiers: [], attribution: null, rule: rule.id });
        }
        return claims;
    },
};
//# sourceMappingURL=organization.js.map