// Canonical names of organizations: every spelling a text may use → one name. Newsrooms add
// their own through configuration (`organizations` in claimcheck.config.json).
const BUILT_IN = {
    'Islamic State': [
        'ISIS', 'ISIL', 'IS', 'Daesh', 'Da’esh', 'the Islamic State', 'Islamic State of Iraq and Syria',
        'Islamic State of Iraq and the Levant', 'Islamic State in Iraq and Syria', 'Islamic State group',
    ],
    'U.S. Central Command': ['CENTCOM', 'US Central Command', 'United States Central Command', 'Central Command'],
    'U.S. Department of Defense': ['Pentagon', 'the Pentagon', 'Department of Defense', 'DoD', 'Defense Department'],
    'Federal Bureau of Investigation': ['FBI'],
    'Central Intelligence Agency': ['CIA'],
    'Bureau of Alcohol, Tobacco, Firearms and Explosives': ['ATF'],
    'United Nations': ['UN', 'U.N.'],
    'North Atlantic Treaty Organization': ['NATO'],
    'Chicago Police Department': ['CPD', 'Chicago police'],
    'Houston Police Department': ['HPD', 'Houston police'],
    'Harris County Sheriff’s Office': ["Harris County Sheriff's Office", 'HCSO'],
    'Iraqi Security Forces': ['ISF'],
    'Hamas': ['Islamic Resistance Movement'],
    'Hezbollah': ['Hizbollah', 'Hizbullah'],
};
const key = (name) => name.trim().replace(/^the\s+/i, '').replace(/[’']/g, "'").toLowerCase();
/** A canonicalizer over the built-in table plus the configured one (configuration wins). */
export function organizationCanonicalizer(extra = {}) {
    const index = new Map();
    for (const table of [BUILT_IN, extra]) {
        for (const [canonical, aliases] of Object.entries(table)) {
            for (const alias of [canonical, ...aliases])
                index.set(key(alias), canonical);
        }
    }
    return (name) => index.get(key(name)) ?? name.trim().replace(/^the\s+/i, '');
}
const builtIn = organizationCanonicalizer();
export function canonicalOrganization(name) {
    return builtIn(name);
}
/**
 * Acronyms a text introduces ("Combined Joint Task Force-Operation Inherent Resolve
 * (CJTF-OIR)"): the acronym → its long form, for every document of the run.
 */
export function introducedAcronyms(texts) {
    const table = {};
    for (const { long, acronym } of texts) {
        if (!/^[A-Z][A-Z0-9.&-]{1,15}$/.test(acronym))
            continue;
        (table[long] ??= []).push(acronym);
    }
    return table;
}
//# sourceMappingURL=organizations.js.map