import type { IngestedDocument } from '../types.js';
import type { ExtractContext } from './rule.js';
import { splitSentences } from './sentences.js';

export function createContext(doc: IngestedDocument): ExtractContext {
  const cache = new Map<string, unknown>();
  return {
    doc,
    clean: doc.clean,
    sentences: splitSentences(doc.clean),
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}
