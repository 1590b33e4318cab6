// Abbreviations that end in a period without ending the sentence ("Maj. Gen. Pat Ryder").
const ABBREVIATIONS = new Set(('mr mrs ms dr prof gen lt col maj capt cpl sgt adm cmdr gov sen rep rev st sr jr mt ft ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd dept est approx ' +
    'u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a').split(' '));
/**
 * Splits the cleaned text into sentences. Line breaks always end a sentence (headlines,
 * bullets and captions carry no final period); inside a line, a period, question or
 * exclamation mark (with any closing quote) followed by space and a capital, digit or
 * opening quote ends one unless it closes a known abbreviation or a single initial.
 */
export function splitSentences(clean) {
    const sentences = [];
    const push = (start, end) => {
        while (start < end && /\s/.test(clean[start]))
            start++;
        while (end > start && /\s/.test(clean[end - 1]))
            end--;
        if (end > start)
            sentences.push({ start, end, text: clean.slice(start, end) });
    };
    let lineStart = 0;
    const lines = clean.split('\n');
    for (const line of lines) {
        let start = lineStart;
        const boundary = /([.!?]+)(["”’')\]]*)(\s+)(?=["“‘(]?[A-Z0-9])/g;
        let m;
        while ((m = boundary.exec(line))) {
            const before = line.slice(0, m.index);
            const word = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
            const isInitial = /(^|[\s(])[A-Z]$/.test(before);
            if (m[1] === '.' && !m[2] && (ABBREVIATIONS.has(word.replace(/\.$/, '')) || isInitial))
                continue;
            const end = lineStart + m.index + m[1].length + m[2].length;
            push(start, end);
            start = end;
        }
        push(start, lineStart + line.length);
        lineStart += line.length + 1;
    }
    return sentences;
}
/** Index of the sentence holding `offset`, or -1. Sentences are sorted and disjoint. */
export function sentenceAt(sentences, offset) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = sentences[mid];
        if (offset < s.start)
            hi = mid - 1;
        else if (offset >= s.end)
            lo = mid + 1;
        else
            return mid;
    }
    return -1;
}
//# sourceMappingURL=sentences.js.map