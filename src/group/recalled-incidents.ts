// Sentences that tell of an incident other than the story's own: an earlier one the story
// recalls, one at the same spot, the killing it avenged. A date or place in such a
// sentence is that incident's, not a statement of this event's day or place.

export interface RecalledIncidentRule {
  id: string;
  /** Tested on the whole sentence. */
  match: RegExp;
  reason: string;
  example: string;
}

export const RECALLED_INCIDENT_RULES: readonly RecalledIncidentRule[] = [
  {
    id: 'recalled/just-last-week',
    // "just last week", "only the previous weekend": the stress marks another incident the
    // story sets beside its own; a plain "last week's shooting" may be the story's own.
    match: /\b(?:just|only)\s+(?:last|the\s+(?:previous|prior))\s+(?:week|weekend|month)\b/i,
    reason: '"Just last week" sets an earlier incident beside the story’s own: its day is that incident’s.',
    example: 'A man was shot and killed on the same street just last week, on Saturday.',
  },
  {
    id: 'recalled/same-spot',
    // "on the same block", "at the same corner": another incident at this event's place.
    match: /\b(?:on|at|in|near)\s+the\s+same\s+(?:block|street|corner|intersection|spot|location|apartment complex|park)\b/i,
    reason: 'An incident "on the same block" is another one at this event’s place, told with its own day.',
    example: 'Another man was killed on the same block on Saturday.',
  },
  {
    id: 'recalled/likened',
    // "a targeted attack, similar to what happened in Springfield": the incident it is likened to.
    match: /\b(?:similar to|like|reminiscent of)\s+(?:what|the one that|those that)\s+happened\b/i,
    reason: 'An incident the story likens its own to ("similar to what happened in …") is another one, with its own place.',
    example: 'Residents asked whether it was a targeted attack, similar to what happened in Springfield.',
  },
  {
    id: 'recalled/avenged-killing',
    match: /\b(?:retaliation|revenge|retribution)\s+for\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:killing|shooting|death|murder|attack|slaying)\b/i,
    reason: 'The killing a shooting avenged is an earlier incident, with its own day and place.',
    example: 'Police believe the shooting was in retaliation for the killing of a man on Thursday, Jan. 5.',
  },
];

/** Whether a sentence tells of another incident by one of the rules. */
export const recallsOtherIncident = (sentence: string) => RECALLED_INCIDENT_RULES.some((r) => r.match.test(sentence));
