import { describe, expect, it } from 'vitest';
import { claimsIn } from '../helpers/documents.js';

const people = (text: string) => claimsIn(text).filter((c) => c.kind === 'person').map((c) => c.text);

// [sentence, every person mention it holds, as written]
const cases: Array<[string, string[]]> = [
  ['Prime Minister Mohammed Shia al-Sudani praised the efforts of the Iraqi forces.', ['Mohammed Shia al-Sudani']],
  ['Iraqi Foreign Minister Fouad Hussein addressed the common challenges.', ['Fouad Hussein']],
  ['Pentagon press secretary Maj. Gen. Pat Ryder confirmed their condition.', ['Pat Ryder']],
  ['Syrian interim Foreign Minister Asaad Hassan al-Shibani highlighted the unity between the capitals.', ['Asaad Hassan al-Shibani']],
  ['The raid killed Jassim al-Mazrouei Abu Abdel Qader, the top figure in the country.', ['Jassim al-Mazrouei', 'Abu Abdel Qader']],
  ['Michael Owen scored the winner in the 88th minute.', ['Michael Owen']],
  ['Striker Davor Suker was booked and Suker later limped off.', ['Davor Suker', 'Suker']],
  ['Obradovic said the talks had failed.', ['Obradovic']],
  ['Japan coach Shu Kamo said the own goal proved lucky.', ['Shu Kamo']],
  ['The visitors lost early wickets before M. Kasprowicz steadied the innings.', ['M. Kasprowicz']],
  ['Officials said Ahmed Saleh, 34, was arrested at his home.', ['Ahmed Saleh']],
  // an age glued to the name by a comma without a space (scraped text)
  ['Talia Bowen,20, of Dayton died at the scene.', ['Talia Bowen']],
  ['AC Milan striker George Weah was suspended for one match.', ['George Weah']],
  ['Uruguayan Marcelo Otero headed the equaliser.', ['Marcelo Otero']],
  ['B. Lara was out for 9 after tea.', ['B. Lara']],
  // A first name that is also a country or a creed, after an age.
  ['Police identified the victim as 16-year-old Jordan Hale of Dayton.', ['Jordan Hale']],
  ['The family of 19-year-old Christian Moss asked for privacy.', ['Christian Moss']],
  // A place word in a surname, and a first name alone, with an age after them in a list of the dead.
  ['Officials identified the dead as Serenity Laredo, 8; Omar Little, 9; and Ella, 6.', ['Serenity Laredo', 'Omar Little', 'Ella']],
  // A name after someone's kin, a first name alone or one that is also a country; not a place.
  ['Police said Paul Dane shot his wife, Irene, before turning the gun on himself.', ['Paul Dane', 'Irene']],
  ["The victim's mother, Carla, said she heard three shots.", ['Carla']],
  ['Her 9-year-old son Jordan was hurt in the crash.', ['Jordan']],
  ['She moved here with her husband, Ohio born and raised.', []],
  // A first name the lexicon does not know, with a surname that is also a common word: a person where the
  // sentence says what happened to them ("was pronounced dead", "identified the boy as", "the family of").
  ['Delvonte Rice was taken to a hospital, where he died.', ['Delvonte Rice']],
  ['Tavontae Hill was pronounced dead at the scene.', ['Tavontae Hill']],
  ['Family members identified the girl to a local station as Jaquana Price.', ['Jaquana Price']],
  ['The family of Ladarius Field says he was walking home.', ['Ladarius Field']],
  ['Police say Keshawn Brown died at the scene.', ['Keshawn Brown']],
  ['The shooting of Daquan Park remains under investigation.', ['Daquan Park']],
  // Not people: places, titles, organizations, competitions.
  // A title word opening a place name, before a role: "Prince Edwin County Officer" is no person "William County Officer".
  ['A Prince Edwin County Officer was shot and killed on her first day.', []],
  ['Prince Edwin County Officer Ella Price was shot and killed on her first day.', ['Ella Price']],
  ['An operations room constituted by Syria, Iraq, Turkey, Jordan, and Lebanon is being established.', []],
  ['The President met the Islamic State delegation in Geneva.', []],
  ['Brazil will host the World Cup final in July.', []],
];

describe('person mentions', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(people(sentence)).toEqual(expected);
  });

  it('never ends a person span in punctuation or a possessive', () => {
    const texts = people('Abu Khadija’s death was confirmed by Gen. Michael Erik Kurilla.');
    expect(texts).toEqual(['Abu Khadija', 'Michael Erik Kurilla']);
  });
});
