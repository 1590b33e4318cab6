// Bundles the command line (bin/bundle-entry.js over the dist/ that tsc built) into one file,
// dist/claimcheck.cjs: bin/claimcheck.js loads it instead of resolving and compiling some 170
// modules, and a start-up snapshot (bin/snapshot.js) is built from it, which must be one script.
// Run by `npm run build`, after tsc.
import * as esbuild from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hoistRegExps } from './hoist-regexps.mjs';
import { latin1Source } from './latin1-source.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const outfile = path.join(dist, 'claimcheck.cjs');
const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const plugin = {
  name: 'claimcheck-paths',
  setup(build) {
    // Each module of dist/ finds its data files and workers from its own URL
    // (`new URL('../../data/gazetteer.json', import.meta.url)`): in the bundle, import.meta.url
    // becomes the URL that module has in dist/, so every such path stays what it was.
    // `createRequire(import.meta.url)('compromise')` (a lazy synchronous load) becomes a plain
    // require, so that the package is bundled and still loaded only on first use.
    build.onLoad({ filter: new RegExp(`^${escaped(dist)}/.*\\.js$`) }, async (args) => {
      const rel = path.relative(dist, args.path).split(path.sep).join('/');
      const text = (await readFile(args.path, 'utf8'))
        .replace(/createRequire\(import\.meta\.url\)\('([^']+)'\)/g, "require('$1')")
        .replaceAll('import.meta.url', `__claimcheckUrl(${JSON.stringify(rel)})`)
        .replace(/\bimport\('tinypool'\)/g, "__claimcheckImport('tinypool')");
      return { contents: hoistRegExps(text, args.path), loader: 'js' };
    });
    // The queue's client packages are loaded at run time from node_modules, never bundled:
    // only `--redis` runs and workers load them. tinypool, an ES module loaded by the worker
    // pool, likewise (__claimcheckImport).
    build.onResolve({ filter: /^(bullmq|ioredis)$/ }, (args) => ({ path: args.path, namespace: 'runtime' }));
    build.onLoad({ filter: /.*/, namespace: 'runtime' }, (args) => ({
      contents: `module.exports = require('node:module').createRequire(__filename)(${JSON.stringify(args.path)});`,
      loader: 'js',
    }));
    // The whole of compromise (not compromise/one) too: only a data/lexicon.json made from
    // another compromise build needs it (src/util/nlp.ts), and its half megabyte of source
    // would be in every snapshot, whose start takes time by its size. It is read from its file
    // and run as the script it is (it requires nothing), not required: a module loaded through
    // node's loader while a snapshot is built leaves node unable to start from the snapshot.
    build.onResolve({ filter: /^compromise$/ }, () => ({ path: 'compromise', namespace: 'compromise-file' }));
    build.onLoad({ filter: /.*/, namespace: 'compromise-file' }, () => ({
      contents: [
        "const file = require('node:module').createRequire(__filename).resolve('compromise');",
        "new Function('module', 'exports', require('node:fs').readFileSync(file, 'utf8'))(module, module.exports);",
      ].join('\n'),
      loader: 'js',
    }));
  },
};

await esbuild.build({
  entryPoints: [path.join(root, 'bin/bundle-entry.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild lowers a regular expression with a Unicode property escape (/\p{L}/u) to a
  // `new RegExp(…)` call for a node target, built anew on every call (per word, in the
  // tokenizer): node 20's V8 reads them, so they stay literals, built once each.
  supported: { 'regexp-unicode-property-escapes': true },
  external: ['tinypool'],
  plugins: [plugin],
  legalComments: 'none',
  // The bundle's source is kept in the snapshot (V8 compiles a function from it on its first
  // call), and a snapshot's start takes time by its size: without indentation and comments it
  // is a quarter smaller. Names are kept, as they are in stack traces.
  minifyWhitespace: true,
  logLevel: 'warning',
  banner: {
    js: [
      // A snapshot's entry script gets no `module`: exports are then unused.
      "var module = typeof module === 'object' && module ? module : { exports: {} };",
      // A process started from a snapshot has no import(): packages load by require there
      // (node 20.19 on loads an ES module so), and by import() on a node that cannot.
      "const __claimcheckImport = (id) => { try { return Promise.resolve(require('node:module').createRequire(__filename)(id)); } catch (error) { if (error?.code !== 'ERR_REQUIRE_ESM') throw error; return import(id); } };",
      "const __claimcheckUrl = (rel) => require('node:url').pathToFileURL(require('node:path').join(__dirname, rel)).href;",
    ].join('\n'),
  },
});

// The snapshot keeps the bundle's source, two bytes a character if a single character of it is
// beyond Latin-1 (a ’ in a regular expression): escaped, it is a megabyte less of every start.
const { text, left } = latin1Source(await readFile(outfile, 'utf8'));
await writeFile(outfile, text);
if (left) console.warn(`build-bundle: ${left} characters beyond Latin-1 are left in dist/claimcheck.cjs (its source is then kept two bytes a character)`);
