import { describe, expect, it } from 'vitest';
import { RECALLED_INCIDENT_RULES, recallsOtherIncident } from '../../src/group/recalled-incidents.js';
import { analyze } from '../../src/pipeline.js';
import { documentFrom } from '../helpers/documents.js';

describe('sentences that tell of another incident', () => {
  it.each(RECALLED_INCIDENT_RULES.map((r) => [r.id, r.example] as const))('%s fires on its example', (id, example) => {
    expect(RECALLED_INCIDENT_RULES.find((r) => r.id === id)!.match.test(example)).toBe(true);
  });

  // [sentence, whether it tells of another incident]
  it.each([
    ['A man was shot and killed on the same street just last week, on Saturday.', true],
    ['Only the previous weekend, a woman was wounded at the same park.', true],
    ['Police believe the shooting was in retaliation for the killing of a man on Thursday, Jan. 5.', true],
    ['Another man was killed on the same block on Saturday.', true],
    ['Residents asked whether it was a targeted attack, like what happened in Springfield last year.', true],
    ['What happened in Dayton on Sunday was a targeted attack, police said.', false],
    ['An arrest has been made for last week’s drive-by shooting in Dayton.', false],
    ['A man was shot and killed on Main Street last week, police said.', false],
    ['Two men were shot at the same time outside a bar on Saturday.', false],
  ] as const)('%s', (sentence, recalled) => {
    expect(recallsOtherIncident(sentence)).toBe(recalled);
  });

  it('a day said of an incident recalled "just last week" does not dispute the event\'s day', () => {
    const findings = analyze([
      documentFrom('Four men were shot near a park in Dayton on Tuesday night, police said.', 'a.txt', '2023-09-13'),
      documentFrom('Four men were shot near a park in Dayton on Tuesday night, police said. Neighbors said that a teenager had been shot dead on the same block just last week, on Saturday, Sept. 9.', 'b.txt', '2023-09-13'),
    ]).findings;
    expect(findings.find((f) => f.slot === 'date')?.status).not.toBe('contradict');
  });
});
