import type { IngestedDocument } from '../types.js';
import type { ExtractContext } from './rule.js';
import { splitSentencesBounded } from './sentences.js';

export function createContext(doc: IngestedDocument): ExtractContext & { cutSentences: number } {
  const cache = new Map<string, unknown>();
  const { sentences, cut } = splitSentencesBounded(doc.clean);
  return {
    doc,
    clean: doc.clean,
    sentences,
    cutSentences: cut,
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}
