import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from './cli/io.js';
import { ANOTHER_VICTIM } from './compare/event-statements.js';
import { AFTER } from './compare/victim-patterns.js';
import { COPARENT_AFTER, SUSPECT_AFTER } from './compare/victims.js';
import { rules as aliasRules } from './extract/alias.js';
import { casualtyRules, fallbackRules } from './extract/casualty/rules.js';
import { VERB_TYPES } from './extract/casualty/vocabulary.js';
import { NOT_NAME, PERSON } from './extract/casualty/who.js';
import { countShape } from './extract/count-shape.js';
import { extractDocument } from './extract/extract-document.js';
import { VICTIM_AFTER as CUE_VICTIM_AFTER } from './extract/mentions/cues.js';
import { isCommonWord } from './extract/mentions/lexicon.js';
import { isCountryName, isPlaceName, isTownName } from './extract/mentions/places.js';
import { DATELINE_PREFIX } from './extract/not-event.js';
import { rules as quoteRules } from './extract/quote.js';
import { rules as roleRules } from './extract/role.js';
import { TITLE } from './extract/quote/speaker.js';
import { VICTIM_AFTER as FACT_VICTIM_AFTER } from './group/main-facts.js';
import { tableShare } from './group/similarity.js';
import { cityReadings, countryName, regionIn } from './normalize/gazetteer.js';
import { nlpWords } from './util/nlp.js';
import { releasePlaceRecords } from './util/place-data.js';
import { SAMPLE_ARTICLES } from './preload-sample.js';

/**
 * Loads, once a process, every table a run reads whatever its articles: compromise's first layer
 * (the whole of compromise no run reads, but to rebuild a stale lexicon; 3 MB of snapshot), its
 * lexicon, the gazetteers and place-name sets, the word-frequency table. For the start-up
 * snapshot (bin/snapshot.js), which keeps them in the heap it saves, so that a run starts with
 * them built. Lookups only, of no article: no memo of any name is filled, and a run after this
 * reads exactly what it would have read without it.
 */
export function preloadTables(): void {
  nlpWords();
  isCommonWord('the');
  isPlaceName('');
  isTownName('');
  isCountryName('');
  countryName('US');
  regionIn('', 'US');
  cityReadings({ name: '', type: 'city', country: '', region: null });
  tableShare('the');
  // Every index of the place records is built: the rows themselves are read no more.
  releasePlaceRecords();
}

/**
 * Large regular expressions (tens to hundreds of kilobytes of V8 bytecode each, for both string
 * encodings) that the start-up snapshot keeps compiled without V8's regexp optimizations
 * (bin/bundle-entry.js compiles them first, under --no-regexp-optimization): a fifth to a third
 * of the bytecode, the same matches. Most are anchored at the start of their text (anchoredAtStart),
 * so a match is tried at one position and that bytecode's slower search costs next to nothing.
 * The count shapes of the casualty rules (count-shape.ts) search whole sentences, yet lean they
 * cost no run instructions (valgrind: seeds and ten articles fewer); the role rules' `before`
 * patterns, also searched, cost a ten-article run 6 % more and are left out. A large run
 * compiles them all to machine code, optimized, as before.
 */
export function leanRegExps(): RegExp[] {
  const rules = [...quoteRules, ...aliasRules, ...roleRules].flatMap((rule) => (rule.after ? [rule.after] : []));
  const verbTypes = VERB_TYPES.map(([, pattern]) => pattern);
  const anchored = [AFTER, SUSPECT_AFTER, COPARENT_AFTER, CUE_VICTIM_AFTER, FACT_VICTIM_AFTER, PERSON, NOT_NAME, TITLE, ANOTHER_VICTIM, DATELINE_PREFIX, ...verbTypes, ...rules].filter(anchoredAtStart);
  const shapes = [...casualtyRules, ...fallbackRules].flatMap(({ pattern }) => countShape(pattern) ?? []);
  return [...anchored, ...shapes];
}

/**
 * Whether every alternative of the pattern begins with ^ and ^ means the start of the text (no
 * m flag): a match is then tried at the first position only.
 */
export function anchoredAtStart(re: RegExp): boolean {
  if (re.multiline) return false;
  const source = re.source;
  let depth = 0;
  let inClass = false;
  let alternativeStart = true;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (alternativeStart && depth === 0 && char !== '^') return false;
    alternativeStart = false;
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) alternativeStart = true;
  }
  return !alternativeStart;
}

/** Compiles each regular expression for both of V8's string encodings (one and two bytes a character). */
export function compileRegExps(regExps: readonly RegExp[]): void {
  for (const re of regExps) {
    for (const text of ['x', 'x\u2019']) re.test(text);
    re.lastIndex = 0;
  }
}

/**
 * Runs every extractor once, on extract-document.ts's own warm-up sentence (no article's): for
 * the start-up snapshot, which then holds their compiled functions and regular expressions.
 * What it leaves is that warm-up done and memos of that one sentence, which change how often
 * a text is read, never what is read from it.
 */
export function warmUpExtractors(): void {
  extractDocument({ id: '', text: '', clean: '', bodyStart: 0, title: null, source: null, url: null, published: null, warnings: [], hash: '' });
}

/** The formats the sample is reported in: every formatter the command line has. */
const SAMPLE_FORMATS = ['pretty', 'json', 'markdown', 'github', 'sarif', 'html', 'ndjson'];

/**
 * Runs the whole command line (ingest to report, each format) over three made-up articles
 * (src/preload-sample.ts), written to a temporary folder removed after: for the start-up
 * snapshot, which then holds the bytecode of every stage, not of extraction alone, so that a
 * small run compiles next to nothing. A run keeps no state between runs that changes what the
 * next one reports (test/cli-snapshot.test.ts compares the reports); what it leaves is memos
 * of the sample's own text. Throws when the sample's run fails (exit 2).
 */
export async function warmUpRuns(runCli: (argv: string[], io: CliIO) => Promise<number>): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck-warm-up-'));
  try {
    let errors = '';
    const io: CliIO = { stdout: () => {}, stderr: (text) => void (errors += text), isTTY: false, env: {}, cwd: dir };
    const run = async (format: string) => {
      const code = await runCli([dir, '--format', format, '--fail-on', 'never'], io);
      if (code !== 0) throw new Error(`the warm-up run (${format}) exited ${code}: ${errors.trim().split('\n')[0]}`);
    };
    for (const { name, text } of SAMPLE_ARTICLES) writeFileSync(path.join(dir, name), text);
    for (const format of SAMPLE_FORMATS) await run(format);
    // V8 compiles a regular expression apart for each of its two string encodings (Latin-1 and
    // UTF-16), most news text being UTF-16 (a curly quote, a dash): the sample once more with
    // each article in its other encoding.
    for (const { name, text } of SAMPLE_ARTICLES) writeFileSync(path.join(dir, name), otherEncoding(text));
    await run('json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `text` in V8's other string encoding: a text of Latin-1 with its apostrophes typographic, one
 * beyond it with its dashes and typographic apostrophes plain ASCII. Either reads alike.
 */
export function otherEncoding(text: string): string {
  return /[^\u0000-\u00ff]/.test(text) ? text.replace(/[\u2013\u2014]/g, '-').replace(/\u2019/g, "'") : text.replace(/'/g, '\u2019');
}
