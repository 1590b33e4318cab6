import type { Extractor } from './rule.js';

// First version pending: filled in by the alias extractor work.
export const aliasExtractor: Extractor = {
  kind: 'alias',
  rules: [],
  extract: () => [],
};
