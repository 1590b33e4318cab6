import type { IngestedDocument, Sentence } from '../types.js';
import type { ExtractContext } from './rule.js';
import { splitSentences } from './sentences.js';
import type { WorkMeter } from './work-budget.js';

/**
 * The context extractors read. `sentences` may be one window of a long document; `clean`
 * is then the document's cleaned text with everything outside the window blanked, so
 * offsets still point into the whole file and no extractor reads past the window.
 */
export function createContext(doc: IngestedDocument, sentences?: Sentence[], clean?: string, work?: WorkMeter): ExtractContext {
  const cache = new Map<string, unknown>();
  return {
    doc,
    clean: clean ?? doc.clean,
    sentences: sentences ?? splitSentences(doc.clean),
    ...(work ? { work } : {}),
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}
