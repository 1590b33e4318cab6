// The bundle's source in Latin-1 only (scripts/build-bundle.mjs). V8 keeps a string one byte a
// character only when every character of it fits in one: a single ’ in a regular expression
// literal made the whole megabyte of source, which the start-up snapshot keeps, two bytes a
// character. esbuild already escapes strings and plain template literals; what it leaves is
// the text of regular expression literals and of String.raw templates, escaped here.
import ts from 'typescript';

const WIDE = /[^\x00-\xff]/u;
const WIDE_ALL = /[^\x00-\xff]/gu;
const hex4 = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;
/** A code point as escapes of its UTF-16 code units: one character in any regular expression. */
const units = (char) => [...Array(char.length).keys()].map((i) => hex4(char.charCodeAt(i))).join('');

/** Whether the character at `at` follows an odd number of backslashes (is itself escaped). */
function escapedAt(text, at) {
  let count = 0;
  while (at - count - 1 >= 0 && text[at - count - 1] === '\\') count++;
  return count % 2 === 1;
}

/**
 * `source` (JavaScript) with every character beyond Latin-1 in a regular expression literal or
 * a String.raw template written as escapes that mean the same: `\uXXXX` in a regular expression
 * (with or without the u flag, in a class or not; `\’` is the same character escaped), and
 * `${"\uXXXX"}` in String.raw, whose substitutions are inserted as they are. Returns the source
 * and what it left (characters elsewhere, e.g. another tag's template, kept as they were).
 */
export function latin1Source(source) {
  if (!WIDE.test(source)) return { text: source, left: 0 };
  const file = ts.createSourceFile('bundle.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  /** [start, end, replace(text) → text], in source order. */
  const edits = [];
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      edits.push([node.getStart(file), node.end, escapeRegExp]);
    } else if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw') {
      const parts = ts.isNoSubstitutionTemplateLiteral(node.template) ? [node.template] : [node.template.head, ...node.template.templateSpans.map((span) => span.literal)];
      for (const part of parts) edits.push([part.getStart(file), part.end, escapeRaw]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let text = '';
  let at = 0;
  for (const [start, end, replace] of edits) {
    const piece = source.slice(start, end);
    text += source.slice(at, start) + (WIDE.test(piece) ? replace(piece) : piece);
    at = end;
  }
  text += source.slice(at);
  return { text, left: text.match(WIDE_ALL)?.length ?? 0 };
}

/** `piece` with each character beyond Latin-1 (and the backslash escaping it, if one does) replaced. */
function escapeWide(piece, replace) {
  let out = '';
  let at = 0;
  for (const match of piece.matchAll(WIDE_ALL)) {
    const escaped = escapedAt(piece, match.index);
    out += piece.slice(at, escaped ? match.index - 1 : match.index) + replace(match[0], escaped);
    at = match.index + match[0].length;
  }
  return out + piece.slice(at);
}

const escapeRegExp = (literal) => escapeWide(literal, (char) => units(char));

const escapeRaw = (part) => escapeWide(part, (char, escaped) => `\${"${escaped ? '\\\\' : ''}${units(char)}"}`);
