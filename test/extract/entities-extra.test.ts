import { describe, expect, it } from 'vitest';
import { sentenceAttribution } from '../../src/extract/attribution.js';
import type { ClaimKind } from '../../src/types.js';
import { claimsIn } from '../helpers/documents.js';

const values = (kind: ClaimKind, sentence: string) => claimsIn(sentence).filter((c) => c.kind === kind).map((c) => c.value);

describe('quantity extraction', () => {
  it.each([
    ['A recent UN report estimates that between 1,500 to 3,000 ISIS jihadists remain active in Iraq and Syria.', [{ min: 1500, max: 3000, unit: 'ISIS jihadists' }]],
    ['Currently, about 2,500 U.S. troops remain in Iraq.', [{ min: 2500, max: 2500, unit: 'U.S. troops' }]],
    ['Investigators recovered more than 40 shell casings from the street.', [{ min: 41, max: null, unit: 'shell casings' }]],
    // A count that is a casualty toll is the casualty extractor's, not a quantity.
    ['Seven people were killed in the attack.', []],
    ['Gunmen opened fire into a crowd of more than 100 students, injuring 14 people, authorities said.', [{ min: 101, max: null, unit: 'students' }]],
    // A bare count of people says nothing of who they are: parade-goers, shooters and the
    // injured are not one quantity to compare.
    ['About 300 to 400 people were taking part in the parade.', []],
    ['Police said three people pulled out handguns and started firing.', []],
    ['Six people shot at apartment complex.', []],
    // "AK-47" names a rifle; 47 is no count.
    ['The cache included seven AK-47 rifles and three other rifles.', [{ min: 7, max: 7, unit: 'AK-47 rifles' }, { min: 3, max: 3, unit: 'other rifles' }]],
  ])('%s', (sentence, expected) => {
    expect(values('quantity', sentence)).toEqual(expected);
  });
});

describe('alias extraction', () => {
  it.each([
    ['Abdallah Maki Mosleh al-Rifai, known as “Abu Khadija,” was regarded as a dangerous figure.', [{ name: 'Abdallah Maki Mosleh al-Rifai', alias: 'Abu Khadija' }]],
    ['The raid killed Jassim al-Mazrouei Abu Abdel Qader, the top ISIS figure in the country.', [{ name: 'Jassim al-Mazrouei', alias: 'Abu Abdel Qader' }]],
    ['Police arrested Marcus Hill, also known as "Big Mo," on Tuesday.', [{ name: 'Marcus Hill', alias: 'Big Mo' }]],
    ['Prime Minister Mohammed Shia al-Sudani praised the forces.', []],
  ])('%s', (sentence, expected) => {
    expect(values('alias', sentence)).toEqual(expected);
  });
});

describe('role extraction', () => {
  it.each([
    ['Iraqi Foreign Minister Fouad Hussein highlighted the shared challenges.', [{ person: 'Fouad Hussein', role: 'Iraqi Foreign Minister' }]],
    ['The head of ISIS in Iraq and Syria, Abdallah Maki Mosleh al-Rifai, has been killed.', [{ person: 'Abdallah Maki Mosleh al-Rifai', role: 'head of ISIS in Iraq and Syria' }]],
    ['Gen. Michael Erik Kurilla, who leads CENTCOM, emphasized the importance of the raid.', [{ person: 'Michael Erik Kurilla', role: 'Gen.' }, { person: 'Michael Erik Kurilla', role: 'leader of CENTCOM' }]],
  ])('%s', (sentence, expected) => {
    expect(values('role', sentence)).toEqual(expected);
  });
});

describe('quote extraction', () => {
  it.each([
    ['“We will find who did this,” Police Chief Art Acevedo said on Monday.', [{ speaker: 'Art Acevedo', quote: 'We will find who did this' }]],
    ['Pentagon press secretary Maj. Gen. Pat Ryder confirmed their condition, stating, “Both of the service members are in stable condition.”', [{ speaker: 'Pat Ryder', quote: 'Both of the service members are in stable condition' }]],
    ['Abu Khadija was known for his role as the group’s “deputy caliph.”', []],
  ])('%s', (sentence, expected) => {
    expect(values('quote', sentence)).toEqual(expected);
  });
});

describe('agent extraction', () => {
  it.each([
    ['The recent airstrike conducted by U.S. and Iraqi forces eliminated a key ISIS leader.', [{ name: 'U.S. and Iraqi forces', action: 'airstrike' }]],
    ['U.S. Central Command forces carried out airstrikes against ISIS camps in Syria.', [{ name: 'U.S. Central Command forces', action: 'airstrike' }]],
    ['A gunman opened fire on a crowd outside the club early Sunday.', [{ name: 'gunman', action: 'shooting' }]],
    // The actor stops at a comma.
    ['He was killed in an operation by Iraqi intelligence, Iraqi officials said.', [{ name: 'Iraqi intelligence', action: 'operation' }]],
  ])('%s', (sentence, expected) => {
    expect(values('agent', sentence)).toEqual(expected);
  });
});

describe('sentence attribution and hedges', () => {
  it.each([
    ['Two people were injured, police said.', 'police', []],
    ['According to the sheriff’s office, the suspect fled on foot.', 'the sheriff’s office', []],
    ['The commander was reportedly killed in the strike.', null, ['reportedly']],
    // A hyphen inside a name is no dash before the source.
    ['He has been killed in an operation by coalition forces, Iraqi Prime Minister Mohammed Shia al-Sudani announced.', 'Iraqi Prime Minister Mohammed Shia al-Sudani', []],
    ['The suspect allegedly fired at officers, a claim that could not be independently verified.', null, ['allegedly', 'unconfirmed']],
  ])('%s', (sentence, source, hedges) => {
    expect(sentenceAttribution(sentence)).toEqual({ source, hedges });
  });

  it('attaches the sentence attribution to its claims', () => {
    const [casualty] = claimsIn('Two people were injured, police said.').filter((c) => c.kind === 'casualty');
    expect(casualty!.attribution).toBe('police');
  });
});

describe('agencies as organizations', () => {
  it.each([
    ["The sheriff's office said the deputies went four times.", ["sheriff's office"]],
    ["The Harris County Sheriff's Office released the timeline Thursday.", ["Harris County Sheriff's Office"]],
    ['A Chicago Police Department spokesman said two men were wounded.', ['Chicago Police Department']],
    ['The shift was debated within the Coordination Framework, which supports the government.', ['Coordination Framework']],
  ])('%s', (sentence, expected) => {
    expect(claimsIn(sentence).filter((c) => c.kind === 'organization').map((c) => c.text)).toEqual(expected);
  });
});
