/**
 * The one sanitizer for everything claimcheck prints. Article text, titles, sources, file
 * names and messages from parsers are data: a control character in them must never reach a
 * terminal or a CI log as a command (ESC sequences, OSC 8 links, BEL, the 8-bit CSI, a line
 * break that starts a GitHub workflow command, bidi overrides that reorder what is shown).
 * Each such character is made visible as its \uXXXX escape instead.
 */

// C0 controls but tab, DEL, C1 controls, line and paragraph separators, bidi embeddings,
// overrides and isolates.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same characters, for a test before replacing: a global replace scans several times slower
// than a test, and nearly every text has none of them (at 1,000 articles, the 33 MB JSON report
// took a quarter of a second in replace, a thirtieth in test).
const ANY_UNSAFE = new RegExp(UNSAFE.source);

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A string with every unsafe character shown as \uXXXX. */
export function visible(text: string): string {
  return ANY_UNSAFE.test(text) ? text.replace(UNSAFE, escape) : text;
}

/** A copy of plain data (the report) with every string made visible. */
export function visibleData<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map(visibleData) as T;
  if (value && typeof value === 'object') {
    // fromEntries defines own properties: a key "__proto__" stays data.
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [visible(key), visibleData(v)])) as T;
  }
  return value;
}

// JSON.stringify escapes C0 controls already; these it leaves raw. They only occur inside
// strings in JSON text, where the \u escape stands for the same character.
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ANY_JSON_UNSAFE = new RegExp(JSON_UNSAFE.source);

/** JSON text with no raw control or bidi character: the parsed data is unchanged. */
export function safeJson(json: string): string {
  return ANY_JSON_UNSAFE.test(json) ? json.replace(JSON_UNSAFE, escape) : json;
}

/** At most `max` characters of quoted file content for a message, made visible. */
export function excerpt(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max)}…` : text;
  return visible(JSON.stringify(short));
}

/** GitHub workflow-command message data: '%' and line breaks escaped so the data ends no command. */
export const workflowData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow-command property value (file=…, title=…): also ':' and ',' that would end it. */
export const workflowProperty = (s: string) => workflowData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Like visibleData, for formats where a line break in article text is only whitespace
 * (Markdown, HTML): breaks become spaces, every other unsafe character an escape.
 */
export function visibleLineData<T>(value: T): T {
  if (typeof value === 'string') return visible(value.replace(/[\r\n\u2028\u2029]+/g, ' ')) as T;
  if (Array.isArray(value)) return value.map(visibleLineData) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [visible(key), visibleLineData(v)])) as T;
  }
  return value;
}
