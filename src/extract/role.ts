import type { Extractor } from './rule.js';

// First version pending: filled in by the role extractor work.
export const roleExtractor: Extractor = {
  kind: 'role',
  rules: [],
  extract: () => [],
};
