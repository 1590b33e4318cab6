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
