import { describe, expect, it } from 'vitest';
import { hoistRegExps } from '../scripts/hoist-regexps.mjs';

const hoist = (text: string): string => hoistRegExps(text, 'module.js');
/** The module's exports, run from its text. */
const load = (text: string) => new Function('exports', text.replace(/^export (function|const) (\w+)/gm, 'exports.$2 = $1 $2'));

// The bundle's regular expression literals written in functions become constants of their
// module, whose compiled form the start-up snapshot keeps (scripts/build-bundle.mjs).
describe('hoistRegExps', () => {
  it('makes a literal in a function a constant of the module, once for a literal written twice', () => {
    const out = hoist('const TOP = /top/;\nexport function f(s) { return /a+b/i.test(s) && /a+b/i.test(s.trim()); }\n');
    expect(out).toBe('const __claimcheckRegExp0 = /a+b/i;\nconst TOP = /top/;\nexport function f(s) { return __claimcheckRegExp0.test(s) && __claimcheckRegExp0.test(s.trim()); }\n');
  });

  it('leaves a global literal that a caller may run from its lastIndex, and every sticky one', () => {
    const text = 'export function f(s) { const re = /x/g; re.exec(s); return /y/y.test(s) || /z/g.test(s); }\n';
    expect(hoist(text)).toBe(text);
  });

  it('makes a global literal a constant where it is handed to replace, split, match or matchAll', () => {
    const out = hoist("export function f(s) { return s.replace(/-/g, ' ').split(/ +/g).concat(s.match(/o/g) ?? [], [...s.matchAll(/t/g)].map(String)); }\n");
    expect(out).not.toMatch(/\(\/.\+?\/g/);
    expect(out.match(/^const __claimcheckRegExp\d+ = \/[^/]+\/g;$/gm)).toHaveLength(4);
  });

  it('means the same: a hoisted function returns what the written one does, call after call', () => {
    const text = "export function f(s) { return [s.replace(/o/g, '0'), s.match(/o/g)?.length ?? 0, /^t/i.test(s), s.split(/,\\s*/g)]; }\n";
    const written: Record<string, (s: string) => unknown> = {};
    const hoisted: Record<string, (s: string) => unknown> = {};
    load(text)(written);
    load(hoist(text))(hoisted);
    for (const s of ['two, four', 'one,too', 'Tomorrow', '']) expect(hoisted.f!(s)).toEqual(written.f!(s));
  });
});
