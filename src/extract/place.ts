import type { Extractor } from './rule.js';

// First version pending: filled in by the place extractor work.
export const placeExtractor: Extractor = {
  kind: 'place',
  rules: [],
  extract: () => [],
};
