import { createRequire } from 'node:module';
import type compromise from 'compromise';

export type Nlp = typeof compromise;

let loaded: Nlp | null = null;

/**
 * compromise, loaded on first use and once a process: building its lexicon takes about half a
 * second, which `--version`, `--help` and runs that stop before extraction must not pay. Its
 * one-file CommonJS build (the same version as the ES modules) loads synchronously, so the
 * extractors can stay synchronous, and without resolving its two hundred module files.
 */
export function nlp(): Nlp {
  return (loaded ??= createRequire(import.meta.url)('compromise') as Nlp);
}

let words: Nlp | null = null;

/**
 * compromise's first layer alone (the same version): its tokenizer, word steps and matcher, all
 * the clause rules read, as no rule reads tags (src/extract/casualty/clause-parse.ts). It loads in
 * a few hundredths of a second where the whole of compromise takes about half a second, which
 * every extraction worker paid. Its words and matches are those of the whole build
 * (test/extract/clause-parse.test.ts compares them).
 */
export function nlpWords(): Nlp {
  return (words ??= createRequire(import.meta.url)('compromise/one') as Nlp);
}
