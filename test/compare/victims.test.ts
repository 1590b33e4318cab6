import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline.js';
import { distinctVictims, namedNonVictims, namedVictims, spelledApart } from '../../src/compare/victims.js';
import { standingAlone } from '../../src/compare/victim-surnames.js';
import type { FindingValue } from '../../src/types.js';
import { documentFrom } from '../helpers/documents.js';

type Doc = [id: string, published: string | null, text: string];
const result = (...docs: Doc[]) => analyze(docs.map(([id, published, text]) => documentFrom(text, id, published)));
const victimsFinding = (...docs: Doc[]) => result(...docs).findings.find((f) => f.slot === 'person.victims');
const victimsOf = (text: string) => {
  const doc = result(['a.txt', '2024-06-10', text]).documents[0]!;
  return namedVictims(doc).map((c) => (c.value as { name: string }).name);
};

// [sentence, the names it gives as killed or hurt]
const named: Array<[string, string[]]> = [
  // "identified the <ordinal> deceased victim … as"
  ['The medical examiner on Tuesday identified the second deceased victim in the crash as Harold Penn.', ['Harold Penn']],
  // an abbreviation does not end the list of the dead; a place word in a surname with an age is still a name
  ['Officials identified the dead as Omar Little Jr., 12; Serenity Laredo, 8; and Paul Grant, 44.', ['Omar Little Jr.', 'Serenity Laredo', 'Paul Grant']],
  // kin words inside the list
  ['Those killed were identified as her husband Samuel Price, 52; and their children Noah, 10; and Ella, 8.', ['Samuel Price', 'Noah', 'Ella']],
  // a list of victims past where each lived
  ['He is charged in the deaths of Ivan Cole, 22, and Rita Vance, 25, both of the 200 block of Maple Street, and 30-year-old Leon Hart, of Fairview.', ['Ivan Cole', 'Rita Vance', 'Leon Hart']],
  // the killer's who is "accused of shooting" someone names a victim, not a suspect
  ['Tomas Reyes, 41, is accused of shooting Lena Reyes and their sons in their home.', ['Lena Reyes']],
  // where the victim lived, between the name and the verb
  ['Omar Little, 24, of the 600 block of West Elm Street, was shot in the back, police said.', ['Omar Little']],
  // taken to a hospital, where they died
  ['Police said 26-year-old Harold Penn was rushed to a nearby hospital but later died of his injuries.', ['Harold Penn']],
  // a gunshot wound suffered
  ['When officers arrived, they learned Harold Penn had suffered a single gunshot wound.', ['Harold Penn']],
  ['Deputies found 17-year-old Harold Penn suffering from a gunshot wound in the parking lot.', ['Harold Penn']],
  ['Ella Price was taken to Riverside Children\'s Hospital Friday night after suffering serious injury from a gunshot wound to the head.', ['Ella Price']],
  ['Harold Penn was taken to the county jail after the shooting and booked on a murder charge.', []],
  ['Ella Price was taken to Riverside Children\'s Hospital Friday night after being injured at a home on Algonquin Road.', ['Ella Price']],
  // a small child's age in months, or "age 7", between the name and the verb
  ['Investigators say Ella Price, age 17 months, suffered a single gunshot wound from a handgun.', ['Ella Price']],
  ['Noah Price, 23 months, was shot in the chest, police said.', ['Noah Price']],
  ['Omar Little, age 7, was shot in the leg.', ['Omar Little']],
  ['Talia Bowen,20, of Dayton died at the scene.', ['Talia Bowen']],
  // treated and released, or kept on life support
  ['Harold Penn was treated and released, but Omar Little remained on life support until Thursday.', ['Harold Penn', 'Omar Little']],
  // struck by a bullet; counted as the year's homicide victim; shot to death; "Killed were …"
  ['Lena Marsh was struck in the upper left thigh by a bullet.', ['Lena Marsh']],
  ["Police say Darius Kemp is the city's 48th homicide victim so far this year.", ['Darius Kemp']],
  ['Police said the man then entered the home and shot to death Rosa Mena and her daughter, Ana Ortiz, 28.', ['Rosa Mena', 'Ana Ortiz']],
  ['Killed were 25-year-old Harold Penn of Fairview and 23-year-old Omar Little of Dayton.', ['Harold Penn', 'Omar Little']],
  // a wound of any kind; "the other victims are"; "the shootings of"; a list joined by commas; "the two men killed"
  ['Lena Marsh, 24, of Dayton suffered a non-life threatening gunshot wound.', ['Lena Marsh']],
  ['The other victims are Lena Marsh, 24, who was treated and released.', ['Lena Marsh']],
  ['Lena Marsh suffered no gunshot wounds, police said.', []],
  ['He faces charges in the shootings of Harold Penn, Lena Marsh and 1-year-old Omar Little.', ['Harold Penn', 'Lena Marsh', 'Omar Little']],
  ['The victims were Harold Penn, Lena Marsh and Omar Little.', ['Harold Penn', 'Lena Marsh', 'Omar Little']],
  ['The coroner identified the two men killed as Harold Penn, 22, and Omar Little, 24.', ['Harold Penn', 'Omar Little']],
  // the one who says so, after a clause about the shooting, is no victim
  ['There were other people inside the home when the shooting happened, Harold Penn said.', []],
  ['Two people were killed Saturday, Lena Marsh told reporters.', []],
  // where someone was killed is no one killed
  ['Teen killed in Amber Creek the day before his birthday.', []],
  // identified by a noun other than "victim", or by the medical examiner
  ['The county medical examiner identified the 25-year-old as Harold Penn, of Fairview.', ['Harold Penn']],
  ['Relatives identified the girl to reporters as Ella Price.', ['Ella Price']],
  ["The county medical examiner's office identified him as Harold Penn.", ['Harold Penn']],
  ["He was identified as Harold Penn, of the 800 block of Elm Street, by the county medical examiner's office.", ['Harold Penn']],
  ['Police identified three of the victims: 14-year-old Ella Price, 15-year-old Noah Price and 20-year-old Omar Little.', ['Ella Price', 'Noah Price', 'Omar Little']],
  // a life claimed
  ["The drive-by came days after a shooting outside a bar that claimed the life of Harold Penn.", ['Harold Penn']],
  // the kin the story says was shot, named in another sentence: "the wife is …"
  ['Police said a man shot his wife and stepdaughter before turning the gun on himself. The husband has been identified as Paul Grant and the wife is Rosa Grant.', ['Rosa Grant']],
  ['A man killed his girlfriend in Fairview on Sunday, police said. The girlfriend was identified as Ella Price, 31.', ['Ella Price']],
  // a kin word with no one of that kin shot is no victim
  ['A man was shot outside a bar in Fairview on Sunday. The wife is Rosa Grant, a teacher at the school.', []],
  // not victims: someone taken to jail, a suspect identified, a name found in records
  ['Harold Penn was taken to the county jail and booked on a murder charge.', []],
  ['Police identified the suspect as Harold Penn, who was arrested Sunday.', []],
  ['Investigators found Harold Penn had bought the gun a week earlier.', []],
  // an earlier death the shooting avenged
  ['Police believe the shooting was in retaliation for the killing of 22-year-old Omar Little last week.', []],
  // a verb between the act and the name: the name is the speaker's
  ['Asked whether the shooting was an accident, Harold Penn said he did not know.', []],
  // pronounced deceased; where the victim was when someone opened fire
  ['Officials confirmed that 17-year-old Harold Penn was pronounced deceased at the scene.', ['Harold Penn']],
  ['Ella Price was sitting on a porch in the 4100 block of West Elm Street with her father when two men walked out of a gangway and started shooting, police said.', ['Ella Price']],
  ['Omar Little was standing outside about 10:30 p.m. when two males walked up and opened fire.', ['Omar Little']],
  ['Omar Little was standing outside the store when he opened fire on the crowd.', []],
  ['Omar Little was driving home when he heard that officers had fired at a car downtown.', []],
  // not the one the gunman meant to hit: hit all the same
  ['Her father said an argument outside their apartment led to the shooting, but his daughter, Ella Price, was not the intended target.', ['Ella Price']],
  ['Police said the man known as Harold Penn likely was not the intended target.', ['Harold Penn']],
  // found by officers, then identified
  ['They found a female, later identified as Rosa Mena, just inside the apartment with a gunshot wound to the leg.', ['Rosa Mena']],
  ['Police identified the suspect, a male, as Paul Grant.', []],
  // the killer is no victim
  ['Police identified the victim\'s killer as Walter Greene.', []],
  // named in full once, then shot by surname: the one person of that surname the story names in full
  ['Dana Pike had just come home from work on Sunday. Pike, of the 700 block of Elm Street, was shot in the back.', ['Dana Pike']],
  ['Dana Pike had just come home from work. Neighbors found Pike suffering from a gunshot wound.', ['Dana Pike']],
  // two people of that surname: the surname alone may be either
  ['Dana Pike was at home with her father, Kevin Pike, on Sunday night. Pike was shot in the back.', ['Pike']],
  // the surname as the one who shot, or as someone's kin
  ['Dana Pike, 30, was arrested on Sunday. Police said Pike shot the man twice.', []],
  ['Dana Pike spoke at the vigil a week after the deaths of Pike\'s two cousins on Elm Street.', []],
];

describe('named victims', () => {
  it.each(named)('%s', (text, expected) => {
    expect(victimsOf(text)).toEqual(expected);
  });

  it('a surname alone that a suspect shares with the victim does not make the victim a suspect', () => {
    const doc = result(['a.txt', '2024-06-10', 'Lena Reyes, 38, was shot and killed in her home on Saturday. Reyes was arrested in Yuma on Monday.']).documents[0]!;
    expect([...namedNonVictims(doc)]).not.toContain('Lena Reyes');
  });

  // [sentence, the names it gives as a suspect, official or speaker]
  const nonVictims: [string, string[]][] = [
    ['Fairview police said 46-year-old Paul Grant shot his wife Rosa and then himself.', ['Paul Grant']],
    ['Paul Grant, 24, shot in the leg on Sunday, was taken to Fairview Hospital.', []],
    // an officer, deputy or chief the story says was shot is a victim; one who speaks is not
    ['Officer Lena Marsh was shot and killed while responding to a domestic disturbance call.', []],
    ['Sheriff\'s Deputy Omar Little, 45, died Wednesday after being hit in the neck.', []],
    ['Police Chief Harold Penn said the gunman fled on foot.', ['Harold Penn']],
    ['Officer Lena Marsh shot the man after he raised a rifle, police said.', ['Lena Marsh']],
  ];
  it.each(nonVictims)('not a victim: %s', (text, expected) => {
    const doc = result(['a.txt', '2024-06-10', text]).documents[0]!;
    expect([...namedNonVictims(doc)]).toEqual(expected);
  });

  it('a surname alone that normalizing read as another source\'s full name does not make that name this source\'s victim', () => {
    const text = 'Omar Little spoke at the vigil with Pike. Later that night, Pike was shot in the back.';
    const doc = result(['a.txt', '2024-06-10', text]).documents[0]!;
    const little = doc.claims.find((c) => c.kind === 'person')!;
    const start = text.indexOf('Pike');
    // the first "Pike" as normalizing gives it when one other document names "Dana Pike" in full
    const pike = { ...little, id: `${little.id}-pike`, text: 'Pike', value: { ...(little.value as object), name: 'Dana Pike' }, span: { ...little.span, start, end: start + 4 } };
    doc.claims.push(pike as typeof little);
    expect(namedVictims(doc).map((c) => (c.value as { name: string }).name)).not.toContain('Dana Pike');
    // written in full in the document, the surname's sentence names it as shot
    const own = result(['a.txt', '2024-06-10', 'Dana Pike spoke at the vigil. Pike was shot in the back.']).documents[0]!;
    expect(namedVictims(own).map((c) => (c.value as { name: string }).name)).toContain('Dana Pike');
  });

  it('"accused of shooting X": X is not a suspect', () => {
    const doc = result(['a.txt', '2024-06-10', 'Tomas Reyes, 41, is accused of shooting Lena Reyes and their sons in their home.']).documents[0]!;
    expect([...namedNonVictims(doc)]).toEqual(['Tomas Reyes']);
  });
});

// [one name, another, whether they are one name spelled two ways]
const spellings: Array<[string, string, boolean]> = [
  ['Jerold Penn', 'Gerold Penn', true],
  ['Isabela Price', 'Isabella Price', true],
  ['Ela Price', 'Ella Price', false],
  ['Kayla Marsh', 'Akayla Marsh', true],
  ['Dana Pike', 'Dana Pike', false],
  ['Jerold Penn', 'Gerold Pens', false],
  ['Ana Price', 'Ava Price', false],
  ['Noah Price', 'Ella Price', false],
  ['Harold Penn', 'Harold Penn Jr.', false],
];

// [one name, another, letters the differing word must have, whether they are one name spelled two ways]
const longSpellings: Array<[string, string, number, boolean]> = [
  ['Lyndella Penn', 'Lindella Penn', 6, true],
  ['Dana Pike', 'Dina Pike', 6, false],
];

describe('one name spelled two ways', () => {
  it.each(spellings)('%s / %s', (a, b, expected) => {
    expect(spelledApart(a, b)).toBe(expected);
  });

  it.each(longSpellings)('%s / %s, %i letters', (a, b, letters, expected) => {
    expect(spelledApart(a, b, letters)).toBe(expected);
  });

  it('one source that spells a long first name two ways names one person', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'A girl was wounded on Birch Lane in Fairview on Saturday. Police said 10-year-old Lyndella Penn was shot in the arm.'],
      ['b.txt', '2024-06-10', 'A girl was wounded on Birch Lane in Fairview on Saturday. Police said 10-year-old Lyndella Penn was shot in the arm. Gerald Grant was arrested for the shooting of 10-year-old Lindella Penn.'],
    );
    expect(victims?.status).not.toBe('contradict');
  });

  it('a place read as a name is no one named as a victim', () => {
    const value = (name: string, documents: string[]) => ({ value: { name }, display: name, claims: [], documents, attributions: [], hedged: false, sources: documents.length });
    const names = distinctVictims([value('Ella Price', ['a.txt', 'b.txt']), value('Prince Edwin County', ['b.txt']), value('Mt. Alder', ['a.txt']), value('Omar Little', ['a.txt'])] as FindingValue[]);
    expect(names.map((v) => v.display)).toEqual(['Ella Price', 'Omar Little']);
  });

  it('two sources that spell a victim\'s first name differently name one person, not more than the toll', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Two men were wounded in a shooting on Birch Lane in Fairview on Saturday. Jerold Penn, 30, was shot in the leg. Omar Little, 24, was shot in the arm.'],
      ['b.txt', '2024-06-10', 'Two men were wounded in a shooting on Birch Lane in Fairview on Saturday. Gerold Penn was shot in the leg. Omar Little was shot in the arm.'],
    );
    expect(victims?.status).not.toBe('contradict');
  });
});

describe('two names for one victim', () => {
  it('an age written "20 year-old" is the age another source gives a differently named victim', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Five people were shot at a party on Birch Lane in Fairview on Sunday. Police identified the victims: 14-year-old Ella Price, 18-year-old Noah Price and 20 year-old Harold Penn.'],
      ['b.txt', '2024-06-10', 'Five people were shot at a party on Birch Lane in Fairview on Sunday. Another victim, 20-year-old Omar Little, had two surgeries and is in critical condition.'],
    );
    expect(victims?.status).toBe('contradict');
    expect(victims?.reason).toMatchObject({ code: 'different-names', age: 20 });
  });

  it('a first name alone in a list of the dead, of the age another source gives a differently named victim', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Eight people were killed in a house in Brookfield on Saturday. Officials identified the dead as Noah Price, 10; Omar Little, 9; and Samuel Price, 52.'],
      ['b.txt', '2024-06-10', 'Eight people were killed in a house in Brookfield on Saturday. Those killed were identified as her husband Samuel Price, 52; and their children Noah, 10; and Ella, 9.'],
    );
    expect(victims?.status).toBe('contradict');
    expect(victims?.reason).toMatchObject({ code: 'different-names', age: 9 });
    expect(victims?.values.map((v) => v.display)).toEqual(expect.arrayContaining(['Ella', 'Omar Little']));
  });

  it('the same first name with the same age is the same child', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Eight people were killed in a house in Brookfield on Saturday. Officials identified the dead as Noah Price, 10; Ella Price, 9; and Samuel Price, 52.'],
      ['b.txt', '2024-06-10', 'Eight people were killed in a house in Brookfield on Saturday. Those killed were identified as her husband Samuel Price, 52; and their children Noah, 10; and Ella, 9.'],
    );
    expect(victims?.status).not.toBe('contradict');
  });

  it('the wife one source names and the mother of the children shot another names otherwise contradict', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Police in Fairview said Tomas Reyes, 41, shot and killed his wife, Lena Reyes, and their three daughters on Saturday.'],
      ['b.txt', '2024-06-11', 'Tomas Reyes, 41, is accused of shooting Marta Solis and their daughters in their Fairview home on Saturday.'],
    );
    expect(victims?.status).toBe('contradict');
    expect(victims?.reason).toMatchObject({ code: 'different-names', relation: 'spouse' });
  });

  it('two victims of one age, both named by one source, are two people', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Three people were killed in a shooting in Fairview on Saturday. Killed were 25-year-old Paul Grant of Elmwood, 23-year-old Rosa Mena of Oakdale and 23-year-old Ella Price of Fairview, police said.'],
      ['b.txt', '2024-06-10', 'Three people were killed in a shooting in Fairview on Saturday. The three victims were identified by police as 25-year-old Paul Grant; 23-year-old Rosa Mena; and Ella Price.'],
    );
    expect(victims?.status).not.toBe('contradict');
  });

  it('a second name for the victim of one age, in another sentence of the same source, still contradicts', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'One woman was killed in a shooting in Fairview on Saturday. Rosa Mena, 23, was shot and killed outside her home, police said. Photo: Ella Price, 23, was shot outside her home.'],
      ['b.txt', '2024-06-10', 'One woman was killed in a shooting in Fairview on Saturday. Ella Price, 23, died at the scene, police said.'],
    );
    expect(victims?.status).toBe('contradict');
    expect(victims?.reason).toMatchObject({ code: 'different-names', age: 23 });
  });

  it('the wounded of "intent to murder in the shootings of" are not named as dead', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'One woman was killed in a shooting at an office in Fairview on Monday. The receptionist, Rosa Mena, was shot dead.'],
      ['b.txt', '2024-06-10', 'One woman was killed in a shooting at an office in Fairview on Monday. Two managers, Paul Grant and Omar Little, were wounded. He is charged with murder in the death of Mena, 63, and intent to murder in the shootings of Grant, 47, and Little, 48.'],
    );
    expect(victims?.status).not.toBe('contradict');
  });

  it('a first name shortened is the same victim of that age', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'One man was killed in a shooting in Fairview on Saturday. Christopher Dell, 25, was shot and killed outside his home, police said.'],
      ['b.txt', '2024-06-10', 'One man was killed in a shooting in Fairview on Saturday. Chris Dell, 25, died at the scene, police said.'],
    );
    expect(victims?.status).not.toBe('contradict');
  });

  it('sources that all name the same victims do not contradict, though the toll counts fewer', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Two people were killed in a house fire and shooting in Fairview on Saturday. Police identified the victims as Paul Grant, 69, Rosa Grant, 68, and Ella Price, 16.'],
      ['b.txt', '2024-06-10', 'Two people were killed in Fairview on Saturday. Police identified the victims as Paul Grant, 69, Rosa Grant, 68, and Ella Price, 16.'],
    );
    expect(victims?.status).not.toBe('contradict');
  });

  it('"the wife is" one name in one source and "shot his wife" another name in the other contradict', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Fairview police said 46-year-old Paul Grant shot his wife Rosa, his 11-year-old stepdaughter and himself Tuesday night at a home on Birch Lane.'],
      ['b.txt', '2024-06-10', 'Fairview police are investigating after a man shot his wife and stepdaughter before turning the gun on himself Tuesday night. The husband has been identified as Paul Grant and the wife is Ella Price.'],
    );
    expect(victims?.status).toBe('contradict');
    expect(victims?.reason).toMatchObject({ code: 'different-names', relation: 'spouse' });
  });

  it('two couples, each named by one source, are not one wife named twice', () => {
    const victims = victimsFinding(
      ['a.txt', '2024-06-10', 'Six people were killed at the Fairview festival on Saturday. Among them were Paul Dane, 60, and his wife, Ruth Dane, police said.'],
      ['b.txt', '2024-06-10', 'Six people were killed at the Fairview festival on Saturday. Victor Lund was killed with his wife, Edna Lund, police said.'],
    );
    expect(victims?.reason?.code).not.toBe('different-names');
  });

  // [what the sources say, source a, source b, whether the victims contradict]
  const copies: [string, string, string, boolean][] = [
    [
      'one caption copied with another name at the victim\'s place',
      'Five people were killed in a house on Birch Lane in Fairview on Saturday. Police identified the dead as Dana Pike, 40, and her four children. A neighbor walks from the home of Dana Pike, 2211 Birch Lane, where five people were killed Saturday night, after offering prayer.',
      'Five people were killed in Fairview on Saturday. A neighbor walks from the home of Lena Ortiz, 2211 Birch Lane, where five people were killed Saturday night, after offering prayer.',
      true,
    ],
    [
      'one sentence with another spokesman is no victim named twice',
      'Dana Pike, 40, was killed in a house on Birch Lane in Fairview on Saturday. The shooting remains under investigation, said Sgt. Paul Grant, a spokesman for the Fairview police department.',
      'Dana Pike, 40, died in a house on Birch Lane in Fairview on Saturday. The shooting remains under investigation, said Sgt. Omar Little, a spokesman for the Fairview police department.',
      false,
    ],
    [
      'a copy that adds a victim to a list names two people, not one twice',
      'Two people were killed in Fairview on Saturday. Police identified the dead as Dana Pike, 40, and Rosa Mena, 23, both of the 200 block of Birch Lane.',
      'Three people were killed in Fairview on Saturday. Police identified the dead as Dana Pike, 40, Ella Price, 31, and Rosa Mena, 23, both of the 200 block of Birch Lane.',
      false,
    ],
  ];
  it.each(copies)('%s', (_what, a, b, contradicts) => {
    const victims = victimsFinding(['a.txt', '2024-06-10', a], ['b.txt', '2024-06-10', b]);
    expect(victims?.status === 'contradict').toBe(contradicts);
    if (contradicts) expect(victims?.reason).toMatchObject({ code: 'different-names', copied: true });
  });
});

describe('standingAlone', () => {
  const regex = (text: string, surname: string) => [...text.matchAll(new RegExp(`(?<![\\p{L}'’-])${surname}(?![\\p{L}-])`, 'gu'))].map((m) => m.index);
  const cases: [string, string][] = [
    ['Pike was shot. Spike and Pike-Lane were not; Pike’s car and Pike\'s dog were hit.', 'Pike'],
    ['PikePike Pike', 'Pike'],
    ['O’Neil said O’Neil’s son, O’Neill, was hurt', 'O’Neil'],
    ['-Pike Pike- Pike. Pike', 'Pike'],
    ['𝐀Pike Pike𝐀 é Pike ÉPike', 'Pike'],
    ['', 'Pike'],
    ['Ana Ana Anaïs Ana', 'Ana'],
  ];
  it.each(cases)('finds the same places as the regular expression in %j', (text, surname) => {
    expect(standingAlone(text, surname)).toEqual(regex(text, surname));
  });
});
