import { describe, expect, it } from 'vitest';
import { claimsIn } from '../helpers/documents.js';
import type { AgentValue } from '../../src/types.js';

const agents = (text: string) =>
  claimsIn(text)
    .filter((c) => c.kind === 'agent')
    .map((c) => [(c.value as AgentValue).name, (c.value as AgentValue).action]);

// [sentence, every agent it names as [name, action]]
const cases: Array<[string, Array<[string, string | null]>]> = [
  ['The recent airstrike conducted by U.S. and Iraqi forces eliminated a key ISIS leader.', [['U.S. and Iraqi forces', 'airstrike']]],
  ['He was killed in an operation executed by Iraq’s national intelligence service.', [['Iraq’s national intelligence service', 'operation']]],
  ['Iraqi and U.S. forces conducted a raid on Tuesday in western Anbar.', [['Iraqi and U.S. forces', 'raid']]],
  ['U.S. Central Command forces carried out strikes against ISIS camps in Syria.', [['U.S. Central Command forces', 'airstrike']]],
  ['A gunman opened fire on a crowd outside the nightclub early Sunday.', [['gunman', 'shooting']]],
  ['Police said a gunman shot and killed a 24-year-old man outside a gas station.', [['gunman', 'shooting']]],
  ['The suspect was shot and killed by officers after a brief standoff.', [['officers', 'shooting']]],
  ['Police shot and killed the suspect after he pointed a rifle at them.', [['Police', 'shooting']]],
  ['Anthony Ruiz, 19, is charged with first-degree murder in the killing of his cousin.', [['Anthony Ruiz', null]]],
  ['Darnell Price has been charged with murder, police said.', [['Darnell Price', null]]],
  // Pronouns and passive deaths with no one named are not agents.
  ['They killed Abu Khadija in a strike on his hideout.', []],
  ['He is charged with capital murder in the deaths.', []],
  ['Tyrell Hayes, 16, was shot and killed while sitting on his porch.', []],
  ['The man was killed by a stray bullet.', []],
];

describe('agent extraction', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(agents(sentence)).toEqual(expected);
  });

  it('spans the agent name itself', () => {
    const claim = claimsIn('A gunman opened fire on a crowd outside the nightclub early Sunday.').find((c) => c.kind === 'agent');
    expect(claim?.text).toBe('gunman');
  });
});
