import type { Extractor } from './rule.js';

// First version pending: filled in by the organization extractor work.
export const organizationExtractor: Extractor = {
  kind: 'organization',
  rules: [],
  extract: () => [],
};
