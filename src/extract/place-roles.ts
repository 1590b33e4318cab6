// Places a story names that are not where its act happened, read from the words around the
// name: where a victim was taken for treatment, a section of a city that shares its name
// with a town elsewhere, the outlet's own town on its page title, and a person's home town. Their claims carry a qualifier (see not-event.ts), so that the event's
// place and comparison leave them out; they stay claims of the document.

/** Qualifier of a place a victim was taken to ("transported the victim to Mercy for treatment"). */
export const DESTINATION = 'destination';
/** Qualifier of a section of a city ("shot in the Lawndale neighborhood", "in the West End"). */
export const SECTION = 'section';
/** Qualifier of the outlet's own town in a page title ("Man shot - KXYZ News 12 | Springfield, IL"). */
export const OUTLET = 'outlet';
/** Qualifier of a person's home town said as a label ("a Springfield man", "Dayton teen charged"). */
export const ORIGIN = 'origin';

export interface PlaceRoleRule {
  id: string;
  qualifier: string;
  /** Tested on the sentence's text before the name. */
  before?: RegExp;
  /** Tested on the sentence's text after the name. */
  after?: RegExp;
  /** Tested on the whole sentence. */
  sentence?: RegExp;
  /** Only for a name in the page title (the front matter's headline). */
  headline?: boolean;
  reason: string;
  example: string;
}

const TRANSPORT = String.raw`(?:taken|taking|transported|transporting|transport|rushed|rushing|flown|airlifted|carried|driven|drove)`;
const CARE = String.raw`(?:hospital|medical center|medical centre|trauma center|clinic|infirmary|emergency room)`;

export const PLACE_ROLE_RULES: readonly PlaceRoleRule[] = [
  {
    id: 'place/transport-destination',
    qualifier: DESTINATION,
    // "transporting that victim to Mercy", "was taken to Mercy Hospital in Springfield":
    // the name is where the victim was taken, right after "to" or after the hospital's name.
    before: new RegExp(String.raw`\b${TRANSPORT}\b(?!\s+back\b)[^.;]{0,60}?\bto\s+(?:the\s+)?(?:(?:[^.;]{0,60}?\b${CARE}|(?:a|an|the)\s+[^.;]{0,30}?\b${CARE})\s+(?:in|at|of|near)\s+)?$`, 'i'),
    // Only where the sentence is about care: "taken to Mexico" after an arrest is an extradition.
    sentence: /\b(?:hospitals?|medical|treatment|treated|trauma|surgery|condition|injur(?:y|ies|ed)|wounds?|wounded|pronounced dead)\b/i,
    reason: 'The place a victim was taken to (by name, or a hospital in it) is where treatment was given, not where the act happened: hospitals often bear their town’s or a founder’s name.',
    example: 'Officers transported the wounded girl to Springfield for emergency treatment, the chief said.',
  },
  {
    id: 'place/section-of-city',
    qualifier: SECTION,
    // "the Lawndale neighborhood", "in the West End": a name with "the" before it or a section
    // word after it is a part of a city, whatever town elsewhere bears the name.
    after: /^\s+(?:neighbou?rhoods?|section)\b/i,
    reason: 'A name followed by "neighborhood" or "section" is a part of a city; a town of the same name elsewhere is not meant.',
    example: 'An 8-year-old boy was shot in Lawndale neighborhood on Tuesday.',
  },
  {
    id: 'place/the-before-town',
    qualifier: SECTION,
    before: /\b(?:in|at|near|from|of|to|across|around)\s+the\s+$/,
    after: /^(?!\s+(?:area|region|county|state|city|valley)\b)/i,
    reason: 'Towns are named without "the"; "in the West End" or "on the North Side" names a part of a city, not the town elsewhere that bears the name.',
    example: 'The boy was pronounced dead at his home in the West End on Sunday.',
  },
  {
    id: 'place/outlet-in-headline',
    qualifier: OUTLET,
    headline: true,
    // A page title ends with the site's name after " - " or " | ": "… - WXYZ News 12 Springfield,
    // Illinois News Weather & Sports", "… - KXYZ-TV: Channel 9 Now | Midvale, UT".
    // The name stands after such a separator, in a part of capitalized words to the line's end
    // (a headline's own words are lower case: "… - Springfield man charged" is not a site's name).
    before: /\s[-–—|]\s+(?:[^\s\p{Ll}]\S*\s+)*$/u,
    after: /^(?:\s*[^\s\p{Ll}]\S*)*\s*$/u,
    reason: 'A page title ends with the outlet’s name and often its town ("… - WXYZ News 7 | Springfield, IL"): where the station is, not where the act happened.',
    example: '---\ntitle: "Boy, 6, shot dead after chase - WXYZ News 7 | Springfield, IL"\n---\nA boy was shot dead in Dayton on Tuesday.',
  },
  {
    id: 'place/outlet-credited',
    qualifier: OUTLET,
    // "according to Click On Springfield", "reported by News Channel Springfield": capitalized
    // words between the credit and the name make it part of the source's name; "according to
    // Springfield police" (the name right after the credit) is the police's town, left alone.
    before: /\b(?:[Aa]ccording to|[Rr]eported by|[Rr]eports? from|told)\s+(?:\p{Lu}[\w.'’&-]*\s+){1,3}$/u,
    reason: 'A town inside the name of the outlet a story credits ("according to Click On Springfield") is the outlet’s, not where the act happened.',
    example: 'According to Click On Springfield, the family believes the shooting at a home in Dayton was not an accident.',
  },
  {
    id: 'place/home-town-label',
    qualifier: ORIGIN,
    // "a Brooklyn man", "8-year-old Houston girl", "Arkansas gunman": the town is a label of the
    // person, where they live or come from; the act may have happened anywhere.
    after: /^\s+(?:area\s+)?(?:man|woman|men|women|teens?|teenagers?|boys?|girls?|youths?|couple|residents?|natives?|gunman|gunmen|father|mother|dad|mom|husband|wife|brothers?|sisters?)\b/i,
    reason: 'A town said as a label of a person ("a Springfield man") is where that person lives or comes from, not where the act happened.',
    example: 'A Springfield man was charged Monday in the shooting of a boy in Dayton.',
  },
];

/** The sentence text around a name: back to the sentence's start, on to its end (within reach). */
const REACH = 200;

/**
 * The qualifiers the rules give a place name at [start, end) of the text, with the rules' ids;
 * `headline`: the name is in the page title.
 */
export function placeRoles(text: string, start: number, end: number, headline = false): { qualifier: string; rule: string }[] {
  const from = Math.max(0, start - REACH);
  const head = text.slice(from, start);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('? '), head.lastIndexOf('! '));
  const before = stop >= 0 ? head.slice(stop + 1) : head;
  const tail = text.slice(end, end + REACH);
  const cut = tail.search(/[.!?](?:\s|$)|\n/);
  const after = cut >= 0 ? tail.slice(0, cut) : tail;
  const sentence = before + text.slice(start, end) + after;
  return PLACE_ROLE_RULES.filter((r) => (!r.headline || headline) && (!r.before || r.before.test(before)) && (!r.after || r.after.test(after)) && (!r.sentence || r.sentence.test(sentence))).map((r) => ({ qualifier: r.qualifier, rule: r.id }));
}
