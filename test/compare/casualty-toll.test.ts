import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import type { CasualtyValue } from '../../src/types.js';
import { documentFrom } from '../helpers/documents.js';

/** The toll one article gives for its event: the figure its finding carries, by type. */
function toll(text: string): Record<string, number> {
  const result = analyze([documentFrom(text, 'a.txt', '2024-06-02')]);
  const out: Record<string, number> = {};
  for (const f of result.findings) if (f.kind === 'casualty' && !f.slot.endsWith('.suspects')) out[(f.values[0]!.value as CasualtyValue).type] = (f.values[0]!.value as CasualtyValue).min;
  return out;
}

describe("a document's toll counts people, not mentions", () => {
  it('one victim described in three sentences is one killed', () => {
    expect(
      toll(
        'A 19-year-old man was shot and killed early Sunday outside a bar on Fulton Street, police said. ' +
          'Darnell Price, 19, was taken to County General Hospital, where he was pronounced dead. ' +
          'Price was a sophomore at the community college, his aunt said.',
      ),
    ).toEqual({ killed: 1 });
  });

  it('victims named in separate sentences add up to a counted claim', () => {
    const result = analyze([documentFrom('Tyrone Jones, 19, was killed on Elm Street late Friday. Marcus Reed, 22, also died in the shooting. Jones was a senior at Central High.', 'a.txt')]);
    const counted = result.claims.filter((c) => c.rule === 'casualty/people-counted').map((c) => c.value as CasualtyValue);
    expect(counted).toEqual([{ type: 'killed', min: 2, max: 2, who: 'Tyrone Jones, Marcus Reed' }]);
  });

  it('"two were killed and four others were injured" is four injured, not six', () => {
    expect(toll('Two were killed and four others were injured when a gunman opened fire at a cookout on Saturday.')).toEqual({ killed: 2, injured: 4 });
  });

  it('"Two are dead and two in critical condition" is two injured', () => {
    expect(toll('Two are dead and two in critical condition after a shooting on Maple Avenue, police said.')).toEqual({ killed: 2, injured: 2 });
  });

  it('of the people shot, the dead are not injured as well', () => {
    expect(toll('Three people were shot outside a bar early Sunday. One of them died at the hospital, police said.')).toEqual({ killed: 1, injured: 2 });
  });

  it('a victim shot, then dying, is killed and not injured', () => {
    expect(toll('A 16-year-old boy was shot Tuesday night on Grant Street. The boy died at the hospital on Wednesday.')).toEqual({ killed: 1 });
  });

  it('a later sentence counting part of the toll does not replace it', () => {
    expect(toll('Five people were wounded in a drive-by shooting on Sunday. Two of the victims are in critical condition.')).toEqual({ injured: 5 });
  });
});

describe('a victim first reported wounded, then dead in a later report', () => {
  const early = 'A 4-year-old girl was in critical condition Saturday after she was shot inside a home on Birch Street in Fairview, police said. Officers found the girl in a bedroom.';
  const later = 'A 4-year-old girl shot inside a home on Birch Street in Fairview died Sunday at the hospital, police said. Officers found the girl in a bedroom on Saturday.';
  const tolls = (earlyDate: string, laterDate: string) => {
    const result = analyze([documentFrom(early, 'early.txt', earlyDate), documentFrom(later, 'later.txt', laterDate)]);
    expect(result.grouping.events).toHaveLength(1);
    const out: Record<string, number[]> = {};
    for (const f of result.findings) if (f.kind === 'casualty') out[f.slot] = f.values.map((v) => (v.value as CasualtyValue).min);
    return out;
  };

  it('is killed, not injured as well', () => {
    expect(tolls('2024-06-01', '2024-06-02')).toEqual({ 'casualty.killed': [1] });
  });

  it('"four hurt" before "one dead and three injured" counted the dead among the hurt', () => {
    const result = analyze([
      documentFrom('Four men were hurt in a shooting at a gas station on Route 9 in Fairview early Sunday, police said. The men were taken to a hospital.', 'early.txt', '2024-06-03'),
      documentFrom('A shooting at a gas station on Route 9 in Fairview early Sunday left one man dead and three injured, police said. The men were taken to a hospital.', 'later.txt', '2024-06-04'),
    ]);
    expect(result.grouping.events).toHaveLength(1);
    const injured = result.findings.find((f) => f.slot === 'casualty.injured')!;
    expect(injured.values.map((v) => (v.value as CasualtyValue).min)).toEqual([3]);
  });

  it('keeps the injured when the report of the wound came after the report of the death', () => {
    expect(tolls('2024-06-03', '2024-06-02')).toEqual({ 'casualty.killed': [1], 'casualty.injured': [1] });
  });
});

describe('a roundup of several shootings', () => {
  const own = 'Three men were wounded in a shooting outside a bar on Cedar Avenue in Fairview on Saturday night, police said. The men were taken to a hospital.';
  const roundup = 'A man was shot and killed in Fairview on Saturday night, and three men were wounded in a shooting outside a bar on Cedar Avenue, police said.';

  it('does not vote when an article on the event gives its toll', () => {
    const result = analyze([documentFrom(own, 'own.txt', '2024-06-02'), documentFrom(`---\ntitle: "1 dead, 3 wounded in weekend shootings"\n---\n${roundup}`, 'roundup.md', '2024-06-02')]);
    expect(result.grouping.events).toHaveLength(1);
    const slots = Object.fromEntries(result.findings.filter((f) => f.kind === 'casualty').map((f) => [f.slot, f.values.map((v) => (v.value as CasualtyValue).min)]));
    expect(slots).toEqual({ 'casualty.injured': [3] });
  });
});

describe('kin words tell people apart', () => {
  it('a stepdaughter is a woman or girl: she and the man who shot her are two of the three shot', () => {
    expect(
      toll('Husband kills wife and stepdaughter in Fairview. Officers found three people with gunshot wounds. The man and the girl were rushed to a hospital where they later died.'),
    ).toEqual({ killed: 2, injured: 0 });
  });
});
