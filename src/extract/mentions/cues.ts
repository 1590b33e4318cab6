import type { Candidate } from './candidates.js';
import { isCommonWord, isFirstName, isKnownOrganization, isLastName } from './lexicon.js';
import { isCountryName, isPlaceName } from './places.js';
import type { Token } from './tokens.js';
import { LOWER_PLACE_HEADS, NAME_PARTICLES, NON_ENTITY_HEADS, ORG_HEADS, ORG_WORDS, PERSON_VERBS, PLACE_HEADS, PLACE_PREPOSITIONS, TITLE_HEADS } from './words.js';

// Evidence about one candidate, each a yes/no question on the run or its neighbours.

const lowerOf = (c: Candidate) => c.tokens.map((t) => t.lower).join(' ');
const bare = (t: Token) => t.lower.replace(/\.$/, '');

/** Organizations every news reader knows by name; most are found by their acronym anyway. */
const KNOWN_ORGANIZATIONS = new Set([
  'islamic state', 'islamic state of iraq and the levant', 'islamic state of iraq and syria', 'al qaeda', 'al-qaeda',
  'hamas', 'hezbollah', 'hizbollah', 'taliban', 'daesh', 'united nations', 'european union', 'red cross', 'red crescent',
  'pentagon', 'white house', 'congress', 'interpol', 'reuters', 'associated press', 'world bank',
]);

export const isKnownOrganizationName = (c: Candidate) => KNOWN_ORGANIZATIONS.has(lowerOf(c)) || isKnownOrganization(lowerOf(c));

export function hasOrganizationHead(c: Candidate): boolean {
  if (c.tokens.some((t) => ORG_WORDS.has(t.lower))) return true;
  const last = c.tokens[c.tokens.length - 1]!;
  return c.tokens.length > 1 && ORG_HEADS.has(bare(last));
}

export const hasPlaceHead = (c: Candidate) => c.tokens.length > 1 && PLACE_HEADS.has(bare(c.tokens[c.tokens.length - 1]!));

/** "World Cup", "Fair Play Award": names of events and prizes, not of entities. */
export const hasNonEntityHead = (c: Candidate) => NON_ENTITY_HEADS.has(c.tokens[c.tokens.length - 1]!.lower);

/** "Anbar province": a lower-case administrative word right after the run. */
export function lowerPlaceHead(c: Candidate): Token | null {
  const next = c.sentence[c.last + 1];
  const last = c.tokens[c.tokens.length - 1]!;
  return next && !last.breakAfter && LOWER_PLACE_HEADS.has(next.lower) && !next.cap ? next : null;
}

/** An acronym: capitals only, 2–7 letters, maybe dotted or hyphenated ("CENTCOM", "U.N."). */
export function isAcronym(c: Candidate): boolean {
  if (c.tokens.length !== 1 || c.shouting) return false;
  const t = c.tokens[0]!;
  const letters = t.text.replace(/[^\p{L}]/gu, '');
  return t.upper && letters.length >= 2 && letters.length <= 8 && !/^(?:I|II|III|IV|V|VI|AM|PM|GMT|OK|TV)$/.test(t.text);
}

/** "Combined Joint Task Force (CJTF)": a long form defined by the acronym after it. */
export function definesAcronym(c: Candidate): boolean {
  const next = c.sentence[c.last + 1];
  if (!next || !next.breakBefore || !next.upper || c.tokens.length < 2) return false;
  const initials = c.tokens.map((t) => t.text[0]).join('').toUpperCase();
  const letters = next.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && (initials.includes(letters[0]!) || initials.startsWith(letters.slice(0, 2)));
}

export function hasPersonShape(c: Candidate): string | null {
  const t = c.tokens;
  if (t.length >= 2 && isFirstName(t[0]!.lower) && !isCountryName(t[0]!.text)) return 'person/first-name';
  if (t.length >= 2 && /^(\p{Lu}\.)+$/u.test(t[0]!.text) && !isPlaceName(t[0]!.text) && !(/^[NSEW]\.$/.test(t[0]!.text) && isPlaceName(t.slice(1).map((w) => w.text).join(' ')))) return 'person/initial';
  if (t.length >= 2 && t.some((w, i) => i > 0 && (/^(al|el|bin|ibn|abu|ben)-/i.test(w.text) || NAME_PARTICLES.has(w.lower)))) return 'person/name-particle';
  if (t.length >= 2 && /^(abu|umm|bin|ibn)$/i.test(t[0]!.text)) return 'person/name-particle';
  return null;
}

export const isSurnameWord = (c: Candidate) => c.tokens.length === 1 && isLastName(c.tokens[0]!.lower);

/** "X said", "said X", "X told", "X, 23,": people speak and have ages. */
export function hasPersonContext(c: Candidate): boolean {
  const next = c.sentence[c.last + 1];
  const before = c.sentence[c.first - 1];
  const last = c.tokens[c.tokens.length - 1]!;
  if (next && !last.breakAfter && PERSON_VERBS.has(next.lower)) return true;
  if (before && !before.breakAfter && PERSON_VERBS.has(before.lower) && before.lower !== 'told') return true;
  return hasAgeAfter(c);
}

const isAge = (t: Token | undefined) => !!t && /^\d{1,2}$/.test(t.text) && t.breakAfter;

/**
 * "Serenity Laredo, 8; Omar Little, 9;": an age in apposition right after the name. At the end
 * of a sentence only as the last of a list of names and ages ("…; and Ella, 8."), not "in Ohio, 3."
 */
export function hasAgeAfter(c: Candidate): boolean {
  const next = c.sentence[c.last + 1];
  const last = c.tokens[c.tokens.length - 1]!;
  if (!next || !last.breakAfter || !isAge(next)) return false;
  return c.sentence.length > c.last + 2 || c.sentence.slice(0, c.first).some((t) => isAge(t) && /^[,;]/.test(t.trail));
}

const KIN = /^(?:wife|husband|son|daughter|mother|father|brother|sister|girlfriend|boyfriend|fianc[eé]e?|partner|cousin|nephew|niece|uncle|aunt|grand(?:son|daughter|mother|father)|step(?:son|daughter|mother|father)|friend)$/;
const POSSESSIVE = /^(?:his|her|their|my|our)$/;

/**
 * "his wife, Irene", "the victim's mother, Carla", "her 9-year-old son Jordan": a name right after
 * someone's kin is a person, whatever else the word could be (a country, a surname alone).
 */
export function hasKinBefore(c: Candidate): boolean {
  const kin = c.sentence[c.first - 1];
  if (!kin || kin.cap || !KIN.test(kin.lower) || !['', ','].includes(kin.trail)) return false;
  let owner = c.sentence[c.first - 2];
  if (owner && /^\d{1,3}-year-old$/.test(owner.lower)) owner = c.sentence[c.first - 3];
  // "his", or a possessive noun ("victim's": the tokenizer keeps the word, a break and no punctuation)
  return !!owner && (!owner.cap || owner.initial) && (POSSESSIVE.test(owner.lower) || (owner.breakAfter && owner.trail === '' && /\p{L}$/u.test(owner.text)));
}

/** "16-year-old Jordan Hale": an age written just before the name. */
export function hasAgeBefore(c: Candidate): boolean {
  const before = c.sentence[c.first - 1];
  return !!before && !before.breakAfter && /^\d{1,3}-year-old$/i.test(before.text);
}

export function hasPlacePreposition(c: Candidate): boolean {
  const before = c.sentence[c.first - 1];
  return !!before && !before.cap && !before.breakAfter && PLACE_PREPOSITIONS.has(before.lower);
}

/** A row of a results table: the name is followed by a score or figures. */
export function isResultsRow(c: Candidate): boolean {
  const next = c.sentence[c.last + 1];
  if (!next || !/^\d+$/.test(next.text)) return false;
  return c.sentence.filter((t) => /^\d+$/.test(t.text)).length >= 2;
}

/** "BAGHDAD, Iraq 1996-12-06" or "ROME (Reuters) -": the capitalized place a story is filed from. */
export function isDateline(c: Candidate): boolean {
  if (c.first !== 0 || !c.tokens.every((t) => t.upper) || c.tokens.some((t) => t.text.replace(/[^\p{L}]/gu, '').length < 3)) return false;
  const last = c.tokens[c.tokens.length - 1]!;
  const next = c.sentence[c.last + 1];
  const dated = c.sentence.some((t) => /^\d{4}-\d\d-\d\d$/.test(t.text) || /^(Reuters|AP|AFP)$/.test(t.text));
  const text = c.tokens.map((t) => t.text).join(' ');
  return dated && (last.trail === ',' || next?.bracket === true || /^\d{4}-/.test(next?.text ?? '')) && (isPlaceName(text) || last.trail === ',');
}

/** "Jorge Costa (Porto)": a bracketed name right after a person's name is their club or party. */
export function isBracketedAffiliation(c: Candidate): boolean {
  const before = c.sentence[c.first - 1];
  return c.tokens[0]!.bracket && !!before && before.cap && !before.upper;
}

const TOWN_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);

/** In a sports report a city on its own is its team, unless the text says "in"/"at" it. */
export function isCityAsTeam(c: Candidate, sports: boolean): boolean {
  if (!sports) return false;
  const text = c.tokens.map((t) => t.text).join(' ');
  const before = c.sentence[c.first - 1];
  return !isCountryName(text) && !(before && TOWN_PREPOSITIONS.has(before.lower)) && !isDateline(c);
}

/** What news copy says happened to a person right after their name: "was pronounced dead", "was taken to a hospital", "died". */
export const VICTIM_AFTER = /^(?:(?:was|were|is|has been|had been)(?: (?:fatally|critically|seriously|also|later|reportedly|still))? (?:shot|killed|slain|stabbed|murdered|wounded|injured|hospitalized|pronounced|found dead|taken to|rushed to|transported to|flown to|struck|hit by)|died|dies|remains? (?:in|on life)|suffered (?:a |an |multiple |several )?(?:fatal |serious |critical |life-threatening )?(?:gunshot|bullet|stab))\b/;
/** What it says right before: "identified the boy as", "the family of", "the shooting of". */
const VICTIM_BEFORE = /(?:\bidentified (?:(?:the|a) )?(?:[a-z]+ ){0,2}(?:to [^,]{1,30} )?as|\bthe (?:family|families|death|deaths|killing|shooting|murder|slaying|funeral|body|mother|father|parents) of|\bvictims? (?:was|is|as)|\b(?:killed|slain|wounded|injured) (?:was|were))$/;
// Words of roles and agencies: "County Officer", "Homicide Unit" are never a person's name.
const ROLE_WORDS = /^(?:police|sheriff|officer|officers|deputy|deputies|trooper|detective|unit|division|squad|county|city|state|department|office|news|hospital|center|centre|school|church)$/;

/**
 * "Ilanye Price was taken to a hospital", "identified the girl as Marques Green": two or three name
 * words that news copy says someone was killed or hurt. A person even when the lexicon knows neither
 * word as a name (an unusual first name, a surname that is a common word), as long as the first word
 * is no common word and no word is a title or an agency's.
 */
export function hasVictimContext(c: Candidate): boolean {
  const t = c.tokens;
  if (t.length < 2 || t.length > 3 || c.shouting) return false;
  if (!t.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text) && !TITLE_HEADS.has(w.lower) && !ORG_WORDS.has(w.lower) && !ROLE_WORDS.test(w.lower))) return false;
  if (t.slice(0, -1).some((w) => w.breakAfter) || isCommonWord(t[0]!.lower) || isPlaceName(t[0]!.text) || ORG_HEADS.has(t[t.length - 1]!.lower)) return false;
  const words = (from: Token[]) => from.map((w) => w.lower).join(' ');
  const last = t[t.length - 1]!;
  const after = c.sentence.slice(c.last + 1, c.last + 6);
  if (!last.breakAfter && VICTIM_AFTER.test(words(after))) return true;
  const before = c.sentence.slice(Math.max(0, c.first - 10), c.first);
  // The words before run up to the name unbroken: "the family of X", not "the family of the dead, X".
  const lastBefore = before[before.length - 1];
  return !!lastBefore && !lastBefore.breakAfter && VICTIM_BEFORE.test(words(before));
}
