/** One double-quoted stretch of text: offsets into the document, marks excluded. */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** The words inside the marks. */
  start: number;
  end: number;
  /** Offset just after the closing mark (= `end` for a paragraph left open). */
  close: number;
  /** News style leaves a quote that goes on into the next paragraph unclosed. */
  unclosed: boolean;
  /** Offsets of the line (paragraph) holding it. */
  lineStart: number;
  lineEnd: number;
}

const OPENING = new Set(['“', '„']);
const CLOSING = new Set(['”']);

/**
 * Every double quotation of the text, paragraph by paragraph. Curly and straight marks are
 * paired with each other (outlets mix them: “…," ), single quotes are left alone since they
 * are also apostrophes, and a quotation never crosses a line. A paragraph that opens a
 * quotation it does not close is, by news convention, a quote continued in the next one.
 */
export function quotationsOf(text: string): Quotation[] {
  const found: Quotation[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    let open = -1;
    for (let i = 0; i < line.length; i++) {
      // Most characters are no quotation mark: told by their code, without a string or a lookup.
      const code = line.charCodeAt(i);
      if (code !== 34 && (code < 0x201c || code > 0x201e)) continue;
      const c = line[i]!;
      const opens = OPENING.has(c) || (c === '"' && open < 0);
      const closes = CLOSING.has(c) || (c === '"' && open >= 0);
      if (closes && open >= 0) {
        const start = lineStart + open + 1;
        const end = lineStart + i;
        if (end - start >= 2) found.push({ open: start - 1, start, end, close: end + 1, unclosed: false, lineStart, lineEnd });
        open = -1;
      } else if (opens) {
        open = i;
      }
    }
    if (open >= 0 && /^\s*$/.test(line.slice(0, open)) && line.slice(open + 1).trim().split(/\s+/).length >= 4) {
      const end = lineStart + line.trimEnd().length;
      found.push({ open: lineStart + open, start: lineStart + open + 1, end, close: end, unclosed: true, lineStart, lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

/** The quoted words as a value: no outer spaces, no comma or period the sentence put there. */
export function quotedWords(inner: string): string {
  return inner.trim().replace(/\s*[,;:]$/, '').replace(/(?<![.\s])\.$/, '').trim();
}
