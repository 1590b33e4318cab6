import { parse } from 'yaml';
const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
function isoDay(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime()))
        return value.toISOString().slice(0, 10);
    if (typeof value !== 'string')
        return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
    if (!m)
        return null;
    const date = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? null : `${m[1]}-${m[2]}-${m[3]}`;
}
const text = (value) => typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;
/** Reads a leading `---` … `---` block; the article is what follows it. */
export function readFrontMatter(content) {
    const empty = { title: null, source: null, url: null, published: null, bodyStart: 0, warnings: [] };
    const m = BLOCK.exec(content);
    if (!m)
        return empty;
    let data;
    try {
        data = parse(m[1]);
    }
    catch (error) {
        return { ...empty, bodyStart: m[0].length, warnings: [`front matter is not valid YAML: ${error.message.split('\n')[0]}`] };
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return { ...empty, bodyStart: m[0].length };
    const fields = data;
    const warnings = [];
    const rawDate = fields.published ?? fields.date;
    const published = isoDay(rawDate);
    if (rawDate !== undefined && rawDate !== null && !published)
        warnings.push(`front matter date ${JSON.stringify(String(rawDate))} is not an ISO date: ignored`);
    return {
        title: text(fields.title),
        source: text(fields.source),
        url: text(fields.url),
        published,
        bodyStart: m[0].length,
        warnings,
    };
}
export { isoDay };
//# sourceMappingURL=front-matter.js.map