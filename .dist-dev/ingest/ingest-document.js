import { createHash } from 'node:crypto';
import { cleanBoilerplate } from './boilerplate.js';
import { decode } from './decode.js';
import { readFrontMatter } from './front-matter.js';
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Bytes of one file → a document ready for extraction, or null text with a warning. */
export function ingestDocument(id, bytes, options = {}) {
    const warnings = [];
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    let body = bytes;
    if (bytes.length > maxBytes) {
        body = bytes.subarray(0, maxBytes);
        // Do not cut a UTF-8 sequence in two.
        let cut = body.length;
        while (cut > 0 && (body[cut - 1] & 0xc0) === 0x80)
            cut--;
        if (cut > 0 && body[cut - 1] >= 0xc0)
            body = body.subarray(0, cut - 1);
        warnings.push(`file is larger than ${Math.round(maxBytes / 1024)} KiB: only the first ${Math.round(maxBytes / 1024)} KiB were checked`);
    }
    const decoded = decode(body);
    if (decoded.warning)
        warnings.push(decoded.warning);
    const text = decoded.text ?? '';
    if (decoded.text !== null && text.trim() === '')
        warnings.push('empty file: nothing to check');
    const front = readFrontMatter(text);
    warnings.push(...front.warnings);
    const published = front.published ?? options.published ?? null;
    if (!published && text.trim())
        warnings.push('no publication date: relative dates left unresolved');
    return {
        id,
        text,
        clean: cleanBoilerplate(text, front.bodyStart),
        bodyStart: front.bodyStart,
        title: front.title,
        source: front.source,
        url: front.url,
        published,
        warnings,
        hash: createHash('sha256').update(text).digest('hex'),
    };
}
//# sourceMappingURL=ingest-document.js.map