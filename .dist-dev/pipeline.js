import { compareEvents } from './compare/index.js';
import { extractDocument } from './extract/extract-document.js';
import { groupEvents } from './group/index.js';
import { normalizeDocuments } from './normalize/index.js';
/** Extracted documents → events, claims and findings. Pure: no I/O. */
export function analyzeExtracted(extracted, options = {}) {
    const documents = normalizeDocuments(extracted, options);
    const grouping = groupEvents(documents);
    for (const doc of documents)
        for (const claim of doc.claims)
            claim.event = grouping.claimEvent[claim.id] ?? null;
    const { findings, eventSources } = compareEvents(documents, grouping);
    const claims = documents.flatMap((doc) => doc.claims.map(({ sentenceIndex: _sentenceIndex, ...claim }) => claim));
    return { documents, grouping, claims, findings, eventSources };
}
/** Ingested documents → the whole analysis. */
export function analyze(docs, options = {}) {
    return analyzeExtracted(docs.map(extractDocument), options);
}
//# sourceMappingURL=pipeline.js.map