import type { Extractor } from './rule.js';

// First version pending: filled in by the casualty extractor work.
export const casualtyExtractor: Extractor = {
  kind: 'casualty',
  rules: [],
  extract: () => [],
};
