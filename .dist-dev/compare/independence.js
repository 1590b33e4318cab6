// Copies of one wire story (near-identical text under different outlets) are one source.
const SHINGLE = 5;
const COPY_THRESHOLD = 0.6;
function shingles(doc) {
    const words = doc.sentences.map((s) => s.text).join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const out = new Set();
    for (let i = 0; i + SHINGLE <= words.length; i++)
        out.add(words.slice(i, i + SHINGLE).join(' '));
    return out;
}
/** document id → id of its source group (the first document of a set of copies). */
export function sourceGroups(docs) {
    const sets = docs.map(shingles);
    const group = {};
    docs.forEach((doc, i) => {
        group[doc.id] = doc.id;
        for (let j = 0; j < i; j++) {
            const [a, b] = [sets[i], sets[j]];
            if (!a.size || !b.size)
                continue;
            let shared = 0;
            for (const s of a)
                if (b.has(s))
                    shared++;
            // Containment of the smaller: a trimmed copy of a wire story is still the story.
            if (shared / Math.min(a.size, b.size) >= COPY_THRESHOLD) {
                group[doc.id] = group[docs[j].id];
                break;
            }
        }
    });
    return group;
}
export function independentSources(documents, groups) {
    return new Set(documents.map((d) => groups[d] ?? d)).size;
}
//# sourceMappingURL=independence.js.map