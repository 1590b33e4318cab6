import type { Sentence } from '../types.js';
import { countShape } from './count-shape.js';
import { execFolded, foldedPattern, lowerAscii } from './folded-pattern.js';

/** A rule that is a regular expression (global flag) over text. */
export interface PatternRule {
  pattern: RegExp;
  /**
   * Words no match of `pattern` can lack (no global flag): a text without them is not searched.
   * A literal test is far cheaper than a long pattern, and a pattern never run is never compiled.
   */
  needs?: RegExp;
}

export interface RuleMatch<R> {
  rule: R;
  m: RegExpExecArray;
}

/** A rule as ruleMatches runs it: its prefilters found once, not looked up per sentence. */
interface Step<R> {
  rule: R;
  /** Index of the rule's `needs` among the distinct ones of its list (-1: none). */
  needs: number;
  /** countShape and foldedPattern of the pattern, taken on first use (undefined until then). */
  shape?: RegExp | null;
  twin?: RegExp | null;
}

interface Plan<R> {
  steps: Step<R>[];
  /** The distinct `needs` of the list: rules that share one (the month names) test it once a text. */
  needs: RegExp[];
}

const plans = new WeakMap<readonly PatternRule[], Plan<PatternRule>>();

function planOf<R extends PatternRule>(rules: readonly R[]): Plan<R> {
  const known = plans.get(rules) as Plan<R> | undefined;
  // A list changed since its plan was made gets a new one.
  if (known && known.steps.length === rules.length && known.steps.every((step, i) => step.rule === rules[i])) return known;
  const needs: RegExp[] = [];
  const steps = rules.map((rule) => {
    if (rule.needs && !needs.includes(rule.needs)) needs.push(rule.needs);
    return { rule, needs: rule.needs ? needs.indexOf(rule.needs) : -1 };
  });
  const plan = { steps, needs };
  plans.set(rules, plan as Plan<PatternRule>);
  return plan;
}

const acceptAll = () => true;

/**
 * Every rule's matches in a text, in text order. Where two overlap, the rule listed first
 * wins, so rules are listed most specific first; `accept` can turn a match down before it
 * takes its words (a count that is an age leaves them to other rules).
 */
export function ruleMatches<R extends PatternRule>(
  text: string,
  rules: readonly R[],
  accept: (match: RuleMatch<R>) => boolean = acceptAll,
  /** Added to every match's index: where `text` starts in the document. */
  offset = 0,
): RuleMatch<R>[] {
  const plan = planOf(rules);
  // Kept matches are disjoint, so sorted by start they are sorted by end too: an overlap
  // test is a binary search, not a scan (a text of 100,000 dates must stay linear).
  let kept: RuleMatch<R>[] = [];
  const endOf = (k: RuleMatch<R>) => k.m.index + k.m[0].length;
  /** Index of the first kept match that ends after `start`. */
  const firstEndingAfter = (start: number) => {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (endOf(kept[mid]!) > start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let lowered: string | undefined;
  const has: (boolean | undefined)[] = plan.needs.length ? new Array(plan.needs.length) : [];
  for (const step of plan.steps) {
    const { rule } = step;
    if (step.needs >= 0 && !(has[step.needs] ??= plan.needs[step.needs]!.test(text))) continue;
    // A pattern with count phrases is compiled only once a sentence has the shape of a match.
    if (step.shape === undefined) step.shape = countShape(rule.pattern);
    if (step.shape?.test(text) === false) continue;
    // A long `i` pattern runs as its case-sensitive twin over the lowered text (folded-pattern.ts).
    if (step.twin === undefined) step.twin = foldedPattern(rule.pattern);
    const twin = step.twin;
    const pattern = twin ?? rule.pattern;
    if (twin) lowered ??= lowerAscii(text);
    // One rule's matches come in text order and never overlap each other: test them against
    // the earlier rules' matches, then merge the two sorted lists.
    let added: RuleMatch<R>[] | undefined;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = twin ? execFolded(twin, lowered!, text) : rule.pattern.exec(text))) {
      // An empty match would loop for ever on the same index.
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      m.index += offset;
      const start = m.index;
      const end = start + m[0].length;
      const at = firstEndingAfter(start);
      if (at < kept.length && kept[at]!.m.index < end) continue;
      if (accept({ rule, m })) (added ??= []).push({ rule, m });
    }
    if (added) kept = kept.length ? merge(kept, added) : added;
  }
  return kept;
}

function merge<T extends { m: RegExpExecArray }>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.m.index <= b[j]!.m.index)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/**
 * ruleMatches over each sentence of a document, with indexes into the whole text. Rules run
 * on the bounded sentences, never on the whole text, so no rule sees more than the budget.
 */
export function sentenceRuleMatches<R extends PatternRule>(
  sentences: readonly Sentence[],
  rules: readonly R[],
  accept: (match: RuleMatch<R>) => boolean = () => true,
): RuleMatch<R>[] {
  return sentences.flatMap((sentence) => ruleMatches(sentence.text, rules, accept, sentence.start));
}
