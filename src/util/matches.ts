/**
 * Every match of a global regular expression in `text`, as `[...text.matchAll(re)]` gives them,
 * but run on `re` itself. matchAll runs a copy of `re`, made through its source, so a pattern
 * kept at the top of a module is parsed and compiled anew by the first call of each process,
 * while `re`'s own compiled form is kept in the start-up snapshot. `re.lastIndex` is 0 after,
 * as exec leaves it at the last (failed) search; no caller's code runs during the search.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regular expression');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    // An empty match moves on one character (one code point under the u or v flag), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
