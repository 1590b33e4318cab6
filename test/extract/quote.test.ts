import { describe, expect, it } from 'vitest';
import { claimsIn } from '../helpers/documents.js';
import type { QuoteValue } from '../../src/types.js';

const quotes = (text: string) =>
  claimsIn(text)
    .filter((c) => c.kind === 'quote')
    .map((c) => ({ ...(c.value as QuoteValue), rule: c.rule, text: c.text }));

const pick = (text: string) => quotes(text).map(({ speaker, quote }) => [speaker, quote]);

// [text, every quote in it as [speaker, quoted words]]
const cases: Array<[string, Array<[string | null, string]>]> = [
  // Speaker after the quotation, in both orders, titles off.
  ['“We will find whoever did this,” Police Chief Maria Lopez said Monday.', [['Maria Lopez', 'We will find whoever did this']]],
  ['"The scene was chaotic when we arrived," said Sgt. Daniel Reyes, a department spokesman.', [['Daniel Reyes', 'The scene was chaotic when we arrived']]],
  ['“He was a good kid,” said the victim’s older brother.', [['the victim’s older brother', 'He was a good kid']]],
  ['"There is no further danger to the public," police said in a statement.', [['police', 'There is no further danger to the public']]],
  ['“We are asking anyone with video to come forward,” the sheriff’s office said.', [['the sheriff’s office', 'We are asking anyone with video to come forward']]],
  // Seed 003: a dash before the name and a role after it.
  [
    '“U.S. Central Command will aggressively pursue ISIS in the region” – Gen. Michael Erik Kurilla, CENTCOM commander said.',
    [['Michael Erik Kurilla', 'U.S. Central Command will aggressively pursue ISIS in the region']],
  ],
  // Speaker first; nested single quotes stay inside.
  [
    'Pentagon press secretary Maj. Gen. Pat Ryder confirmed their condition, stating, “Both of the U.S. service members are in ‘stable condition.’”',
    [['Pat Ryder', 'Both of the U.S. service members are in ‘stable condition.’']],
  ],
  ['Mayor Ellen Brooks said: "Our city is grieving tonight."', [['Ellen Brooks', 'Our city is grieving tonight']]],
  ['According to the coroner’s office, “the victim died of a single gunshot wound.”', [['the coroner’s office', 'the victim died of a single gunshot wound']]],
  // A quoted phrase inside reported speech (seed 001).
  [
    'Prime Minister Mohammed Shia al-Sudani praised the efforts of the Iraqi forces, stating they continue to triumph over "the forces of darkness."',
    [['Mohammed Shia al-Sudani', 'the forces of darkness']],
  ],
  ['Judge Karen Wells called the killing “cold, calculated and cruel” before denying bail.', [['Karen Wells', 'cold, calculated and cruel']]],
  // A quote split by its attribution, and one continued in the next paragraph.
  [
    '“I heard five or six shots,” said neighbor Tom Haley. “Then everybody started running.”',
    [['Tom Haley', 'I heard five or six shots'], ['Tom Haley', 'Then everybody started running']],
  ],
  [
    '"We have several leads," Detective Ana Cruz said.\n\n"We expect to make an arrest soon."',
    [['Ana Cruz', 'We have several leads'], ['Ana Cruz', 'We expect to make an arrest soon']],
  ],
  // Pronouns resolve to the person the paragraph is about.
  [
    'Marcus Bell was leaving the bar when the shooting began.\n\n“I just ran for the door,” he said.',
    [['Marcus Bell', 'I just ran for the door']],
  ],
  ['The shooting began just after midnight.\n\n“I just ran for the door,” he said.', [[null, 'I just ran for the door']]],
  // Nicknames, titles and scare quotes are not quotes.
  ['Abu Bakr al-Baghdadi’s deputy, known as the "deputy caliph", was killed.', []],
  ['The leader, known by his nom de guerre “Abu Khadija,” was killed in the strike.', []],
  ['Hundreds came to the club for "Latin Night" on Saturday.', []],
  ['The victims were listed in "stable" condition, police said.', []],
];

describe('quote extraction', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(pick(text)).toEqual(expected);
  });

  it('spans the words inside the marks', () => {
    const [q] = quotes('“We will find whoever did this,” Police Chief Maria Lopez said Monday.');
    expect(q?.text).toBe('We will find whoever did this');
    expect(q?.rule).toBe('quote/said-after');
  });

  it('attributes the quote claim to its speaker', () => {
    const claim = claimsIn('"There is no further danger to the public," police said.').find((c) => c.kind === 'quote');
    expect(claim?.attribution).toBe('police');
  });

  it('marks a speaker found from a pronoun or an earlier quotation as inferred, not one named at the quotation', () => {
    const text = 'Police Chief Maria Lopez spoke on Monday. “We will find whoever did this,” she said. “We owe it to the families.”\n\n“Nobody else was hurt,” Lopez said.';
    const found = claimsIn(text).filter((c) => c.kind === 'quote').map((c) => [(c.value as QuoteValue).speaker, c.qualifiers]);
    expect(found).toEqual([
      ['Maria Lopez', ['speaker inferred']],
      ['Maria Lopez', ['speaker inferred']],
      ['Lopez', []],
    ]);
  });
});
