// Every extractor, one per claim kind, in sorted order. Adding one means adding a file and a line here.
import type { Extractor } from './rule.js';
import { agentExtractor } from './agent.js';
import { aliasExtractor } from './alias.js';
import { casualtyExtractor } from './casualty.js';
import { dateExtractor } from './date.js';
import { organizationExtractor } from './organization.js';
import { personExtractor } from './person.js';
import { placeExtractor } from './place.js';
import { quantityExtractor } from './quantity.js';
import { quoteExtractor } from './quote.js';
import { roleExtractor } from './role.js';

export const extractors: Extractor[] = [
  agentExtractor,
  aliasExtractor,
  casualtyExtractor,
  dateExtractor,
  organizationExtractor,
  personExtractor,
  placeExtractor,
  quantityExtractor,
  quoteExtractor,
  roleExtractor,
];
