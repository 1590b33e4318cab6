import { createContext } from './context.js';
import { extractors } from './index.js';
import { lineColumn, lineStarts } from './position.js';
import { sentenceAt } from './sentences.js';
import { sentenceAttribution } from './attribution.js';
// The span holds the mention itself: no surrounding space, trailing punctuation or "’s".
function trimSpan(text, start, end) {
    for (;;) {
        const before = [start, end];
        while (start < end && /[\s"“”‘’'(\[,;:]/.test(text[start]))
            start++;
        while (end > start && /[\s"“”‘’')\],;:.!?]/.test(text[end - 1])) {
            // Keep the period of an abbreviation or initial ("U.S.", "Jr.").
            if (text[end - 1] === '.' && /(^|[^A-Za-z])([A-Z]\.)+$|\b(Jr|Sr|Inc|Co|Corp|Ltd|St)\.$/.test(text.slice(start, end)))
                break;
            end--;
        }
        if (/['’]s$/.test(text.slice(start, end)) && end - start > 2)
            end -= 2;
        if (before[0] === start && before[1] === end)
            return [start, end];
    }
}
/**
 * Text → claims for one document. Independent of every other document, and its output
 * is plain data: the unit of caching and of parallel work.
 */
export function extractDocument(doc) {
    const ctx = createContext(doc);
    const starts = lineStarts(doc.text);
    const raw = [];
    const warnings = [...doc.warnings];
    for (const extractor of extractors) {
        try {
            raw.push(...extractor.extract(ctx));
        }
        catch (error) {
            // One extractor failing on odd input must not lose the document's other claims.
            warnings.push(`${extractor.kind} extraction failed: ${error.message.split('\n')[0]}`);
        }
    }
    const seen = new Set();
    const attributions = new Map();
    const claims = [];
    for (const claim of raw) {
        const [start, end] = trimSpan(doc.text, claim.start, claim.end);
        if (end <= start)
            continue;
        const key = `${claim.kind}:${start}:${end}:${JSON.stringify(claim.value)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const sentenceIndex = sentenceAt(ctx.sentences, start);
        const { line, column } = lineColumn(starts, start);
        // Attribution and hedges of the sentence hold for every claim in it.
        const said = sentenceIndex >= 0 ? attributions.get(sentenceIndex) ?? sentenceAttribution(ctx.sentences[sentenceIndex].text) : null;
        if (said && sentenceIndex >= 0)
            attributions.set(sentenceIndex, said);
        claims.push({
            ...claim,
            attribution: claim.attribution ?? said?.source ?? null,
            qualifiers: [...new Set([...claim.qualifiers, ...(said?.hedges ?? [])])],
            start,
            end,
            text: doc.text.slice(start, end),
            span: { start, end, line, column },
            sentence: sentenceIndex >= 0 ? doc.text.slice(ctx.sentences[sentenceIndex].start, ctx.sentences[sentenceIndex].end) : '',
            sentenceIndex,
        });
    }
    claims.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.rule.localeCompare(b.rule));
    return {
        id: doc.id,
        hash: doc.hash,
        title: doc.title,
        source: doc.source,
        url: doc.url,
        published: doc.published,
        chars: doc.text.length,
        warnings,
        sentences: ctx.sentences,
        claims,
    };
}
//# sourceMappingURL=extract-document.js.map