const STOP = new Set(('the a an and or but of to in on at by for with from as is are was were be been being has have had it its this that these those ' +
    'he she they them his her their we our you your i not no said says say also after before over into about more than who which what ' +
    'when where while would could should will can may one two three new last first year years told according people police officials ' +
    'there been out up down other some any all just like time day days week monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mrs ms percent very most many much such only then them than him did do does during against because under between both each few').split(' '));
/** Content words of a document (lower case, no stop words), with named entities as tokens. */
export function termsOf(doc) {
    const terms = new Map();
    const add = (term, weight) => terms.set(term, (terms.get(term) ?? 0) + weight);
    const lead = doc.sentences.slice(0, 4);
    for (const s of doc.sentences) {
        const inLead = lead.includes(s);
        for (const word of s.text.toLowerCase().match(/[a-z][a-z'’-]{2,}/g) ?? []) {
            if (!STOP.has(word))
                add(word.replace(/['’]s$/, ''), inLead ? 2 : 1);
        }
    }
    if (doc.title)
        for (const word of doc.title.toLowerCase().match(/[a-z][a-z'’-]{2,}/g) ?? [])
            if (!STOP.has(word))
                add(word, 2);
    for (const c of doc.claims) {
        if (c.kind === 'person' || c.kind === 'place')
            add(`${c.kind}:${c.value.name}`, 3);
    }
    return terms;
}
/** TF-IDF vectors over the document set, log-scaled and L2-normalized. */
export function tfidf(docs) {
    const df = new Map();
    for (const terms of docs)
        for (const t of terms.keys())
            df.set(t, (df.get(t) ?? 0) + 1);
    const n = docs.length;
    return docs.map((terms) => {
        const v = new Map();
        let norm = 0;
        for (const [t, tf] of terms) {
            const w = (1 + Math.log(tf)) * Math.log(1 + n / df.get(t));
            v.set(t, w);
            norm += w * w;
        }
        norm = Math.sqrt(norm) || 1;
        for (const [t, w] of v)
            v.set(t, w / norm);
        return v;
    });
}
export function cosine(a, b) {
    let sum = 0;
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    for (const [t, w] of small)
        sum += w * (large.get(t) ?? 0);
    return sum;
}
//# sourceMappingURL=similarity.js.map