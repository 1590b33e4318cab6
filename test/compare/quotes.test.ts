import { describe, expect, it } from 'vitest';
import { alignQuotations, quoteRelation, sameSpeaker } from '../../src/compare/quotes.js';
import { analyze } from '../../src/pipeline.js';
import { documentFrom } from '../helpers/documents.js';

// [what, a, b, expected alignment]
const alignments: [string, string, string, 'same' | 'trimmed' | 'reworded' | 'unrelated'][] = [
  ['punctuation and case only', 'We will find who did this.', 'we will find who did this', 'same'],
  ['an apostrophe moved', "the Greek population's anger", "the Greek populations' anger", 'same'],
  ['an editorial bracket', 'It (the club) has had some challenges in the past', 'It has had some challenges in the past', 'same'],
  ['a shortened quote', 'Both of the U.S. service members are in stable condition.', 'service members are in stable condition', 'trimmed'],
  ['words left out without an ellipsis', 'That person is dangerous and needs to be found as soon as possible', 'That person needs to be found as soon as possible', 'trimmed'],
  ['an ellipsis', 'We will find them, and we will bring them to justice', 'We will find them … we will bring them to justice', 'trimmed'],
  ['a changed word', 'Both service members are in stable condition.', 'Both service members are in critical condition.', 'reworded'],
  ['the same sentence worded differently', 'It was just a lot of chaos, obviously, when the shots went off', 'A lot of chaos, obviously, when shots were fired', 'reworded'],
  ['two different things one speaker said', 'We can tell you without a doubt that we will find these guys', 'The important thing for him now is to turn himself in', 'unrelated'],
  ['two short remarks sharing little words', 'He was a good man', 'It was a good day for the city', 'unrelated'],
  ['British and American spelling, clock times', 'Police locked down the neighbourhood until 6:00 p.m.', 'Police locked down the neighborhood until 6 p.m.', 'same'],
  ['two remarks opening alike', 'There’s a lot of anger here', 'There’s a lot of crime in the neighborhood', 'unrelated'],
  ['a short remark inside another', 'Turn yourself in', 'Turn yourself in and this will end', 'trimmed'],
];

describe('aligning two quotations', () => {
  it.each(alignments)('%s', (_what, a, b, expected) => {
    expect(alignQuotations(a, b)).toBe(expected);
    expect(alignQuotations(b, a)).toBe(expected);
  });
});

describe('speakers', () => {
  it.each([
    ['Serpas', 'Ronal Serpas', true],
    ['Ronal Serpas', 'Ronal Serpas', true],
    ['police', 'Art Acevedo', true],
    ['the sheriff’s office', 'Thomas Gilliland', true],
    ['Police', 'John Cerar', true],
    ['Fire Officer', 'Peter Guest', true],
    ['Giannis Panagopoulos', 'Yiannis Panagopoulos', true],
    ['Art Acevedo', 'Martha Montalvo', false],
  ] as const)('%s and %s may be one speaker: %s', (a, b, same) => {
    expect(sameSpeaker(a, b)).toBe(same);
  });
});

describe('how two quotes relate', () => {
  const q = (speaker: string | null, quote: string) => ({ speaker, quote });
  it('a speaker saying two different things is no conflict', () => {
    expect(quoteRelation(q('Art Acevedo', 'We will find who did this'), q('Art Acevedo', 'Our hearts go out to the families tonight'))).toBe('compatible');
  });
  it('the same quotation reworded is a conflict', () => {
    expect(quoteRelation(q('Art Acevedo', 'Both officers are in stable condition'), q('Art Acevedo', 'Both officers are in critical condition'))).toBe('conflict');
  });
  it('the same quotation credited to two different people is a conflict', () => {
    expect(quoteRelation(q('Art Acevedo', 'We will find who did this and bring them to justice'), q('Martha Montalvo', 'We will find who did this and bring them to justice'))).toBe('conflict');
  });
  it('a speaker only inferred from "he" or "she" is no evidence of a misattribution', () => {
    const a = q('Art Acevedo', 'We will find who did this and bring them to justice');
    const b = q('Martha Montalvo', 'We will find who did this and bring them to justice');
    expect(quoteRelation(a, b, [true, false])).toBe('compatible');
  });
  it('a short phrase two people both use is no misattribution', () => {
    expect(quoteRelation(q('Buddy Dyer', 'We will not be defined by this act of terror'), q('Barack Obama', 'act of terror'))).toBe('compatible');
  });
  it('the same quotation once unattributed is no conflict', () => {
    expect(quoteRelation(q('Art Acevedo', 'We will find who did this and bring them to justice'), q(null, 'We will find who did this and bring them to justice'))).toBe('compatible');
  });
});

describe('quote findings', () => {
  const run = (...texts: string[]) => analyze(texts.map((t, i) => documentFrom(t, `${'abc'[i]}.txt`, '2024-05-12'))).findings.filter((f) => f.kind === 'quote');
  const lead = 'A gunman opened fire at a bar on Westheimer Road on Saturday night, killing two people, police said.';

  it('different things one speaker said in two articles do not contradict', () => {
    const findings = run(
      `${lead}\n\n"We will find who did this," Police Chief Art Acevedo said on Sunday.`,
      `${lead}\n\n"Our hearts go out to the families of the victims tonight," Police Chief Art Acevedo said.`,
    );
    expect(findings.filter((f) => f.status === 'contradict')).toEqual([]);
    expect(findings.map((f) => f.slot)).toEqual(['quote.Art Acevedo', 'quote.Art Acevedo']);
  });

  it('one quotation worded differently in two articles contradicts on its speaker’s slot', () => {
    const findings = run(
      `${lead}\n\n"Both officers are in stable condition at the hospital," Police Chief Art Acevedo said on Sunday.`,
      `${lead}\n\n"Both officers are in critical condition at the hospital," Police Chief Art Acevedo said.`,
    );
    expect(findings.filter((f) => f.status === 'contradict').map((f) => f.slot)).toEqual(['quote.Art Acevedo']);
  });

  it('one quotation credited to two different speakers is a misattribution', () => {
    const findings = run(
      `${lead}\n\n"We will find who did this and we will bring them to justice," Police Chief Art Acevedo said on Sunday.`,
      `${lead}\n\n"We will find who did this and we will bring them to justice," Mayor Sylvester Turner said.`,
    );
    const disputed = findings.filter((f) => f.status === 'contradict');
    expect(disputed).toHaveLength(1);
    expect(disputed[0]!.values.map((v) => (v.value as { speaker: string }).speaker).sort()).toEqual(['Art Acevedo', 'Sylvester Turner']);
    expect(disputed[0]!.values.map((v) => v.display).sort()).toEqual([
      'Art Acevedo: “We will find who did this and we will bring them to justice”',
      'Sylvester Turner: “We will find who did this and we will bring them to justice”',
    ]);
  });
});
