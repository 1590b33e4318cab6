import type { Extractor } from './rule.js';

// First version pending: filled in by the date extractor work.
export const dateExtractor: Extractor = {
  kind: 'date',
  rules: [],
  extract: () => [],
};
