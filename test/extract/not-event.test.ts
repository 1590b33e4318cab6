import { describe, expect, it } from 'vitest';
import { claimsIn } from '../helpers/documents.js';

const qualified = (text: string, kind: 'date' | 'place') =>
  claimsIn(text).filter((c) => c.kind === kind).map((c) => [c.text, c.qualifiers.filter((q) => q === 'dateline' || q === 'aftermath')]);

// Where and when a story was filed, and the dates of what followed the event, are qualified
// so that comparison and the event's date and place leave them out.
describe('datelines', () => {
  it.each([
    ['DHAKA, March 5 (Reuters) – A fire in a garment factory killed 10 people on Tuesday.', 'date', [['March 5', ['dateline']], ['Tuesday', []]]],
    ['DHAKA, March 5 (Reuters) – A fire in a garment factory killed 10 people on Tuesday.', 'place', [['DHAKA', ['dateline']]]],
    ['PHOENIX (AP) – Two people were shot dead at a Mesa apartment complex on Sunday.', 'place', [['PHOENIX', ['dateline']], ['Mesa', []]]],
    ['WASHINGTON — A gunman opened fire outside a church in Baltimore on Sunday.', 'place', [['WASHINGTON', ['dateline']], ['Baltimore', []]]],
    ['Police in Washington said the gunman fled.', 'place', [['Washington', []]]],
    ['Police returned to the scene of the shooting. pic.twitter.com/x1 — Jane Doe (@JaneDoeNews) May 30, 2016', 'date', [['May 30, 2016', ['dateline']]]],
  ] as const)('%s (%s)', (text, kind, expected) => {
    expect(qualified(text, kind)).toEqual(expected);
  });
});

describe('dates of what followed the event', () => {
  it.each([
    ['Conley was charged Sunday with multiple counts of capital murder and held without bail.', [['Sunday', ['aftermath']]]],
    ['The suspect was arraigned Dec. 26, 2016, on a murder charge.', [['Dec. 26, 2016', ['aftermath']]]],
    ['He was initially held by state police on Sunday, a day after the shooting.', [['Sunday', ['aftermath']]]],
    ['A funeral for the victim will be held on Friday at the church.', [['Friday', ['aftermath']]]],
    ['A judge on Saturday ordered him held without bail in the shooting that killed three men.', [['Saturday', ['aftermath']]]],
    ['The mayor spoke at a news conference on Monday about the shooting.', [['Monday', ['aftermath']]]],
    ['Students were notified of the boy’s death Monday morning and offered counselling.', [['Monday morning', ['aftermath']]]],
    // The act's own date stays the event's, even in a sentence about a charge.
    ['An Eastside man has been charged in the shootout that killed three men and left two wounded Feb. 15.', [['Feb. 15', []]]],
    ['Police responded to a shooting at Memorial Drive Tire & Auto on May 29, 2016.', [['May 29, 2016', []]]],
    ['Five men were shot Wednesday afternoon in Brighton Park, police said.', [['Wednesday afternoon', []]]],
  ] as const)('%s', (text, expected) => {
    expect(qualified(text, 'date')).toEqual(expected);
  });
});

// Places that are not the scene: where a victim was taken, a section of a city named like a town.
describe('places that are not the scene', () => {
  const roles = (text: string) =>
    claimsIn(text).filter((c) => c.kind === 'place').map((c) => [c.text, c.qualifiers.filter((q) => ['destination', 'section', 'outlet', 'origin'].includes(q))]);
  it.each([
    ['Officers transported the wounded girl to Springfield for emergency treatment, the chief said.', [['Springfield', ['destination']]]],
    ['The fourth victim was taken to Saint Mary Hospital in Springfield, where she is in stable condition.', [['Springfield', ['destination']]]],
    ['He was rushed to a hospital in Springfield after the shooting in Dayton.', [['Springfield', ['destination']], ['Dayton', []]]],
    ['Two men were shot in Springfield and taken to the hospital.', [['Springfield', []]]],
    ['The family had moved to Springfield from Dayton last year.', [['Springfield', []], ['Dayton', []]]],
    // Not about care: an extradition, a return.
    ['The man who fled after the shooting has been brought back to Springfield to face charges.', [['Springfield', []]]],
    ['He was taken to Springfield after his arrest in Dayton.', [['Springfield', []], ['Dayton', []]]],
    ['An 8-year-old boy was shot in Lawndale neighborhood on Tuesday.', [['Lawndale', ['section']]]],
    ['The boy was pronounced dead at his home in the West End on Sunday.', [['West End', ['section']]]],
    ['Two soldiers were killed in the Philippines on Sunday.', [['Philippines', []]]],
    ['A man was shot in Lawndale on Tuesday.', [['Lawndale', []]]],
    // The outlet's town closing a page title; the headline's own places stay.
    ['---\ntitle: "Boy shot dead in Dayton - WXYZ News 7 | Springfield, IL"\n---\nThe boy died.', [['Dayton', []], ['Springfield', ['outlet']]]],
    ['---\ntitle: "Officer charged in shooting - KXYZ News 12 Springfield, Ohio News Weather & Sports"\n---\nThe boy died.', [['Springfield', ['outlet']]]],
    ['---\ntitle: "Police: boy shot - Springfield man charged"\n---\nThe boy died.', [['Springfield', ['origin']]]],
    ['Boy shot dead in Dayton - WXYZ News 7 | Springfield, IL', [['Dayton', []], ['Springfield', []]]],
    // A town inside the name of a credited outlet; the police's own town stays.
    ['According to Click On Springfield, the family believes the shooting at a home in Dayton was not an accident.', [['Click', []], ['Springfield', ['outlet']], ['Dayton', []]]],
    ['According to Springfield police, the man was shot at a home in Dayton.', [['Springfield', []], ['Dayton', []]]],
    // A town as a label of a person: where they live, not the scene.
    ['A Springfield man was charged Monday in the shooting of a boy in Dayton.', [['Springfield', ['origin']], ['Dayton', []]]],
    ['Deputy killed by Springfield gunman during standoff', [['Springfield', ['origin']]]],
    ['An 8-year-old Springfield girl was shot at a park.', [['Springfield', ['origin']]]],
    ['Springfield police said the man was shot.', [['Springfield', []]]],
  ] as const)('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
