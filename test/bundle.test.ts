import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latin1Source } from '../scripts/latin1-source.mjs';

const BUNDLE = path.resolve(import.meta.dirname, '../dist/claimcheck.cjs');

// esbuild lowers a regular expression literal with a Unicode property escape to a `new RegExp`
// call for a node target; in a function (the tokenizer's, once per word) that builds it anew on
// every call. scripts/build-bundle.mjs tells esbuild node reads them.
describe.skipIf(!existsSync(BUNDLE))('the bundle (npm run build)', () => {
  it('keeps regular expressions with \\p{…} as literals', () => {
    const text = readFileSync(BUNDLE, 'utf8');
    expect(text.match(/new RegExp\("[^"]*\\\\p\{[^"]*", "u"\)/g) ?? []).toEqual([]);
    expect(text).toContain('/\\p{L}{2,}/u');
  });
});

// The whole of compromise is read only when data/lexicon.json was made from another build of it
// (src/util/nlp.ts): the bundle leaves it out, as half a megabyte more source in every start-up
// snapshot, and runs its file from node_modules when it is needed, not through node's module
// loader (which, used while a snapshot is built, leaves node unable to start from it).
describe.skipIf(!existsSync(BUNDLE))('the bundle and compromise', () => {
  const text = () => readFileSync(BUNDLE, 'utf8');

  it('holds compromise/one but not the whole of compromise', () => {
    // toPastTense is a method of compromise's verbs (its third layer), not of its first layer.
    expect(readFileSync(createRequire(BUNDLE).resolve('compromise'), 'utf8')).toContain('toPastTense');
    expect(text()).not.toContain('toPastTense');
    expect(text()).toContain('require_compromise_one');
  });

  it('loads the whole of compromise from its file when asked for it', () => {
    const stub = /var require_compromise=__commonJS\(\{"compromise-file:compromise"\(exports2,module2\)\{(.*?)\}\}\);/.exec(text());
    expect(stub).not.toBeNull();
    // The bundle's own code, run where the bundle is, with its file name.
    const script = `const module = { exports: {} }; (function (module, __filename) { ${stub![1]!.replaceAll('module2', 'module')} })(module, ${JSON.stringify(BUNDLE)}); const nlp = module.exports; const doc = nlp('She walked home.'); doc.verbs().toPresentTense(); process.stdout.write(doc.text());`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: '/', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('She walks home.');
  });
});

// V8 keeps a string one byte a character only when all of it fits in Latin-1, and the snapshot
// keeps the bundle's source: one ’ in a regular expression made the whole of it two bytes a
// character, a megabyte more of every start. scripts/latin1-source.mjs escapes what esbuild leaves.
describe('the bundle source in Latin-1 (scripts/latin1-source.mjs)', () => {
  const run = (source: string): unknown => {
    const module = { exports: null as unknown };
    new Function('module', source)(module);
    return module.exports;
  };

  it('escapes regular expression literals and String.raw templates to the same values', () => {
    const source = [
      'module.exports = [',
      '/[’–]x/u.test("–x"), /a\\’b/.test("a’b"), /é’/i.test("É’"), /😀/u.test("😀"), /^[😀]$/u.test("😀"), /^.$/.test("😀"),',
      'String.raw`x’\\’${1}y—`, String.raw`—`, `t’`, "’", "a/’/b",',
      '];',
    ].join('\n');
    const { text, left } = latin1Source(source);
    expect(run(text)).toEqual(run(source));
    expect(text).toContain('/[\\u2019\\u2013]x/u');
    // Strings and plain templates are esbuild's to escape: left as they were (nine characters), and counted.
    expect(left).toBe(9);
    expect(text.split('\n').slice(2).join('\n')).toBe(source.split('\n').slice(2).join('\n').replace('String.raw`x’\\’${1}y—`, String.raw`—`', 'String.raw`x${"\\u2019"}${"\\\\\\u2019"}${1}y${"\\u2014"}`, String.raw`${"\\u2014"}`'));
  });

  it.skipIf(!existsSync(BUNDLE))('leaves no character beyond Latin-1 in the bundle', () => {
    expect(readFileSync(BUNDLE, 'utf8').match(/[^\x00-\xff]/gu) ?? []).toEqual([]);
  });
});
