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
  // A street with its compass word and no house number is one address, not a place "East".
  ['Witnesses said a car pulled up to the gas station near East 51st Street and South Indiana Avenue.', ['East 51st Street', 'South Indiana Avenue']],
  ['The victim was found on West Madison Street late Friday.', ['West Madison Street']],
  // A town too small for the place list is one after "in", or opening a dateline with a dash.
  ['A day after police in Kingsport said the man shot his wife, he was held in Mexico.', ['Kingsport', 'Mexico']],
  ['KINGSPORT - A man was arraigned Monday in the nightclub shooting.', ['KINGSPORT']],
  // A name a car heads along is a street.
  ['The gunman got back in the car and took off north on Indiana.', []],
  // A compass word alone is a direction, not a place.
  ['The storm moved East over the weekend.', []],
  // A common word opening a headline is no place, though a town somewhere bears it.
  ['2nd Man Charged In Murder That Led To Revenge Killing Of Boy, 9\n\nA second man was charged on Friday, police said.', []],
  ['Man pleads guilty in fatal stabbing at bus stop\n\nThe man admitted the stabbing in court on Monday.', []],
  // Nationalities and organizations named after places are not places.
  ['Iraqi and Syrian officials met on Friday.', []],
  ['Fighters of the Islamic State of Iraq and the Levant retreated.', []],
];

describe('place mentions', () => {
  it.each(cases)('%s', (sentence, expected) => {
    expect(places(sentence)).toEqual(expected);
  });
});

// A town written with its state keeps the state in its name: the state says which town is meant.
describe('a town written with its state', () => {
  const names = (text: string) => claimsIn(text).filter((c) => c.kind === 'place').map((c) => (c.value as { name: string }).name);
  it.each([
    ['A 10-year-old girl was fatally shot by her brother in Longmont, Fla., on Sunday.', ['Longmont, Florida', 'Fla']],
    ['Two men were shot in Dallas, Texas on Sunday.', ['Dallas, Texas', 'Texas']],
    ['Officials from Iraq, Syria and Turkey met on Sunday.', ['Iraq', 'Syria', 'Turkey']],
    ['Police in Springfield, PA. said nothing.', ['Springfield']],
  ] as const)('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
