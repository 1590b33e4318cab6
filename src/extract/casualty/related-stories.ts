import type { RuleInfo } from '../rule.js';

/**
 * Links to other stories that a news page carries inside or after its article: a header over a
 * list of headlines ("More stories you may like", "Related Coverage:"), or one headline led by
 * a marker ("RELATED: 2 dead, 3 wounded in east side shooting"). Their tolls are other
 * incidents', or an earlier telling of this one; they are none of the article's own figures, so
 * no casualty claim comes from them. Read on the page's text as written: the ingest cleaner may
 * have blanked a header line (boilerplate.ts) but leaves the headlines under it.
 *
 * `scope` says what the marker covers: its own line (an inline link) or every line after it
 * (a header: such lists close the page). Each example is a page whose article toll survives
 * and whose linked toll (`linked`) does not (test/extract/casualty.test.ts runs them).
 */
export interface RelatedStoryRule extends RuleInfo {
  match: RegExp;
  scope: 'line' | 'rest';
  /** The injured figure of the example's own article, and the one of the linked story. */
  expected: { own: number; linked: number };
}

export const relatedStoryRules: RelatedStoryRule[] = [
  {
    id: 'casualty/related-list',
    reason: 'a header over a list of other stories: every headline under it is another story’s',
    example: 'A man was wounded in a shooting on Pine Street on Friday night, police said. He is expected to recover.\n\nMore stories you may like on Channel 9\n\nFour hurt in highway crash near the county line\n',
    match: /^(?:(?:more|other|top|latest|related|recommended|popular|trending)(?: [\w'’.-]+){0,5}? (?:stories|articles|headlines|news|links|videos|coverage|content)(?: [\w'’.-]+){0,6}|related|read more(?: [\w'’.-]+){0,6}|you (?:may|might) (?:also )?(?:like|enjoy|be interested)(?: [\w'’.-]+){0,6}|(?:top |most )?(?:trending|popular)(?: (?:now|stories|on [\w.-]+))?|see also|also read|editor['’]?s picks)\s*[:.]?$/i,
    scope: 'rest',
    expected: { own: 1, linked: 4 },
  },
  {
    id: 'casualty/related-link',
    reason: 'one headline led by a link marker ("RELATED:", "READ MORE |", "Previous story:") is another story’s, or an earlier telling of this one',
    example: 'A woman was wounded outside a bar on Main Street late Saturday.\n\nRELATED: Three shot near the same bar last spring\n\nPolice have not made an arrest.\n',
    match: /^(?:related(?: (?:story|stories|coverage|content|video|link|article|articles))?|read more|previous(?:ly| story| coverage)|see also|also read)\s*[:|–—-]\s*\S|^related coverage\s+[A-Z\d]/i,
    scope: 'line',
    expected: { own: 1, linked: 3 },
  },
];

/** The article sentences a list header must follow to close the article. */
const MIN_SENTENCES_BEFORE_LIST = 2;

/** The longest line a header or a linked headline is: longer lines are prose. */
const MAX_LINE = 200;

/**
 * Which sentences (by index) lie in related-story links of the page. `text` is the page's text
 * as written, `bodyStart` where its body begins, `starts` each sentence's offset into `text`.
 */
export function relatedStorySentences(text: string, bodyStart: number, starts: number[]): Set<number> {
  const line: [number, number][] = [];
  let rest = Infinity;
  const lineBreak = /\r\n|\r|\n/g;
  let from = bodyStart;
  for (;;) {
    const m = lineBreak.exec(text);
    if (m && m.index < bodyStart) continue;
    const end = m ? m.index : text.length;
    const trimmed = text.slice(from, end).trim();
    if (trimmed && trimmed.length <= MAX_LINE) {
      for (const rule of relatedStoryRules) {
        if (!rule.match.test(trimmed)) continue;
        if (rule.scope === 'line') line.push([from, end]);
        // A list header closes the article: one above the article's first sentences is the site's navigation.
        else if (starts.filter((s) => s >= bodyStart && s < from).length >= MIN_SENTENCES_BEFORE_LIST) rest = Math.min(rest, end);
      }
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  const related = new Set<number>();
  starts.forEach((start, i) => {
    if (start >= rest || line.some(([a, b]) => a <= start && start < b)) related.add(i);
  });
  return related;
}
