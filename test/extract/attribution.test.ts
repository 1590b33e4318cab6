import { describe, expect, it } from 'vitest';
import { sentenceAttribution } from '../../src/extract/attribution.js';
import { claimsIn } from '../helpers/documents.js';

// [sentence, the source its claims are attributed to, its hedges]
const cases: Array<[string, string | null, string[]]> = [
  ['Two men were killed and three others wounded, police said.', 'police', []],
  ['Police initially said four people had been shot.', 'police', []],
  ['The victim died at the scene, according to the hospital.', 'the hospital', []],
  ['The boy was identified as Darnell Hayes, according to the Cook County Medical Examiner’s office.', 'the Cook County Medical Examiner’s office', []],
  ['Pentagon press secretary Maj. Gen. Pat Ryder confirmed that two service members were wounded.', 'Pentagon press secretary Maj. Gen. Pat Ryder', []],
  ['Officials said the gunman had fired more than 30 rounds.', 'officials', []],
  ['The sheriff’s office says the suspect fled in a silver sedan.', 'the sheriff’s office', []],
  ['"We are still looking for a second suspect," Sgt. Rudy Alvarez said at a news conference Monday.', 'Sgt. Rudy Alvarez', []],
  ['The shooting followed an argument inside the bar, said Fire Cmdr. Curtis Hale.', 'Fire Cmdr. Curtis Hale', []],
  ['The man was reportedly shot twice in the chest.', null, ['reportedly']],
  ['The suspect allegedly opened fire on the crowd, prosecutors said.', 'prosecutors', ['allegedly']],
  ['At least 12 people are believed to have died in the blast.', null, ['believed']],
  ['The toll could not be independently verified.', null, ['unconfirmed']],
  ['The attack was possibly carried out by a lone gunman.', null, ['possibly']],
  // A pronoun or a clause opener is no source.
  ['He said the family was still in shock.', null, []],
  ['It was the third shooting on the block this year.', null, []],
  ['Police investigate an alley where a boy was shot.', null, []],
];

describe('sentence attribution and hedges', () => {
  it.each(cases)('%s', (sentence, source, hedges) => {
    expect(sentenceAttribution(sentence)).toEqual({ source, hedges });
  });

  it('fills attribution and qualifiers of every claim in the sentence, keeping bounds', () => {
    const claims = claimsIn('At least three people were reportedly killed in the shooting, police said.');
    const casualty = claims.find((c) => c.kind === 'casualty');
    expect(casualty?.attribution).toBe('police');
    expect(casualty?.qualifiers).toEqual(expect.arrayContaining(['at least', 'reportedly']));
    expect(new Set(casualty?.qualifiers).size).toBe(casualty?.qualifiers.length);
  });
});
