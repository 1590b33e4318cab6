import type { Extractor } from './rule.js';

// First version pending: filled in by the quantity extractor work.
export const quantityExtractor: Extractor = {
  kind: 'quantity',
  rules: [],
  extract: () => [],
};
