import { describe, expect, it } from 'vitest';
import { claimsIn } from '../helpers/documents.js';

const organizations = (text: string) => claimsIn(text).filter((c) => c.kind === 'organization').map((c) => c.text);

// [sentence, every organization mention it holds, as written]
const cases: Array<[string, string[]]> = [
  ['The U.S. and Iraqi forces achieved a victory against the Islamic State (ISIS).', ['Islamic State', 'ISIS']],
  ['Both U.S. Central Command (CENTCOM) and Iraqi officials confirmed his death.', ['U.S. Central Command', 'CENTCOM']],
  ['The operation was led by the Iraqi Counter-Terrorism Service.', ['Iraqi Counter-Terrorism Service']],
  ['Syria’s new authorities have been active against IS cells.', ['IS']],
  ['Officials fear a potential IS resurgence.', ['IS']],
  ['Support came from the Combined Joint Task Force Operation Inherent Resolve (CJTF-OIR).', ['Combined Joint Task Force Operation Inherent Resolve', 'CJTF-OIR']],
  ['Newmont Mining Corp raised its offer, and Newmont shares rose 2 percent.', ['Newmont Mining Corp', 'Newmont']],
  ['The Bank of England left interest rates unchanged.', ['Bank of England']],
  ['Midfielders - Paulo Sousa (Juventus), Rui Barros (Sporting).', ['Juventus', 'Sporting']],
  ['The visitors beat Partizan Belgrade 78-66 on Thursday.', ['Partizan Belgrade']],
  ['Barnsley 3 Leicester 1', ['Barnsley', 'Leicester']],
  // A table row of names the document knows is split into those names.
  ['Betting on the match between Real Madrid and Barcelona:\n6-5 Real Madrid Barcelona 7-4', ['Real Madrid', 'Real Madrid']],
  ['Russ Berrie and Co Inc named a new president.', ['Russ Berrie and Co Inc']],
  // Not organizations.
  ['The talks in Damascus ended on Friday.', []],
  ['Prime Minister Mohammed Shia al-Sudani praised the forces.', []],
];

describe('organization mentions', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(organizations(sentence)).toEqual(expected);
  });
});
