import { describe, expect, it } from 'vitest';
import type { CasualtyValue } from '../../src/types.js';
import { claimsIn } from '../helpers/documents.js';

const casualties = (sentence: string) =>
  claimsIn(sentence)
    .filter((c) => c.kind === 'casualty')
    .map((c) => {
      const v = c.value as CasualtyValue;
      return [v.type, v.min, v.max, c.qualifiers.filter((q) => q !== 'reportedly')] as const;
    });

// [sentence, expected [type, min, max, qualifiers] of every casualty claim]
const cases: [string, (readonly [string, number, number | null, string[]])[]][] = [
  ['At least seven senior ISIS operatives killed, including the top ISIS figure in Iraq.', [['killed', 7, null, ['at least']]]],
  ['Two U.S. military personnel were wounded during the mission.', [['injured', 2, 2, []]]],
  ['A timeline shows deputies went four times to a Houston home where six children and two adults were fatally shot.', [['killed', 8, 8, []]]],
  ['The gunman opened fire on the crowd, killing three people and wounding two others.', [['killed', 3, 3, []], ['injured', 2, 2, []]]],
  ['More than 20 people were injured in the blast, officials said.', [['injured', 21, null, ['more than']]]],
  ['Between 1,500 and 3,000 residents are missing after the flood.', [['missing', 1500, 3000, []]]],
  ['Three or four people were hurt when the car struck the crowd.', [['injured', 3, 4, []]]],
  ['Dozens of protesters were arrested outside the parliament.', [['arrested', 12, null, ['dozens']]]],
  ['Four people were shot, one fatally, outside a nightclub early Sunday.', [['killed', 1, 1, []], ['injured', 3, 3, []]]],
  ['4 shot, 2 fatally, in Washington Park gas station shooting', [['killed', 2, 2, []], ['injured', 2, 2, []]]],
  ['A 23-year-old man was fatally shot while sitting in his car on the South Side.', [['killed', 1, 1, []]]],
  ['Tyrone Jones, 19, was shot and killed in an alley on Monday afternoon.', [['killed', 1, 1, []]]],
  ['The driver was taken into custody and no one was injured, police said.', [['arrested', 1, 1, []], ['injured', 0, 0, []]]],
  ['The death toll from the fire rose to 12 on Sunday.', [['killed', 12, 12, []]]],
  ['A fifth victim died in hospital on Tuesday, police said.', [['killed', 5, 5, []]]],
  ['The crash left two people dead and five injured on the highway.', [['killed', 2, 2, []], ['injured', 5, 5, []]]],
  ['The strikes resulted in the deaths of four ISIS members, including a senior official.', [['killed', 4, 4, []]]],
  ['The airstrike killed Abu Khadija and three others, officials said.', [['killed', 4, 4, []]]],
  ['It was the 400th homicide in the city this year, and more than 300 people have been killed so far this year.', [['killed', 301, null, ['more than', 'background']]]],
  ['Two of them died at the hospital, police said.', [['killed', 2, 2, []]]],
  ['Four teens were taken to the hospital after the shooting in Evansville.', [['injured', 4, 4, []]]],
  ['Police said the shooting on Monday sent four other teens to the hospital.', [['injured', 4, 4, []]]],
  // Not counts: ages, money, dates, addresses, times, shots fired.
  ['The man found in the 900 block of West 36th Street was pronounced dead at the scene.', []],
  ['He was pronounced dead at 5:59 a.m. An autopsy showed he died of gunshot wounds.', [['killed', 1, 1, []], ['killed', 1, 1, []]]],
  ['The victim suffered multiple gunshot wounds and was pronounced dead.', []],
  ['No one was seriously hurt in the crash.', []],
  ['The 23-year-old victim, who was 23 years old, was taken to Stroger Hospital.', [['injured', 1, 1, []]]],
  ['Police said the Oct. 18 shooting that killed a teenager is unrelated.', [['killed', 1, 1, []]]],
];

describe('casualty extraction', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(casualties(sentence)).toEqual(expected);
  });

  it('a single victim who "was shot" and "was killed" in one story is killed, not also injured', () => {
    const claims = claimsIn('A 16-year-old boy was killed Tuesday night. The teen was shot in the chest near his home.').filter((c) => c.kind === 'casualty');
    expect(claims.map((c) => (c.value as CasualtyValue).type)).toEqual(['killed']);
  });

  it('records the group counted', () => {
    const [claim] = claimsIn('At least seven senior ISIS operatives killed in the raid.').filter((c) => c.kind === 'casualty');
    expect((claim!.value as CasualtyValue).who).toBe('senior ISIS operatives');
  });
});
