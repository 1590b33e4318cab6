import { doubleMetaphone } from 'double-metaphone';
// Particles and titles that do not tell two names apart ("al-Rifai" is "Rifai").
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'umm', 'van', 'von', 'der', 'de', 'la', 'du', 'da', 'di', 'del']);
/** The distinctive words of a name, lower case, particles removed. */
export function nameWords(name) {
    return name
        .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[’']/g, '')
        .split(/[\s-]+/)
        .filter((w) => w && !PARTICLES.has(w) && !/^(jr|sr|ii|iii)\.?$/.test(w));
}
function jaroWinkler(a, b) {
    if (a === b)
        return 1;
    const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
    const aMatch = new Array(a.length).fill(false);
    const bMatch = new Array(b.length).fill(false);
    let matches = 0;
    for (let i = 0; i < a.length; i++) {
        for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
            if (bMatch[j] || a[i] !== b[j])
                continue;
            aMatch[i] = bMatch[j] = true;
            matches++;
            break;
        }
    }
    if (!matches)
        return 0;
    let t = 0;
    let k = 0;
    for (let i = 0; i < a.length; i++) {
        if (!aMatch[i])
            continue;
        while (!bMatch[k])
            k++;
        if (a[i] !== b[k++])
            t++;
    }
    const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
    let prefix = 0;
    while (prefix < 4 && a[prefix] === b[prefix])
        prefix++;
    return jaro + prefix * 0.1 * (1 - jaro);
}
/**
 * Transliteration variants (Khadija/Khadijah, Rifai/Rifaie): every word alike in spelling
 * AND in sound. Spelling alone would join Khadija and Hajar's neighbours; sound alone, Iraq and Iran.
 */
export function sameNameVariant(a, b) {
    const wa = nameWords(a);
    const wb = nameWords(b);
    if (!wa.length || wa.length !== wb.length)
        return false;
    return wa.every((w, i) => {
        const v = wb[i];
        if (w === v)
            return true;
        const [pa, sa] = doubleMetaphone(w);
        const [pb, sb] = doubleMetaphone(v);
        return jaroWinkler(w, v) >= 0.9 && (pa === pb || pa === sb || sa === pb);
    });
}
/** Whether `short` can be a shorter mention of `full` ("Kurilla", "Gen. Kurilla", "al-Sudani"). */
function shortFormOf(short, full) {
    const s = nameWords(short);
    const f = nameWords(full);
    if (!s.length || s.length >= f.length)
        return false;
    // The surname alone, or first and last name of a longer name.
    return (s.length === 1 && s[0] === f[f.length - 1]) || (s.length === 2 && s[0] === f[0] && s[1] === f[f.length - 1]);
}
/** The fullest form: a given name before an alias, then most words, longest, alphabetical. */
function fullest(names, aliases) {
    return [...names].sort((a, b) => Number(aliases.has(a)) - Number(aliases.has(b)) || nameWords(b).length - nameWords(a).length || b.length - a.length || (a < b ? -1 : 1))[0];
}
/**
 * Canonical person names across documents: for each document, name as written → the
 * fullest form known for that entity. Aliases tie names everywhere; a surname alone is tied
 * to the full name in its own document, and across documents only when one full name has it.
 */
export function canonicalPeople(docs) {
    const parent = new Map();
    const find = (x) => {
        if (!parent.has(x))
            parent.set(x, x);
        const p = parent.get(x);
        if (p === x)
            return x;
        const root = find(p);
        parent.set(x, root);
        return root;
    };
    const union = (a, b) => parent.set(find(a), find(b));
    const aliases = new Set();
    const perDoc = docs.map((doc) => {
        const names = new Set();
        for (const c of doc.claims) {
            if (c.kind === 'person')
                names.add(c.value.name);
            if (c.kind === 'alias') {
                const v = c.value;
                names.add(v.name).add(v.alias);
                aliases.add(v.alias);
                union(v.alias, v.name);
            }
        }
        return [...names];
    });
    const all = [...new Set(perDoc.flat())].sort();
    for (const name of all)
        find(name);
    // Variants share their word count and first letter: compare only within those buckets.
    const buckets = new Map();
    for (const name of all) {
        const words = nameWords(name);
        if (words.length < 2 && !aliases.has(name))
            continue;
        const key = `${words.length}:${words[0]?.[0] ?? ''}`;
        buckets.set(key, [...(buckets.get(key) ?? []), name]);
    }
    for (const bucket of buckets.values()) {
        for (let i = 0; i < bucket.length; i++) {
            for (let j = i + 1; j < bucket.length; j++)
                if (sameNameVariant(bucket[i], bucket[j]))
                    union(bucket[i], bucket[j]);
        }
    }
    const fullNames = all.filter((n) => nameWords(n).length >= 2);
    perDoc.forEach((names) => {
        for (const short of names) {
            const local = names.filter((full) => shortFormOf(short, full));
            const global = local.length ? local : fullNames.filter((full) => shortFormOf(short, full));
            const targets = [...new Set(global.map(find))];
            if (targets.length === 1)
                union(short, global[0]);
        }
    });
    const groups = new Map();
    for (const name of all)
        groups.set(find(name), [...(groups.get(find(name)) ?? []), name]);
    const result = {};
    docs.forEach((doc, i) => {
        result[doc.id] = Object.fromEntries(perDoc[i].map((name) => [name, fullest(groups.get(find(name)), aliases)]));
    });
    return result;
}
//# sourceMappingURL=people.js.map