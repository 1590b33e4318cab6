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
export const extractors = [
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
//# sourceMappingURL=index.js.map