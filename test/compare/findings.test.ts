import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { documentFrom } from '../helpers/documents.js';

const finding = (slot: string, ...docs: [string, string, string][]) => {
  const result = analyze(docs.map(([id, published, text]) => documentFrom(text, id, published)));
  return result.findings.find((f) => f.slot === slot);
};

describe('findings across documents', () => {
  it('a later report revising the toll is an update, and says which figure is latest', () => {
    const f = finding(
      'casualty.injured',
      ['a.txt', '2015-08-10', 'HOUSTON — Four people were injured in a shooting at a Westheimer Road bar on Sunday night, police said.'],
      ['b.txt', '2015-08-11', 'HOUSTON — Five people were injured in a shooting at a Westheimer Road bar on Sunday night, police said; a fifth victim was found later.'],
    );
    expect(f?.status).toBe('update');
    expect(f?.values[f.latest!]?.display).toBe('5');
  });

  it('copies of one value are related once: the status is the same as for one copy of each', () => {
    // Many copies of one story (one wire story in many papers) made comparison quadratic.
    const story = (n: number) => `HOUSTON — ${n} people were injured in a shooting at a Westheimer Road bar on Sunday night, police said.`;
    const copies = (n: number, published: string, count: number) => Array.from({ length: count }, (_, i) => [`${published}-${n}-${i}.txt`, published, story(n)] as [string, string, string]);
    expect(finding('casualty.injured', ...copies(4, '2015-08-10', 40))?.status).toBe('agree');
    const revised = finding('casualty.injured', ...copies(4, '2015-08-10', 30), ...copies(5, '2015-08-11', 30));
    expect(revised?.status).toBe('update');
    expect(revised?.values[revised.latest!]?.display).toBe('5');
    // One copy of the other figure published the same day as the rest: not ordered in time.
    expect(finding('casualty.injured', ...copies(4, '2015-08-10', 30), ...copies(5, '2015-08-11', 29), ...copies(5, '2015-08-10', 1))?.status).toBe('contradict');
  });

  it('"the death toll rose to 8" in a later story updates "seven killed"', () => {
    const f = finding(
      'casualty.killed',
      ['a.txt', '2016-05-30', 'HOUSTON — Seven people were killed in a shooting at a Westheimer Road bar on Sunday night, police said.'],
      ['b.txt', '2016-06-01', 'HOUSTON — The death toll from the shooting at a Westheimer Road bar on Sunday night rose to 8 after a victim died in hospital, police said.'],
    );
    expect(f?.status).toBe('update');
    expect(f?.values[f.latest!]?.display).toBe('8');
  });

  it('a toll rising from 10 to 15 over two days is one update, not also a quantity contradiction', () => {
    const result = analyze([
      documentFrom('A gunman killed 10 people at a parade in Oak Grove on Saturday, police said. About 300 people were watching the parade.', 'a.txt', '2024-05-11'),
      documentFrom('The toll from the parade shooting in Oak Grove on Saturday rose to 15 people killed, police said, as investigators said two people opened fire.', 'b.txt', '2024-05-12'),
    ]);
    const alarms = result.findings.filter((f) => f.status === 'contradict' || f.status === 'update').map((f) => `${f.slot} ${f.status}`);
    expect(alarms).toEqual(['casualty.killed update']);
  });

  it('a dateline from another city is not the event place; a dateline alone still is', () => {
    const slot = (...docs: [string, string, string][]) => finding('place', ...docs);
    const filedElsewhere = slot(
      ['a.txt', '2024-05-12', 'DENVER (AP) — Two people were shot dead at a bowling alley in Phoenix on Saturday, police said.'],
      ['b.txt', '2024-05-12', 'Two people were shot dead at a bowling alley in Phoenix on Saturday night, police said.'],
    );
    expect(filedElsewhere?.status).toBe('agree');
    const datelineOnly = slot(
      ['a.txt', '2024-05-12', 'DENVER (AP) — Two people were shot dead at a bowling alley on Saturday, police said.'],
      ['b.txt', '2024-05-12', 'Two people were shot dead at a bowling alley in Phoenix on Saturday night, police said.'],
    );
    expect(datelineOnly?.status).toBe('contradict');
  });

  it('the same day told twice agrees; different counts on the same day contradict', () => {
    const agree = finding(
      'casualty.killed',
      ['a.txt', '2016-05-29', 'HOUSTON — Two people were killed in a shooting at a Westheimer Road bar on Sunday, police said.'],
      ['b.txt', '2016-05-29', 'HOUSTON — Two people were killed in a shooting at a Westheimer Road bar on Sunday, police said.'],
    );
    expect(agree?.status).toBe('agree');
    const contradict = finding(
      'casualty.killed',
      ['a.txt', '2016-05-29', 'HOUSTON — Two people were killed in a shooting at a Westheimer Road bar on Sunday, police said.'],
      ['b.txt', '2016-05-29', 'HOUSTON — Three people were killed in a shooting at a Westheimer Road bar on Sunday, the hospital said.'],
    );
    expect(contradict?.status).toBe('contradict');
    expect(contradict?.values.flatMap((v) => v.attributions).sort()).toEqual(['police', 'the hospital']);
  });
});

describe('independence', () => {
  it('copies of one wire story count as one source', () => {
    const story = 'CHICAGO (AP) — Two men were shot and wounded early Sunday in the 9000 block of South Ashland Avenue, police said. Both were taken to Christ Hospital in fair condition. No one is in custody and detectives are investigating.';
    const result = analyze([
      documentFrom(story, 'a.txt', '2016-05-29'),
      documentFrom(`${story} Copyright 2016 The Associated Press.`, 'b.txt', '2016-05-29'),
      documentFrom('Two men were wounded in a shooting on South Ashland Avenue early Sunday, a police spokesman told the Sun-Times. Officers found both men on the sidewalk.', 'c.txt', '2016-05-29'),
    ]);
    const event = result.grouping.events[0]!;
    expect(event.documents).toHaveLength(3);
    expect(result.eventSources[event.id]).toBe(2);
    const injured = result.findings.find((f) => f.slot === 'casualty.injured')!;
    expect(injured.values[0]!.documents).toHaveLength(3);
    expect(injured.values[0]!.sources).toBe(2);
  });
});

describe('named victims', () => {
  it('documents naming the same person as killed agree on the victims slot', () => {
    const f = finding(
      'person.victims',
      ['a.txt', '2015-11-03', 'CHICAGO — Tyrone Jones, 9, was shot and killed in a South Side alley on Monday afternoon, police said.'],
      ['b.txt', '2015-11-04', 'Police are searching for the gunman who killed Tyrone Jones in a South Side alley on Monday afternoon.'],
    );
    expect(f?.status).toBe('agree');
    expect(f?.values[0]?.display).toBe('Tyrone Jones');
  });
});

describe('groups counted apart', () => {
  it('suspects killed are a slot of their own, not the victims’ toll', () => {
    const result = analyze([
      documentFrom('HOUSTON — Three people were killed in a shooting at a Westheimer Road bar on Sunday, and the gunman was killed by police.', 'a.txt', '2016-05-29'),
      documentFrom('HOUSTON — Three people were killed in a shooting at a Westheimer Road bar on Sunday; one suspect was killed by officers.', 'b.txt', '2016-05-29'),
    ]);
    const slots = Object.fromEntries(result.findings.filter((f) => f.kind === 'casualty').map((f) => [f.slot, f.values.map((v) => v.display)]));
    expect(slots['casualty.killed']).toEqual(['3']);
    expect(slots['casualty.killed.suspects']).toEqual(['1']);
  });
});
