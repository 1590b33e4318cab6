import type { RuleInfo } from '../rule.js';

/**
 * Words that say a casualty figure is another incident's than the story's: a roundup headline
 * ("Two teens shot in 24-hour span"), or a passage on an earlier or separate shooting that the
 * article recalls. `scope` says how far the marker reaches: the whole document under a roundup
 * headline (its figures get the qualifier "roundup"), the sentence itself, or the sentence and
 * the rest of its paragraph ("It is the third shooting on the street this month. A 15-year-old
 * was wounded there on May 2."); those figures get the qualifier "background".
 */
export interface OtherIncidentRule extends RuleInfo {
  match: RegExp;
  scope: 'title' | 'sentence' | 'paragraph';
  /** The casualty figure the example holds that the marker sets apart. */
  expected: { type: 'killed' | 'injured'; min: number; qualifier: 'roundup' | 'background' };
}

// "in 24 hours", "in about ten hours", "over a 5-hour span": a stretch of hours, the time a roundup covers.
const HOURS_COUNT = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|thirty-six|forty-eight|seventy-two|few|several)';
const HOURS = `\\b(?:in|within|over|during) (?:about |roughly |nearly |just |less than |more than |under )?(?:a |the (?:last|past|span of) )?${HOURS_COUNT}[- ]hours?(?: span| period| time frame| stretch)?\\b|\\b${HOURS_COUNT}-hour (?:span|period|time frame|stretch)\\b`;

const NTH = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';

export const otherIncidentRules: OtherIncidentRule[] = [
  {
    id: 'casualty/roundup-hours',
    reason: 'a headline counting the people shot over some hours or in separate incidents adds up several shootings',
    example: 'Two teens shot in 24-hour span on the city’s east side',
    match: new RegExp(`${HOURS}|\\bseparate (?:shootings|incidents|attacks)\\b`, 'i'),
    scope: 'title',
    expected: { type: 'injured', min: 2, qualifier: 'roundup' },
  },
  {
    id: 'casualty/roundup-hours-sentence',
    reason: 'a sentence counting the people shot over some hours adds up several shootings, as its headline would',
    example: 'Nine people, including a teenager, were shot across the city in about six hours, police said.',
    // "For the second time in 48 hours, a teen was shot" dates the story's own shooting.
    match: new RegExp(`(?<!\\btime )${HOURS}`, 'i'),
    scope: 'sentence',
    expected: { type: 'injured', min: 9, qualifier: 'background' },
  },
  {
    id: 'casualty/same-place-earlier',
    reason: 'a shooting at the same place some days before the story is an earlier incident, even in the lead',
    example: 'A 19-year-old man was shot and killed on the same block just last week, police said.',
    match: /\b(?:on|at|in|near|along) the same (?:block|street|corner|intersection|spot|location|apartment complex|complex|park|road)\b[^.]*\b(?:last (?:week|month)|(?:days?|weeks?|months?) (?:ago|earlier|before)|earlier this (?:week|month|year))\b/i,
    scope: 'sentence',
    expected: { type: 'killed', min: 1, qualifier: 'background' },
  },
  {
    id: 'casualty/comes-after',
    reason: '"the shooting comes a week after a fatal shooting" recalls an earlier incident and its toll, even in the lead',
    example: 'The shooting comes just one week after a party shooting where four people were shot, including a girl who died.',
    match: /\b(?:comes?|came|happened|occurred|follows|followed)\b[^.;]*?\b(?:(?:a|one|two|three|four|five|several|\d+) (?:days?|weeks?|months?|hours?)|days|weeks|months) (?:after|since) (?:a|an|the|another)\b/i,
    scope: 'sentence',
    expected: { type: 'injured', min: 4, qualifier: 'background' },
  },
  {
    id: 'casualty/nth-incident',
    reason: '"the third shooting in two weeks" introduces the earlier ones: the paragraph after it is about them',
    example: 'It is the third shooting on Lake Street this month. A 15-year-old was wounded there on May 2.',
    match: new RegExp(`\\b(?:is|was|marks|marked) (?:the|at least the) ${NTH} (?:(?:such|fatal|deadly|accidental|officer-involved|police) )?(?:shooting|incident|homicide|killing|time)\\b`, 'i'),
    scope: 'paragraph',
    expected: { type: 'injured', min: 1, qualifier: 'background' },
  },
  {
    id: 'casualty/separate-incident',
    reason: '"in a separate shooting" and "in an unrelated incident" tell another incident, to the end of the paragraph',
    example: 'In a separate shooting Sunday night, two men were wounded outside a bar on Grand Avenue.',
    match: /\b(?:in|during) (?:a|an|another) (?:separate|unrelated|different|earlier|similar) (?:shooting|incident|case|attack|homicide)\b|\bin another (?:shooting|incident|homicide)\b/i,
    scope: 'paragraph',
    expected: { type: 'injured', min: 2, qualifier: 'background' },
  },
];

/** The rule whose marker the headline holds, if any. */
export function roundupTitle(title: string): OtherIncidentRule | undefined {
  return otherIncidentRules.find((r) => r.scope === 'title' && r.match.test(title));
}

/**
 * Which of a document's sentences (by index) are about another incident. `breaks[i]` says whether
 * a paragraph break stands before sentence i.
 */
export function otherIncidentSentences(sentences: string[], breaks: boolean[]): Set<number> {
  const other = new Set<number>();
  let carried = false;
  sentences.forEach((text, i) => {
    if (breaks[i]) carried = false;
    for (const rule of otherIncidentRules) {
      if (rule.scope === 'title' || !rule.match.test(text)) continue;
      other.add(i);
      if (rule.scope === 'paragraph') carried = true;
    }
    if (carried) other.add(i);
  });
  return other;
}
