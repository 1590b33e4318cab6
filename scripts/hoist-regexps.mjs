// A step of the bundle's build (scripts/build-bundle.mjs), apart so that a test can run it.
import ts from 'typescript';

/**
 * `text` with each regular expression literal written inside a function (but one whose lastIndex
 * a caller may rely on starting at 0: see keepsNoState) made a constant at the top of
 * its module. A start-up snapshot keeps the bytecode V8 compiled for a regular expression held by
 * a module, but of one built by a function only its source: V8 drops every function's feedback,
 * where a literal's compiled object lives, so at run time each is parsed and compiled again
 * (some 500 compilations in a run of four articles). A literal holds no variable, so it means the
 * same anywhere; the function then gets one object for every call instead of a new one.
 */
export function hoistRegExps(text, file) {
  // With neither flag a match starts at 0 whatever lastIndex is. A `g` literal handed straight to
  // one of these starts at 0 too: replace and match set lastIndex to 0 first, split and
  // matchAll run a copy (lastIndex copied, the literal's own never moved from 0).
  const resetting = new Set(['replace', 'replaceAll', 'split', 'match', 'matchAll']);
  const keepsNoState = (node) => {
    const flags = node.text.slice(node.text.lastIndexOf('/') + 1);
    if (flags.includes('y')) return false;
    if (!flags.includes('g')) return true;
    const call = node.parent;
    return ts.isCallExpression(call) && call.arguments[0] === node && ts.isPropertyAccessExpression(call.expression) && resetting.has(call.expression.name.text);
  };
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = [];
  const visit = (node, inFunction) => {
    if (ts.isRegularExpressionLiteral(node) && inFunction && keepsNoState(node)) found.push(node);
    ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node) || ts.isClassLike(node)));
  };
  visit(source, false);
  if (!found.length) return text;
  let out = '';
  let at = 0;
  const names = new Map();
  for (const node of found) {
    if (!names.has(node.text)) names.set(node.text, `__claimcheckRegExp${names.size}`);
    out += text.slice(at, node.getStart()) + names.get(node.text);
    at = node.getEnd();
  }
  const constants = [...names].map(([literal, name]) => `const ${name} = ${literal};`).join('\n');
  return `${constants}\n${out}${text.slice(at)}`;
}
