import { describe, expect, it } from 'vitest';
import { claimsIn } from '../helpers/documents.js';

const places = (text: string) => claimsIn(text).filter((c) => c.kind === 'place').map((c) => c.text);

// [sentence, every place mention it holds, as written]
const cases: Array<[string, string[]]> = [
  ['They killed Abu Khadija in Iraq’s Al Anbar Province.', ['Iraq', 'Al Anbar Province']],
  ['The operation involved an airstrike in Anbar province.', ['Anbar province']],
  ['An operations room constituted by Syria, Iraq, Turkey, Jordan, and Lebanon is being established.', ['Syria', 'Iraq', 'Turkey', 'Jordan', 'Lebanon']],
  ['Al-Shibani highlighted the historical unity between Baghdad and Damascus.', ['Baghdad', 'Damascus']],
  ['The head of ISIS in Iraq and Syria has been killed.', ['Iraq', 'Syria']],
  ['Police were called to the 9000 block of South Ashland Avenue shortly after midnight.', ['9000 block of South Ashland Avenue']],
  ['The fire broke out at 2211 Falling Oaks on Sunday.', ['2211 Falling Oaks']],
  ['TIGNES, France 1996-12-06', ['TIGNES', 'France']],
  ['The U.S. military presence in Iraq will be reduced.', ['U.S.', 'Iraq']],
  ['New York traders said prices were steady.', ['New York']],
  ['Woman charged over N. Ireland arms find.', ['N. Ireland']],
  // Nationalities and organizations named after places are not places.
  ['Iraqi and Syrian officials met on Friday.', []],
  ['Fighters of the Islamic State of Iraq and the Levant retreated.', []],
];

describe('place mentions', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });
});
