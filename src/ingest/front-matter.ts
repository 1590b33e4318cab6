import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { excerpt } from '../util/sanitize.js';

// The YAML parser loads on the first front matter, not at start-up: a run over plain text
// files (or --help) never pays its tenth of a second. Its CommonJS build loads synchronously.
let yaml: typeof Yaml | null = null;
const parse = (source: string, options: Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions & Yaml.ToJSOptions): unknown =>
  (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml).parse(source, options);

export interface FrontMatter {
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  /** Kinds of claims the `claimcheck-disable` key names (a word, or a list). */
  disable: string[];
  /** Offset of the first character after the closing `---` line (0 without front matter). */
  bodyStart: number;
  warnings: string[];
}

// Line ends may be \n, \r\n or a lone \r (old Mac exports).
const BLOCK = /^---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/;
const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;

// A line of the common front matter: a plain key, then a double-quoted string without escapes,
// an ISO day, or a plain word-like scalar that no YAML 1.2 core schema rule reads as anything
// but a string (it starts with a letter and is no true, false or null).
const SIMPLE_LINE = /^([A-Za-z][A-Za-z0-9_-]*):[ \t]+(?:"([^"\\\x00-\x1f\x7f]*)"|(\d{4}-\d{2}-\d{2})|([A-Za-z][A-Za-z0-9 .,'()&/-]*?))[ \t]*$/;
const KEYWORD = /^(?:true|false|null)$/i;

/**
 * The fields of a front matter block made only of such lines, each key once, as the yaml
 * package would give them; null for anything else, which the yaml package then reads. Reading
 * a thousand articles' front matter this way takes a small part of the time (test/ingest holds
 * the two readings equal).
 */
export function simpleFrontMatter(block: string): Record<string, string> | null {
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const line of block.split(/\r\n|\r|\n/)) {
    const m = SIMPLE_LINE.exec(line);
    if (!m) return null;
    const value = m[2] ?? m[3] ?? m[4]!;
    if (m[4] !== undefined && KEYWORD.test(value)) return null;
    if (Object.hasOwn(fields, m[1]!)) return null;
    fields[m[1]!] = value;
  }
  return fields;
}

function isoDay(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;

function disabledKinds(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return items.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** Reads a leading `---` … `---` block; the article is what follows it. */
export function readFrontMatter(content: string): FrontMatter {
  const empty: FrontMatter = { title: null, source: null, url: null, published: null, disable: [], bodyStart: 0, warnings: [] };
  const m = BLOCK.exec(content);
  if (!m) {
    // An opening line with no closing one: the whole file is read as article text, said aloud.
    if (OPENING.test(content)) return { ...empty, warnings: ['front matter is not closed (no second --- line): read as article text'] };
    return empty;
  }
  let data: unknown;
  try {
    // Silent: the yaml package would print its own multi-line warnings (unknown tags) to stderr.
    data = simpleFrontMatter(m[1]!) ?? parse(m[1]!, { logLevel: 'silent' });
  } catch (error) {
    // The parser's message quotes the file; only its first line, shortened, is kept.
    const first = ((error as Error).message ?? '').split(/\r\n|\r|\n/)[0]!;
    return { ...empty, bodyStart: m[0].length, warnings: [`front matter is not valid YAML: ${first.length > 160 ? `${first.slice(0, 160)}…` : first}`] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { ...empty, bodyStart: m[0].length };
  const fields = data as Record<string, unknown>;
  const warnings: string[] = [];
  const rawDate = fields.published ?? fields.date;
  const published = isoDay(rawDate);
  if (rawDate !== undefined && rawDate !== null && !published) warnings.push(`front matter date ${excerpt(String(rawDate))} is not an ISO date: ignored`);
  return {
    title: text(fields.title),
    source: text(fields.source),
    url: text(fields.url),
    published,
    disable: disabledKinds(fields['claimcheck-disable']),
    bodyStart: m[0].length,
    warnings,
  };
}

export { isoDay };
