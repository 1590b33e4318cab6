import { githubFormatter } from './github.js';
import { jsonFormatter } from './json.js';
import { prettyFormatter } from './pretty.js';
export const formatters = [githubFormatter, jsonFormatter, prettyFormatter];
export function formatterNamed(name) {
    return formatters.find((f) => f.name === name);
}
//# sourceMappingURL=index.js.map