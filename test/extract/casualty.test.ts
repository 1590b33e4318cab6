import { describe, expect, it } from 'vitest';
import type { CasualtyValue } from '../../src/types.js';
import { otherIncidentRules } from '../../src/extract/casualty/other-incident.js';
import { personRules } from '../../src/extract/casualty/people.js';
import { relatedStoryRules } from '../../src/extract/casualty/related-stories.js';
import { extractDocument } from '../../src/extract/extract-document.js';
import { claimsIn, documentFrom } from '../helpers/documents.js';

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
  // "multiple gunshot wounds" counts no one; the verb after "and" shares the subject before it.
  ['The victim suffered multiple gunshot wounds and was pronounced dead.', [['killed', 1, 1, []]]],
  ['No one was seriously hurt in the crash.', []],
  ['The 23-year-old victim, who was 23 years old, was taken to Stroger Hospital.', [['injured', 1, 1, []]]],
  ['Police said the Oct. 18 shooting that killed a teenager is unrelated.', [['killed', 1, 1, []]]],
];

// Casualty clauses as US local news writes them: who, what happened to them, and what is no count.
// [sentence, expected [type, min, max, qualifiers] of every casualty claim]
const clauses: [string, string, (readonly [string, number, number | null, string[]])[]][] = [
  // One victim, with an age or a description.
  ['one victim', 'A 17-year-old boy died after an officer-involved shooting Friday night in Fairview.', [['killed', 1, 1, []]]],
  ['one victim', 'A 9-year-old girl was killed on the city’s north side late Sunday, police said.', [['killed', 1, 1, []]]],
  // The one taken to hospital is the one who died there: killed, not injured as well.
  ['one victim', 'Haskins was transported to Mercy Hospital, where he was pronounced dead.', [['killed', 1, 1, []]]],
  ['one victim', 'The family of a 16-year-old shot and killed by a deputy is asking for the video.', [['killed', 1, 1, []]]],
  ['one victim', 'Boy, 4, shot himself with a handgun he found under a couch', [['injured', 1, 1, []]]],
  ['one victim', '12-year-old dies in hunting accident near Millbrook', [['killed', 1, 1, []]]],
  ['one victim', 'A 4-year-old girl shot inside a home on Birch Street died Sunday at the hospital.', [['killed', 1, 1, []]]],
  ['one victim', 'Police say they have a suspect in a shooting that injured one person and left another dead.', [['injured', 1, 1, []], ['killed', 1, 1, []]]],
  ['one victim', 'The crash on Route 9 claimed the life of a 52-year-old motorcyclist from Salem.', [['killed', 1, 1, []]]],
  ['one victim', 'A Lodi eighth-grader died Friday after being accidentally shot at his home.', [['killed', 1, 1, []]]],
  ['one victim', 'The driver of the car was transported to Vidant Medical Center for treatment.', [['injured', 1, 1, []]]],
  ['one victim', 'A female passenger is expected to recover after the early Saturday shooting.', [['injured', 1, 1, []]]],
  ['one victim', 'Woman recovering after accidental shooting on Route 12', [['injured', 1, 1, []]]],
  ['one victim', 'One of the alleged robbers, 34, was shot in the torso.', [['injured', 1, 1, ['allegedly']]]],
  ['one victim', 'The driver was taken to the Juvenile Detention Center after the chase.', []],
  ['one victim', 'A 30-year-old woman suffered a gunshot wound to the arm and was listed in stable condition.', [['injured', 1, 1, []]]],
  ['one victim', 'Officers found a man suffering from a gunshot wound behind the store.', [['injured', 1, 1, []]]],
  ['one victim', 'A stray bullet struck a 7-year-old girl in the shoulder as she slept, police said.', [['injured', 1, 1, []]]],
  ['one victim', 'A man was found shot to death inside a home on Elm Street.', [['killed', 1, 1, []]]],
  ['one victim', 'The boy suffered fatal injuries and did not survive.', [['killed', 1, 1, []]]],
  ['verb and count', 'Officers arrived to find two men with gunshot wounds outside the store.', [['injured', 2, 2, []]]],
  ['verb and count', 'Two others were treated for minor injuries at the scene.', [['injured', 2, 2, []]]],
  ['verb and count', 'Two men were found with gunshot wounds inside the apartment, police said.', [['injured', 2, 2, []]]],
  ['one victim', 'A 41-year-old woman was hit in the arm by a stray bullet while sitting on her porch.', [['injured', 1, 1, []]]],
  ['one victim', 'The clerk was struck in the chest and taken to Mercy Hospital.', [['injured', 1, 1, []]]],
  // A relative clause: the person it is about was wounded; "who was killed" recalls other stories' dead.
  ['one victim', 'A woman who was shot in the leg was treated at the scene and released.', [['injured', 1, 1, []]]],
  ['one victim', 'The family of a man who was killed on the same corner in 2019 spoke at the vigil.', []],
  // Descriptions side by side, each with its article, are one person told twice.
  ['one victim', 'Police found the victim, a 30-year-old man, suffering from several gunshot wounds.', [['injured', 1, 1, []]]],
  ['names', 'A man, a woman and a child were wounded in the crossfire.', [['injured', 3, 3, []]]],
  ['verb and count', 'Two people were shot Saturday night, one fatally, police said.', [['killed', 1, 1, []], ['injured', 1, 1, []]]],
  ['non-count', 'The car was hit in the back by a truck at the intersection.', []],
  // Verbs of killing with their count, and headlines.
  ['verb and count', 'A Dayton man pleaded guilty to fatally shooting four people and wounding a fifth.', [['killed', 4, 4, []], ['injured', 1, 1, []]]],
  ['verb and count', 'Prosecutors say he is accused of murdering four of them and wounding a fifth.', [['killed', 4, 4, []], ['injured', 1, 1, []]]],
  ['verb and count', 'Four of the five people shot died at the scene, the coroner said.', [['killed', 4, 4, []]]],
  ['verb and count', 'Police say a man killed his wife and their two sons before turning the gun on himself.', [['killed', 3, 3, []]]],
  ['verb and count', 'Two were killed and four others were injured when a gunman opened fire at a cookout.', [['killed', 2, 2, []], ['injured', 4, 4, []]]],
  ['verb and count', 'Two are dead and two in critical condition after a shooting on Maple Avenue.', [['killed', 2, 2, []], ['injured', 2, 2, []]]],
  ['verb and count', 'Three other men inside the home were injured during the shooting.', [['injured', 3, 3, []]]],
  ['verb and count', 'Police: 3 adults, 1 child shot outside a Fairview restaurant', [['injured', 4, 4, []]]],
  // "hospitalized three": an act with its object, as "wounded three" is.
  ['verb and count', 'Police charged him with murder for the shootings that killed two people and hospitalized three.', [['killed', 2, 2, []], ['injured', 3, 3, []]]],
  ['headline', '4 killed in Ohio home; neighbor in custody', [['killed', 4, 4, []]]],
  ['headline', 'Man pleads guilty to killing 4 in Lakewood', [['killed', 4, 4, []]]],
  ['headline', '15-year-old killed, 13-year-old injured in east side shooting', [['killed', 1, 1, []], ['injured', 1, 1, []]]],
  ['headline', 'Two others grazed in Saturday shooting at a Westfield park', [['injured', 2, 2, []]]],
  ['headline', 'Child in critical condition after shooting in Oak Grove', [['injured', 1, 1, []]]],
  ['headline', 'Springfield Man Dies From Gunshot Wound', [['killed', 1, 1, []]]],
  ['headline', '4 shot, 1 pistol-whipped outside a Brooklyn block party', [['injured', 5, 5, []]]],
  ['headline', 'Five Partygoers Shot Outside Club on Elm Avenue', [['injured', 5, 5, []]]],
  ['headline', 'A birthday party packed with 200 people ends with one dead, three hurt', [['killed', 1, 1, []], ['injured', 3, 3, []]]],
  ['headline', 'Fatal victim ID’d, 3 others injured in Dayton shooting', [['killed', 1, 1, []], ['injured', 3, 3, []]]],
  ['headline', 'Family of slain teen asks for answers', [['killed', 1, 1, []]]],
  ['headline', 'Teen girl shot along with three others at a celebration in southeast Houston', [['injured', 4, 4, []]]],
  ['headline', 'Third man dies after shooting at a dice game in October', [['killed', 3, 3, []]]],
  // Two clauses of a headline, a comma between: the count belongs to the first verb, the dead to the second subject.
  ['headline', 'Seven Injured In Elmwood Diner Shooting, Gunman Dead', [['injured', 7, 7, []], ['killed', 1, 1, []]]],
  // A count with its own breakdown, or with another number before it.
  ['breakdown', 'According to police, four people, three women and one man, were taken to a hospital with gunshot wounds.', [['injured', 4, 4, []]]],
  ['breakdown', 'Around 10 Saturday night, four people were shot outside a family party.', [['injured', 4, 4, []]]],
  // "including …" between the dead and "and": a part of the dead, not a subject of the next clause.
  ['breakdown', 'In total, two people were killed, including the gunman, and five others were wounded.', [['killed', 2, 2, []], ['injured', 5, 5, []]]],
  ['breakdown', 'WKRN 2 News Two brothers, ages 9 and 12, were shot inside a home on Sunday night.', [['injured', 2, 2, []]]],
  // The source a count is "according to" is none of the people counted.
  ['breakdown', 'According to Metro Fire Rescue, three juveniles and three adults were shot on Monday.', [['injured', 6, 6, []]]],
  ['breakdown', 'Two women and two men were wounded in the gunfire, police said.', [['injured', 4, 4, []]]],
  // A singular verb has one subject, however many commas stand before it.
  ['singular', 'According to the county coroner, Mark Hill, Dwayne Foster, 24, was killed in the shooting.', [['killed', 1, 1, []]]],
  // Victims listed by name.
  ['names', 'Marcus Reed, 22, and Tanya Cole, 19, were killed in the crash.', [['killed', 2, 2, []]]],
  ['names', 'Omar Jarvis, 35; Lena Ortiz, 34; and Dale Brooks, 26, died in the shooting.', [['killed', 3, 3, []]]],
  ['names', 'Deputies said the gunman killed his wife, Angela, and her father.', [['killed', 2, 2, []]]],
  // People listed in one clause are different people, whatever their names: of five shot, three survived.
  ['names', 'Five men were shot. Mackey and Ishmael Ward, 20, died.', [['injured', 3, 3, []], ['killed', 2, 2, []]]],
  // "Others" shot are others than the dead: none is taken from them.
  ['names', 'Two men were killed Saturday night. Three others were shot and taken to the hospital.', [['killed', 2, 2, []], ['injured', 3, 3, []]]],
  ['names', 'One man died at the scene. The seven other people who were shot are expected to survive.', [['killed', 1, 1, []], ['injured', 7, 7, []]]],
  ['names', 'Four people were shot early Sunday. One man died at the scene. The other three were taken to the hospital.', [['injured', 3, 3, []], ['killed', 1, 1, []], ['injured', 3, 3, []]]],
  // One of the people counted, told in a relative clause after "including".
  ['names', 'Five people were shot Saturday, including a man who later died at the hospital.', [['injured', 4, 4, []], ['killed', 1, 1, []]]],
  // Both, all three, one of them.
  ['group words', 'Both were taken to a local hospital with gunshot wounds.', [['injured', 2, 2, []]]],
  ['group words', 'All three were pronounced dead at the scene.', [['killed', 3, 3, []]]],
  ['group words', 'One of them died on Tuesday, police said.', [['killed', 1, 1, []]]],
  // Negation and modality: no one hurt, could have been, tried to.
  ['negation', 'No one else was hurt in the shooting, police said.', [['injured', 0, 0, []]]],
  ['negation', 'The officer could have been killed, the chief said.', []],
  ['negation', 'Police say he tried to kill his neighbor with a hunting rifle.', []],
  ['negation', 'The clerk was not injured, according to the sheriff’s office.', []],
  ['negation', 'Six people were injured, none fatally, in the Saturday shooting.', [['injured', 6, 6, []], ['killed', 0, 0, []]]],
  // A roundup of the day's or weekend's shootings is not one event's toll.
  ['roundup', 'At least six people were killed and 10 wounded in Chicago shootings throughout the day.', [['killed', 6, null, ['at least', 'background']], ['injured', 10, 10, ['background']]]],
  ['roundup', 'Five Killed in Overnight Shootings in Milwaukee', [['killed', 5, 5, ['background']]]],
  ['roundup', 'Eleven people were wounded in the city over a 12-hour span that ended Sunday morning.', [['injured', 11, 11, ['background']]]],
  // The stretch of hours dates the story's own shooting: "for the second time in 48 hours".
  ['roundup', 'For the second time in 48 hours, a teenager has been shot on the west side.', [['injured', 1, 1, []]]],
  ['roundup', 'Police believe the shooting was in retaliation for a shooting that left one person dead.', [['killed', 1, 1, ['background']]]],
  // Numbers that are no counts: ages, calibres, addresses, times, years, 911, shots, money.
  ['non-count', 'The caller told a 911 dispatcher that a man had been shot.', [['injured', 1, 1, []]]],
  ['non-count', 'The men were taken to a hospital after the shooting.', []],
  ['non-count', 'Police said the boy was shot three times in the back.', [['injured', 1, 1, []]]],
  ['non-count', 'The deputies then shot two more times, killing the driver, the sheriff said.', [['killed', 1, 1, []]]],
  ['non-count', 'Troopers then shot four more rounds, wounding Alvarez in the leg.', [['injured', 1, 1, []]]],
  // "one 17 and the other 21": numbers after "one" and "the other" are the ages of the people counted.
  ['non-count', 'Two men, one 19 and the other 24, suffered gunshot wounds to the legs.', [['injured', 2, 2, []]]],
  ['non-count', 'A .40-caliber handgun was found near the 1400 block of Oak Street around 2 a.m.', []],
  ['non-count', 'In 2019, the family was paid $250,000 after the wrongful death suit.', []],
  ['non-count', 'The victim, 8 yo girl, killed by gunfire off the interstate', [['killed', 1, 1, []]]],
];

describe('casualty extraction', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(casualties(sentence)).toEqual(expected);
  });

  it.each(clauses)('%s: %s', (_form, sentence, expected) => {
    expect(casualties(sentence)).toEqual(expected);
  });

  // Found by the property test in test/hostile: a subject of punctuation alone split into no list parts.
  it.each([', . killed', '; , were wounded', 'Police said , , were killed.'])('punctuation for a subject (%j) counts no one and never fails', (text) => {
    const extracted = extractDocument(documentFrom(text, 'test.txt', '2025-03-05'));
    expect(extracted.warnings).toEqual([]);
    expect(extracted.claims.filter((c) => c.kind === 'casualty')).toEqual([]);
  });

  it('a single victim who "was shot" and "was killed" in one story is killed, not also injured', () => {
    const claims = claimsIn('A 16-year-old boy was killed Tuesday night. The teen was shot in the chest near his home.').filter((c) => c.kind === 'casualty');
    expect(claims.map((c) => (c.value as CasualtyValue).type)).toEqual(['killed']);
  });

  it('past the lead, a killing told as earlier than the story is background; in the lead it dates the event', () => {
    const lead = 'Four men were shot near Kingsley Park on Tuesday night, police said. All four men were taken to a hospital, and one of them is in critical condition. ';
    const filler = 'Neighbors said they heard several shots and saw a dark sedan speed away toward the avenue. Police have not named a suspect and asked anyone with information to call the tip line. '.repeat(2);
    const killed = (text: string) => claimsIn(text).filter((c) => c.kind === 'casualty' && (c.value as CasualtyValue).type === 'killed').map((c) => c.qualifiers);
    expect(killed(`${lead}${filler}A 19-year-old man was shot and killed on the same block last week.`)).toEqual([['background']]);
    expect(killed('A man charged in a shooting last week that killed three people appeared in court on Monday.')).toEqual([[]]);
  });

  // Rules that set apart the figures of another incident: each example holds one such figure.
  it.each(otherIncidentRules.map((r) => [r.id, r] as const))('%s sets apart the other incident of its example', (_id, rule) => {
    const text = rule.scope === 'title' ? `---\ntitle: "${rule.example}"\n---\nPolice are investigating.\n` : rule.example;
    const figures = casualties(text).filter(([type, min]) => type === rule.expected.type && min === rule.expected.min);
    expect(figures.length).toBeGreaterThan(0);
    for (const [, , , qualifiers] of figures) expect(qualifiers).toContain(rule.expected.qualifier);
  });

  it('a headline counting the people shot in some hours, in words or digits, is a roundup', () => {
    for (const title of ['Seven shot in five hours across the city', '6 wounded in less than 24 hours on the South Side']) {
      const figures = casualties(`---\ntitle: "${title}"\n---\nPolice are investigating.\n`);
      expect(figures.length).toBeGreaterThan(0);
      for (const [, , , qualifiers] of figures) expect(qualifiers).toContain('roundup');
    }
  });

  it('a marker of another incident reaches to the end of its paragraph, not past it', () => {
    const text = 'It is the third shooting on Lake Street this month. A 15-year-old was wounded there on May 2.\n\nA 22-year-old man was wounded in Tuesday’s shooting.';
    expect(casualties(text)).toEqual([['injured', 1, 1, ['background']], ['injured', 1, 1, []]]);
  });

  it('without a marker, the same sentences are the story’s own', () => {
    expect(casualties('Police said the shooting on Lake Street was the first this month. A 15-year-old was wounded.')).toEqual([['injured', 1, 1, []]]);
  });

  // Links to other stories: the article's toll stays, the linked headline's goes.
  it.each(relatedStoryRules.map((r) => [r.id, r] as const))('%s leaves out the linked story of its example', (_id, rule) => {
    const injured = casualties(rule.example).filter(([type]) => type === 'injured').map(([, min]) => min);
    expect(injured).toContain(rule.expected.own);
    expect(injured).not.toContain(rule.expected.linked);
    // The same page without the marker line reads the linked toll: the marker is what leaves it out.
    const unmark = (line: string) => (!rule.match.test(line.trim()) ? line : rule.scope === 'line' ? line.replace(/^[^:|]*[:|]\s*/, '') : '');
    const unmarked = rule.example.split('\n').map(unmark).join('\n');
    expect(casualties(unmarked).filter(([type]) => type === 'injured').map(([, min]) => min)).toContain(rule.expected.linked);
  });

  it('a list header above the article is the site’s navigation: the article under it is read', () => {
    expect(casualties('Trending now\n\nTwo men were wounded in a shooting on Pine Street on Friday night.\n')).toEqual([['injured', 2, 2, []]]);
  });

  it('a headline after a link marker is left out, and the article after it is read again', () => {
    const text = 'A woman was shot on Main Street late Saturday.\n\nREAD MORE | 2 dead, 3 wounded in shooting on east side\n\nA second woman was wounded, police said.\n';
    expect(casualties(text).map(([type, min]) => `${type} ${min}`)).toEqual(['injured 1', 'injured 1', 'injured 2']);
  });

  it.each(personRules.map((r) => [r.id, r] as const))('%s: its example story counts its people apart', (_id, rule) => {
    const tolls = casualties(rule.example);
    expect(tolls.filter(([type]) => type === 'killed').map(([, min]) => min)).toEqual([rule.expected.killed]);
    expect(tolls.filter(([type]) => type === 'injured').map(([, min]) => min)).toEqual([rule.expected.injured]);
  });

  it('the same female victim, first "the woman" then "the mother", is one person: kin alone do not part people', () => {
    const tolls = casualties('A 34-year-old woman was shot on Elm Street. The mother was taken to a hospital, where she died.');
    expect(tolls.filter(([type]) => type === 'injured')).toEqual([]);
  });

  it('in the lead, "this week" dates the story’s own arrest or death; past the lead, a toll "this week" is background', () => {
    const lead = 'A local man was arrested this week following the accidental shooting death of a 4-year-old boy.';
    expect(casualties(lead)).toEqual([['arrested', 1, 1, []], ['killed', 1, 1, []]]);
    const filler = 'Neighbors said they heard a single shot and saw the man carry the boy to his car. Police have not said where the gun was kept or who owned it. '.repeat(3);
    expect(casualties(`${lead} ${filler}Three other children have been shot in the county this week.`).at(-1)).toEqual(['injured', 3, 3, ['background']]);
  });

  it('a baby whose age one sentence gives in months and another in years is one victim', () => {
    const text = 'A 20-month-old girl was shot in the shoulder on Tuesday. The injured 2-year-old was rushed to a children’s hospital. Her injured daughter was crying, the father said.';
    expect(claimsIn(text).filter((c) => c.rule === 'casualty/people-counted')).toEqual([]);
    // Ages in years stay apart: a 3-year-old and a 5-year-old wounded are two.
    const two = claimsIn('A 3-year-old boy was wounded in the leg. A 5-year-old boy was wounded in the arm.').filter((c) => c.rule === 'casualty/people-counted');
    expect(two.map((c) => (c.value as CasualtyValue).min)).toEqual([2]);
  });

  it('records the group counted', () => {
    const [claim] = claimsIn('At least seven senior ISIS operatives killed in the raid.').filter((c) => c.kind === 'casualty');
    expect((claim!.value as CasualtyValue).who).toBe('senior ISIS operatives');
  });
});
