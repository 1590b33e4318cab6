import { describe, expect, it } from 'vitest';
import { clauseMatches } from '../../src/extract/casualty/clause.js';
import { forgetReadings } from '../../src/extract/casualty/clause-parse.js';

// The clause rules' steps that once read compromise's tags (#Adverb, #Adjective, #Noun) and now read
// words alone: [sentence, expected "rule: verb [who] type" of every clause]. Among them sentences
// where the tag step read the sentence otherwise.
const read = (sentence: string) => {
  forgetReadings();
  return clauseMatches(sentence).map((c) => `${c.rule.id.replace('casualty/clause-', '')}: ${c.verb} [${c.whoText}] ${c.type}`);
};

const adverbs: [string, string[]][] = [
  ['A 24-year-old man was fatally shot on Elm Street late Friday.', ['subject-injured: shot [A 24-year-old man] killed']],
  ['Two teenagers were critically injured in the crash.', ['subject-injured: injured [Two teenagers] injured']],
  ['Police said Rafe Dunmore was somehow shot in the hand.', ['subject-injured: shot [Rafe Dunmore] injured']],
  ['Two other men were also wounded.', ['subject-injured: wounded [Two other men] injured']],
  ['The girl is still in critical condition.', ['subject-injured: in critical condition [The girl] injured']],
  ['Toddler Accidentally Shot By Cousin In Garage', ['subject-injured: Shot [Toddler] injured']],
  // In this headline compromise did not tag "Accidentally" an adverb, and the subject was lost.
  ['3-Year-Old Girl Accidentally Shot inside Apartment, Deputies Say', ['subject-injured: Shot [3-Year-Old Girl] injured']],
  // compromise tagged "dead" an adverb here, and the optional adverb step took it from the verb.
  ['Deputies found three people dead inside the home.', ['subject-killed: dead [three people] killed']],
  // A noun or a name in -ly is the subject, not an adverb.
  ['The fire left their father and two other members of their family dead.', ['subject-killed: dead [and two other members of their family] killed']],
  ['Officer Kelly killed in crash on Route 4', ['subject-killed: killed [Kelly] killed']],
  // Negation and modality before the verb void the clause, an adverb or not between them.
  ['The clerk was not seriously hurt.', []],
  ['He could easily have been killed, the chief said.', []],
  ['The boy was never actually shot.', []],
];

const hospitals: [string, string[]][] = [
  ['He was taken to Grantley County Medical Center in serious condition.', ['to-hospital: taken to Grantley County Medical Center [He] injured']],
  ['She was rushed to a nearby hospital.', ['to-hospital: rushed to a nearby hospital [She] injured']],
  ['Three people were transported to area hospitals.', ['to-hospital: transported to area hospitals [Three people] injured']],
  // Not all nouns: compromise's tags stopped the name at "of" or "&".
  ['A woman was rushed to the University of Norland Hospital.', ['to-hospital: rushed to the University of Norland Hospital [A woman] injured']],
  ['Two men were driven to Saint Adel & Marrow Hospital.', ['to-hospital: driven to Saint Adel & Marrow Hospital [Two men] injured']],
  // Past a clause, a determiner or another destination, the hospital is no name of where they went.
  ['He was taken to the scene and then to the hospital.', []],
  ['The suspect was taken to a juvenile detention center.', []],
  ['They drove to one of two large hospitals.', []],
];

const wounds: [string, string[]][] = [
  ['Officers arrived to find a man with a single gunshot wound to the chest.', ['with-wounds: with a single gunshot wound [a man] injured']],
  ['A woman was found with an accidental gunshot wound.', ['with-wounds: with an accidental gunshot wound [A woman] injured']],
  ['Two men with apparent gunshot wounds were found in a car.', ['with-wounds: with apparent gunshot wounds [Two men] injured']],
  ['Officers found a teen with a superficial stab wound.', ['with-wounds: with a superficial stab wound [a teen] injured']],
  // More than one word between is no wound of theirs described.
  ['A man was found with the old gunshot wound scars.', []],
];

describe('clause rules of words alone', () => {
  it.each(adverbs)('adverb before the verb: %s', (sentence, expected) => expect(read(sentence)).toEqual(expected));
  it.each(hospitals)('a hospital by name: %s', (sentence, expected) => expect(read(sentence)).toEqual(expected));
  it.each(wounds)('a word describing the wound: %s', (sentence, expected) => expect(read(sentence)).toEqual(expected));
});
