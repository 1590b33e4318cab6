// A long case-insensitive pattern run case-sensitively over a copy of the text with A–Z lowered.
//
// Why: V8 compiles a regular expression the first time it runs, in every process (the start-up
// snapshot keeps no regexp code). With the `i` flag every letter of a long alternation becomes a
// class of two, and the casualty rules, which embed a count pattern (numbers.ts) once or twice, took about half
// a second of CPU to compile with it and half that without. A worker or a cold run of a few
// articles pays that before it reads a word.
//
// Why the matches are the same: without the `u` flag, `i` lets an ASCII letter match only its
// ASCII other case (a character above U+007F never folds to one below it), so lowering A–Z in
// the text and in the pattern (literals and class ranges alike) gives the same matches at the
// same offsets. Anything the rewrite cannot vouch for (the `u` or `v` flag, a cased letter outside
// ASCII, a class range that straddles letters, code-point escapes) keeps the pattern as it is.

/** Patterns shorter than this compile fast enough with `i`; folding them would only add work. */
export const FOLD_MIN_SOURCE = 1000;

const folded = new WeakMap<RegExp, RegExp | null>();

const isUpper = (c: string) => c >= 'A' && c <= 'Z';
const isLower = (c: string) => c >= 'a' && c <= 'z';
const hasCase = (c: string) => c.toLowerCase() !== c.toUpperCase();

/** The source with ASCII capitals lowered where they are letters to match; null if unsure. */
export function lowerPatternSource(source: string): string | null {
  let out = '';
  let i = 0;
  let inClass = false;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined || /[uxcpPk]/.test(e)) {
        // \k<name> is a back-reference: its group name is kept as written.
        if (e !== 'k' || source[i + 2] !== '<') return null;
        const close = source.indexOf('>', i);
        out += source.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      out += c + e;
      i += 2;
      continue;
    }
    if (!inClass && source.startsWith('(?<', i) && !/[=!]/.test(source[i + 3] ?? '')) {
      const close = source.indexOf('>', i);
      out += source.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    else if (inClass && source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']' && source[i + 2] !== '\\') {
      const to = source[i + 2]!;
      if (isUpper(c) && isUpper(to)) out += `${c.toLowerCase()}-${to.toLowerCase()}`;
      else if ((isLower(c) && isLower(to)) || !rangeHoldsLetter(c, to)) out += `${c}-${to}`;
      else return null;
      i += 3;
      continue;
    }
    if (isUpper(c)) out += c.toLowerCase();
    else if (c > '\x7f' && hasCase(c)) return null;
    else out += c;
    i++;
  }
  return out;
}

function rangeHoldsLetter(from: string, to: string): boolean {
  const a = from.charCodeAt(0);
  const b = to.charCodeAt(0);
  return (a <= 0x5a && b >= 0x41) || (a <= 0x7a && b >= 0x61) || b > 0x7f;
}

/** The case-sensitive twin of a long `i` pattern (built once per pattern); null to run it as it is. */
export function foldedPattern(pattern: RegExp): RegExp | null {
  let twin = folded.get(pattern);
  if (twin !== undefined) return twin;
  twin = null;
  if (pattern.flags.includes('i') && !/[uv]/.test(pattern.flags) && pattern.source.length >= FOLD_MIN_SOURCE) {
    const source = lowerPatternSource(pattern.source);
    if (source !== null) twin = new RegExp(source, `${pattern.flags.replace('i', '')}d`);
  }
  folded.set(pattern, twin);
  return twin;
}

/** The text with A–Z lowered: the same length, so every offset holds. */
export const lowerAscii = (text: string): string => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/**
 * The next match of `twin` in `lowered`, read back from `text`: the groups hold the text's
 * own letters, as the `i` pattern's match would.
 */
export function execFolded(twin: RegExp, lowered: string, text: string): RegExpExecArray | null {
  const m = twin.exec(lowered);
  if (!m) return null;
  const spans = m.indices!;
  for (let k = 0; k < m.length; k++) {
    const span = spans[k];
    m[k] = span ? text.slice(span[0], span[1]) : (undefined as unknown as string);
  }
  if (m.groups) {
    for (const name of Object.keys(m.groups)) {
      const span = spans.groups![name];
      m.groups[name] = span ? text.slice(span[0], span[1]) : (undefined as unknown as string);
    }
  }
  m.input = text;
  delete (m as { indices?: unknown }).indices;
  return m;
}
