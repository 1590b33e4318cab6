import type { Extractor } from './rule.js';

// First version pending: filled in by the quote extractor work.
export const quoteExtractor: Extractor = {
  kind: 'quote',
  rules: [],
  extract: () => [],
};
