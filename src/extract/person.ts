import type { Extractor } from './rule.js';

// First version pending: filled in by the person extractor work.
export const personExtractor: Extractor = {
  kind: 'person',
  rules: [],
  extract: () => [],
};
