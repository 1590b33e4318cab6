import type { Extractor } from './rule.js';

// First version pending: filled in by the agent extractor work.
export const agentExtractor: Extractor = {
  kind: 'agent',
  rules: [],
  extract: () => [],
};
