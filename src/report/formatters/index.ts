// Every output format, one formatter per file, in sorted order.
import type { Formatter } from './formatter.js';
import { githubFormatter } from './github.js';
import { jsonFormatter } from './json.js';
import { prettyFormatter } from './pretty.js';

export const formatters: Formatter[] = [githubFormatter, jsonFormatter, prettyFormatter];

export function formatterNamed(name: string): Formatter | undefined {
  return formatters.find((f) => f.name === name);
}
