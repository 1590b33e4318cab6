// Every output format, one formatter per file, in sorted order.
import type { Formatter } from './formatter.js';
import { githubFormatter } from './github.js';
import { htmlFormatter } from './html.js';
import { jsonFormatter } from './json.js';
import { markdownFormatter } from './markdown.js';
import { ndjsonFormatter } from './ndjson.js';
import { prettyFormatter } from './pretty.js';
import { sarifFormatter } from './sarif.js';

export const formatters: Formatter[] = [githubFormatter, htmlFormatter, jsonFormatter, markdownFormatter, ndjsonFormatter, prettyFormatter, sarifFormatter];

export function formatterNamed(name: string): Formatter | undefined {
  return formatters.find((f) => f.name === name);
}
