import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { documentFrom } from '../helpers/documents.js';

const findings = (...docs: [string, string | null, string][]) => analyze(docs.map(([id, published, text]) => documentFrom(text, id, published))).findings;

describe('sentences that state the event\'s own facts', () => {
  it('a later sentence placing the act elsewhere contradicts, though the article\'s first place agrees', () => {
    const place = findings(
      ['a.txt', '2023-09-17', 'Two men were wounded in a shooting outside a bar on Wayne Avenue in Dayton early Saturday, police said.'],
      ['b.txt', '2023-09-17', 'Two men were shot outside the Blue Note Tavern on Wayne Avenue in Dayton early Saturday, police said. The shooting in Cincinnati was the second at a bar this month.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).toBe('contradict');
    expect(place?.reason).toMatchObject({ code: 'different-places', level: 'city' });
  });

  // [what the second article says, its text, whether its place contradicts the first's Dayton]
  const placeStatements: [string, string, boolean][] = [
    ['thrown out of the club in another city, then the shooting', 'A man was shot dead outside a nightclub in Dayton early Sunday. The gunman may have been ejected from the Velvet Room nightclub in Springfield shortly before the 2:10 a.m. shooting.', true],
    ['a relative stationed in another state', 'A man was shot dead outside a nightclub in Dayton early Sunday. His father, stationed at a base in Maryland, flew home after the shooting.', false],
    ['driven from a motel in another city', 'A man was shot dead outside a nightclub in Dayton early Sunday. The gunman had driven from a motel in Springfield before the shooting, police said.', false],
  ];
  it.each(placeStatements)('a place statement: %s', (_what, text, contradicts) => {
    const place = findings(
      ['a.txt', '2023-09-17', 'A man was shot dead outside the Velvet Room nightclub in Dayton early Sunday, police said.'],
      ['b.txt', '2023-09-17', text],
    ).find((f) => f.slot === 'place');
    expect(place?.status === 'contradict').toBe(contradicts);
  });

  // [what the second article says, its text]: a label of a town, not where the act happened.
  const placeLabels: [string, string][] = [
    ['the outlet\'s town closing the page title', '---\ntitle: "Man shot dead outside nightclub - WXYZ News 7 | Springfield, OH"\n---\nA man was shot dead outside a nightclub in Dayton early Sunday, police said.'],
    ['a home town as a label of the suspect', '---\ntitle: "Springfield man charged in nightclub shooting"\n---\nA man was shot dead outside a nightclub in Dayton early Sunday, police said.'],
  ];
  it.each(placeLabels)('not a place statement: %s', (_what, text) => {
    const place = findings(
      ['a.txt', '2023-09-17', 'A man was shot dead outside the Velvet Room nightclub in Dayton early Sunday, police said.'],
      ['b.md', '2023-09-17', text],
    ).find((f) => f.slot === 'place');
    expect(place?.status).not.toBe('contradict');
  });

  it('a hospital in another city is not the scene', () => {
    const place = findings(
      ['a.txt', '2023-09-17', 'Two men were wounded in a shooting outside a bar on Wayne Avenue in Dayton early Saturday, police said.'],
      ['b.txt', '2023-09-17', 'Two men were shot outside a bar on Wayne Avenue in Dayton early Saturday. One was flown to a hospital in Cincinnati with injuries, police said.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).not.toBe('contradict');
  });

  it('a town a victim was taken to, named like a hospital, is not the scene, even where the story names no other place', () => {
    const place = findings(
      ['a.txt', '2023-09-17', 'Four people were wounded in a shooting at a home in Dayton early Saturday, police said.'],
      ['b.txt', '2023-09-17', 'Four people were wounded in a shooting at a home early Saturday. "Officers acted quickly in transporting the wounded girl to Springfield for emergency treatment," the police chief said.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).not.toBe('contradict');
  });

  it('a town a victim was taken to does not keep the police a source quotes from standing against another state', () => {
    const place = findings(
      ['a.txt', '2023-09-17', 'Four people were wounded in a shooting at a home in Boise early Saturday, police said.'],
      ['b.txt', '2023-09-17', 'Four people were wounded in a shooting at a home early Saturday. "Officers acted quickly in transporting the wounded girl to Knoxville for emergency treatment," said Dayton Police Chief John Smith.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).toBe('contradict');
  });

  it('a small town written with its state lies in that state, though the gazetteer knows a namesake elsewhere', () => {
    const inState = findings(
      ['a.txt', '2023-09-17', 'A Florida teen has been charged with killing his sister, police said. She was shot at home on Sunday.'],
      ['b.txt', '2023-09-17', 'A 10-year-old girl was fatally shot by her teen brother in Longmont, Fla., on Sunday.'],
    ).find((f) => f.slot === 'place');
    expect(inState?.status).not.toBe('contradict');
    const elsewhere = findings(
      ['a.txt', '2023-09-17', 'A 10-year-old girl was fatally shot by her teen brother in Wichita on Sunday.'],
      ['b.txt', '2023-09-17', 'A 10-year-old girl was fatally shot by her teen brother in Longmont, Fla., on Sunday.'],
    ).find((f) => f.slot === 'place');
    expect(elsewhere?.status).toBe('contradict');
  });

  it('the day of a charge is no day of the act, though the charge names the act', () => {
    const date = findings(
      ['a.txt', '2015-12-21', 'Four people were shot in a gun battle on Tuesday, Dec. 8, that left one man dead, police said.'],
      ['b.txt', '2015-12-21', 'Four people were shot in a gun battle on Tuesday, Dec. 8, that left one man dead. Police say they charged a 31-year-old man with murder on Saturday.'],
    ).find((f) => f.slot === 'date');
    expect(date?.status).not.toBe('contradict');
  });

  it('an earlier incident the story recalls ("came a day after …") gives no place of the act', () => {
    const place = findings(
      ['a.txt', '2023-09-17', 'A 1-year-old girl was accidentally shot in the hip in Brooklyn on Saturday, police said.'],
      ['b.txt', '2023-09-17', 'Parents were charged after their infant daughter was accidentally shot on Saturday. The incident came a day after a 3-year-old boy in Washington state was shot in the mouth by a neighbor.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).not.toBe('contradict');
  });

  it('a section of a city named like a town elsewhere is no other city', () => {
    const place = findings(
      ['a.txt', '2023-09-17', 'A boy, 8, was shot in Chicago on Tuesday, police said.'],
      ['b.txt', '2023-09-17', 'A boy, 8, was shot in Lawndale neighborhood on Tuesday, police said.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).not.toBe('contradict');
  });

  it('a later sentence about another victim, on another day, is another incident, not a contradiction', () => {
    const date = findings(
      ['a.txt', '2024-05-10', 'A shooting Thursday afternoon in Riverside left a 12-year-old boy and two men wounded, police said. An 8-year-old girl was shot in Eastwood on May 2, police said.'],
      ['b.txt', '2024-05-10', 'A 12-year-old boy was among three people wounded in a shooting Thursday in Riverside.'],
    ).find((f) => f.slot === 'date');
    expect(date?.status).not.toBe('contradict');
  });

  it('a date said of a death-penalty decision is not the day of the act', () => {
    const date = findings(
      ['a.txt', '2024-05-10', 'A gunman killed four people at the courthouse on March 11, 2005, police said. The prosecutor gambled on a death penalty decision when he denied an offer on May 2, 2006.'],
      ['b.txt', '2024-05-10', 'A gunman killed four people at the courthouse on March 11, 2005.'],
    ).find((f) => f.slot === 'date');
    expect(date?.status).not.toBe('contradict');
  });

  it('a roundup sentence opening with its hour is another incident too', () => {
    const place = findings(
      ['a.txt', '2024-05-10', 'Two men were shot Thursday night in Dayton, police said. About 1 p.m., a 23-year-old man was shot in Cincinnati.'],
      ['b.txt', '2024-05-10', 'Two men were wounded in a shooting Thursday night in Dayton.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).not.toBe('contradict');
  });

  it('a later sentence about the victim on another day still contradicts', () => {
    const date = findings(
      ['a.txt', '2024-05-10', 'A shooting Thursday afternoon in Riverside left a 12-year-old boy and two men wounded, police said. The boy was shot on May 2 while sitting on a porch, police said.'],
      ['b.txt', '2024-05-10', 'A 12-year-old boy was among three people wounded in a shooting Thursday in Riverside.'],
    ).find((f) => f.slot === 'date');
    expect(date?.status).toBe('contradict');
  });

  // [what the second article says, its text, whether its police contradict the first's Dayton]
  const policeOf: [string, string, boolean][] = [
    ['the police of a city in another state investigate', 'Two men were wounded in a shooting outside a bar early Saturday, according to a Louisville Police Department spokesman.', true],
    ['a metropolitan police of a city in another state', 'Two men were wounded in a shooting outside a bar early Saturday, according to the Louisville Metro Police Department.', true],
    ['the police of a city in the same state', 'Two men were wounded in a shooting outside a bar early Saturday, according to a Cincinnati Police spokesman.', false],
    ['the police of the same city', 'Two men were wounded in a shooting outside a bar early Saturday, Dayton Police said.', false],
    ['the police of a city in another state, in a story that itself places the act there', 'Two men were wounded in a shooting outside a bar in Dayton early Saturday. In Louisville, Louisville Police Department officers are reviewing how they handle such calls.', false],
    ['a state police, not a city\'s', 'Two men were wounded in a shooting outside a bar early Saturday, Indiana State Police said.', false],
  ];
  it.each(policeOf)('a city police department: %s', (_what, text, contradicts) => {
    const place = findings(
      ['a.txt', '2023-09-17', 'Two men were wounded in a shooting outside a bar on Wayne Avenue in Dayton early Saturday.'],
      ['b.txt', '2023-09-17', text],
    ).find((f) => f.slot === 'place');
    expect(place?.status === 'contradict').toBe(contradicts);
    if (contradicts) expect(place?.reason).toMatchObject({ code: 'different-places', level: 'police' });
  });

  it('a smaller count in a later sentence is a part, not a contradiction', () => {
    const injured = findings(
      ['a.txt', '2023-09-17', 'Five people were wounded in a shooting outside a bar in Dayton early Saturday, police said.'],
      ['b.txt', '2023-09-17', 'Five people were wounded in a shooting outside a bar in Dayton early Saturday. Two of the wounded were in critical condition, police said.'],
    ).find((f) => f.slot === 'casualty.injured');
    expect(injured?.status).toBe('agree');
  });
});

describe('named victims', () => {
  it('two names for the one person killed contradict', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'Marcus Dell, 11, was shot and killed on the porch of his home on Sunday evening, police said. One boy was killed.'],
      ['b.txt', '2024-06-10', 'An 11-year-old boy was killed on a porch on Sunday evening. The victim, Darius Webb, died at the hospital, police said.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.status).toBe('contradict');
    expect(victims?.reason).toMatchObject({ code: 'too-many-dead', people: 1 });
  });

  it('a victim the medical examiner identified is one of the dead: two such names for the one killed contradict', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'One man was killed and four people were wounded in a shooting on Sunday, police said. The dead man is identified as 23-year-old Marcus Dell.'],
      ['b.txt', '2024-06-10', 'One man was killed and four people were wounded in a shooting on Sunday, police said. He was identified as Darius Webb, of the 8400 block of South Elm Street, by the county medical examiner\'s office.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.status).toBe('contradict');
    expect(victims?.reason).toMatchObject({ code: 'too-many-dead', people: 1 });
  });

  it('victims named as "identified … as the man who died" and "the shooting death of <town> club owner X" count', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'One man was killed in a shooting outside a club on Sunday, police said. Errol Vance is charged in the shooting death of Mount Vernon club owner Marcus Dell.'],
      ['b.txt', '2024-06-10', 'One man was killed in a shooting outside a club on Sunday, police said. Darius Webb was identified by police on Monday as the man who died in the shooting.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.values.map((v) => v.display).sort()).toEqual(['Darius Webb', 'Marcus Dell']);
    expect(victims?.status).toBe('contradict');
  });

  it('names after "the deaths of" are victims', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'Two people were killed in a shooting on Sunday evening, police said. Ray Colton was charged in the deaths of 31-year-old Marcus Dell and 33-year-old Darius Webb.'],
      ['b.txt', '2024-06-10', 'Two people were killed on a porch on Sunday evening. Marcus Dell died at the hospital, police said.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.values.map((v) => v.display).sort()).toEqual(['Darius Webb', 'Marcus Dell']);
    expect(victims?.status).not.toBe('contradict');
  });

  it('"A and B were identified as the victims who died" names both', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'Two people were killed in a shooting on Sunday evening, police said. Marcus Dell and Darius Webb were identified by police on Monday as the victims who died.'],
      ['b.txt', '2024-06-10', 'Two people were killed on a porch on Sunday evening. Marcus Dell died at the hospital, police said.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.values.map((v) => v.display).sort()).toEqual(['Darius Webb', 'Marcus Dell']);
  });

  it('the wounded named after "shot dead and" are not dead, and a shortened double surname is the same victim', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'One woman was killed in the office shooting on Monday, police said. The receptionist, Ana Ortiz, was shot dead and two managers, Paul Riva and Alan Stein, were wounded.'],
      ['b.txt', '2024-06-10', 'One woman was killed in the office shooting on Monday. Ana Ortiz-Lopez died at the scene, police said. Ana Ortiz was 63.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.status).not.toBe('contradict');
  });

  it('two names for two people killed do not', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'Two people were killed in a shooting on Sunday evening, police said. Marcus Dell, 41, was shot and killed on his porch.'],
      ['b.txt', '2024-06-10', 'Two people were killed on a porch on Sunday evening. The victim, Darius Webb, died at the hospital, police said.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.status).not.toBe('contradict');
  });
});

describe('named victims by age', () => {
  it('a name one source gives to the victim of the age another source gives a differently named victim contradicts', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'Marco Vale, 16, was shot and killed in Bridgeport on Friday, police said. Two other teens were hurt.'],
      ['b.txt', '2024-06-11', 'A 17-year-old is charged in the killing of his friend Daniel Ortega, 16, who was shot in Bridgeport on Friday.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.status).toBe('contradict');
    expect(victims?.reason).toMatchObject({ code: 'different-names', age: 16 });
  });

  it('a victim named short ("Ana Ortiz" for "Ana Ortiz-Lopez, 20") is the same victim of that age', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'Ana Ortiz-Lopez, 20, was shot and killed in Bridgeport on Friday, police said. Two other teens were hurt.'],
      ['b.txt', '2024-06-11', 'A 17-year-old is charged in the killing of his friend Ana Ortiz, 20, who was shot in Bridgeport on Friday.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.status).not.toBe('contradict');
  });

  it('a suspect named beside the victim is not a second victim', () => {
    const victims = findings(
      ['a.txt', '2024-06-10', 'Marcus Dell, 41, was shot and killed on his porch on Sunday evening, police said. One man was killed.'],
      ['b.txt', '2024-06-10', 'One man was killed on a porch on Sunday evening. Marcus Dell died at the hospital. Suspect Ray Colton, 30, was charged with murder in the killing.'],
    ).find((f) => f.slot === 'person.victims');
    expect(victims?.status).not.toBe('contradict');
  });
});

describe('datelines', () => {
  it('a dateline is the place of the act its lead tells when the lead names no other place', () => {
    const place = findings(
      ['a.txt', '2023-09-17', 'DAYTON (AP) — Two men were wounded in a shooting outside a bar early Saturday, police said.'],
      ['b.txt', '2023-09-17', 'SPRINGFIELD (AP) — Two men were wounded in a shooting outside a bar early Saturday, police said.'],
      ['c.txt', '2023-09-17', 'Two men were wounded in a shooting outside a bar on Wayne Avenue in Dayton early Saturday, police said.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).toBe('contradict');
  });

  it('a dateline whose lead names another city is where the story was filed, not a contradiction', () => {
    const place = findings(
      ['a.txt', '2023-09-17', 'COLUMBUS (AP) — Police are looking for a gunman after two men were wounded in a shooting outside a bar in Dayton early Saturday.'],
      ['b.txt', '2023-09-17', 'Two men were wounded in a shooting outside a bar on Wayne Avenue in Dayton early Saturday, police said.'],
    ).find((f) => f.slot === 'place');
    expect(place?.status).not.toBe('contradict');
  });
});
