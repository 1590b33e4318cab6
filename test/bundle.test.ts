import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

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
