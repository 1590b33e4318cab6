import type { Candidate } from './candidates.js';
import {
  definesAcronym, hasAgeAfter, hasAgeBefore, hasKinBefore, hasNonEntityHead, hasOrganizationHead, hasPersonContext, hasPersonShape, hasPlaceHead,
  hasPlacePreposition, hasVictimContext, isAcronym, isBracketedAffiliation, isCityAsTeam, isDateline, isKnownOrganizationName,
  isResultsRow, isSurnameWord, lowerPlaceHead,
} from './cues.js';
import type { DocumentFacts } from './facts.js';
import { isCommonWord, isFirstName } from './lexicon.js';
import { isCountryName, isDemonym, isPlaceName, isTownName } from './places.js';
import { hasTitleBefore, splitAtTitle, subCandidate } from './titles.js';
import type { MentionType } from './types.js';
import { TITLE_HEADS } from './words.js';

/** What one candidate (or a part of it) names, before the document-level pass. */
export interface Decision {
  candidate: Candidate;
  /** null: nothing about the name itself decides; the document may. */
  type: MentionType | null;
  rule: string;
  strong: boolean;
  /** Where the mention ends, when it runs past the candidate ("Anbar province"). */
  end: number;
}

const textOf = (c: Candidate) => c.tokens.map((t) => t.text).join(' ');

/** Where a run holds two names, the index the second starts at ("AC Milan George Weah"). */
function secondNameAt(c: Candidate): number {
  const t = c.tokens;
  // A kunya after a name starts a name of its own: "Jassim al-Mazrouei Abu Abdel Qader".
  const kunya = t.findIndex((w, i) => i >= 2 && i < t.length - 1 && /^(abu|umm)$/.test(w.lower));
  if (kunya > 0) return kunya;
  for (let k = 1; k < t.length - 1; k++) {
    if (!isFirstName(t[k]!.lower)) continue;
    // "Uruguayan Marcelo Otero", "Queenslander Daniel Herbert": an origin word before a name.
    if (k === 1 && !isFirstName(t[0]!.lower) && !TITLE_HEADS.has(t[0]!.lower.replace(/\.$/, '')) && (isDemonym(t[0]!.text) || /(ian|an|er|ese|ish|man|i)$/.test(t[0]!.lower))) return 1;
    const before = subCandidate(c, t.slice(0, k));
    if (isPlaceName(textOf(before)) || isPlaceName(t[k - 1]!.text) || hasOrganizationHead(before) || isKnownOrganizationName(before)) return k;
  }
  return -1;
}

/** "KINGSPORT - A man …": a name opening its sentence, cut off from what follows by a dash (tokens drop it: the next word starts afresh). */
function opensWithDash(c: Candidate): boolean {
  const last = c.tokens[c.tokens.length - 1]!;
  const next = c.sentence[c.last + 1];
  return c.first === 0 && last.breakAfter && (last.trail === '' || /^[-–—]+$/.test(last.trail)) && !!next?.initial;
}

/** "taking off north on Indiana": a name a car heads along is a street, whatever place it also names. */
function isHeadingOnStreet(c: Candidate): boolean {
  const [way, on] = [c.sentence[c.first - 2], c.sentence[c.first - 1]];
  return on?.lower === 'on' && /^(?:north|south|east|west)(?:bound)?$/.test(way?.lower ?? '') && c.tokens[c.tokens.length - 1]!.trail !== "'s";
}

export function classify(c: Candidate, facts: DocumentFacts): Decision[] {
  const decide = (type: MentionType | null, rule: string, strong = true, end = c.tokens[c.tokens.length - 1]!.end): Decision[] => [
    { candidate: c, type, rule, strong, end },
  ];
  const text = textOf(c);
  const place = () => (isCityAsTeam(c, facts.sports) || (isResultsRow(c) && !isCountryName(text)) ? decide('organization', 'organization/team') : decide('place', 'place/gazetteer'));
  if (c.shouting) {
    if (isKnownOrganizationName(c)) return decide('organization', 'organization/known');
    if (isDateline(c) && isPlaceName(text)) return decide('place', 'place/dateline');
    if (isPlaceName(text)) return place();
    if (opensWithDash(c) && isTownName(text)) return decide('place', 'place/town');
    return decide(null, '', false);
  }
  if (isKnownOrganizationName(c)) return decide('organization', 'organization/known');
  // "16-year-old Jordan Hale", "16-year-old Christian Moss": words that could be a country or a
  // creed are a name when an age stands before them.
  if (c.tokens.length > 1 && c.tokens.length <= 4 && hasAgeBefore(c)) return decide('person', 'person/age');
  // "his wife, Irene", "her son Jordan": a first name alone, even one that is a country; not "his wife, Ohio".
  const single = c.tokens.length === 1 ? c.tokens[0]!.lower : null;
  if (c.tokens.length <= 3 && hasKinBefore(c) && (!single || isFirstName(single) || (!isCommonWord(single) && !isPlaceName(text)))) return decide('person', 'person/kin');
  const second = secondNameAt(c);
  if (second > 0) {
    return [...classify(subCandidate(c, c.tokens.slice(0, second)), facts), ...classify(subCandidate(c, c.tokens.slice(second)), facts)];
  }
  const titled = splitAtTitle(c);
  if (titled && !hasOrganizationHead(c)) {
    const prefix = titled.prefix.length ? classify(subCandidate(c, titled.prefix), facts) : [];
    return [...prefix, ...decide('person', 'person/title').map((d) => ({ ...d, candidate: subCandidate(c, titled.name) }))];
  }
  if (isDateline(c)) return decide('place', 'place/dateline');
  if (isHeadingOnStreet(c)) return [];
  if (opensWithDash(c) && c.tokens.every((t) => t.upper) && isTownName(text)) return decide('place', 'place/town');
  if (hasNonEntityHead(c)) return [];
  const admin = lowerPlaceHead(c);
  if (admin) return decide('place', 'place/admin-word', true, admin.end);
  // "N. Ireland", "S. Africa": a compass initial before a place.
  const compass = /^[NSEW]\.$/.test(c.tokens[0]!.text) && c.tokens.length > 1 && isPlaceName(textOf(subCandidate(c, c.tokens.slice(1))));
  if (compass) return decide('place', 'place/gazetteer');
  if (isPlaceName(text)) {
    if (hasTitleBefore(c)) return decide('person', 'person/title');
    return place();
  }
  // "police in Kingsport said", "underway in Fairview": a town after a place preposition.
  if (hasPlacePreposition(c) && isTownName(text) && !hasTitleBefore(c)) return decide('place', 'place/town');
  // "Marques Green was pronounced dead", "the family of Daquan Park": before the suffix rules, as a surname may be a
  // place word; a known first name keeps its own rule.
  if (hasVictimContext(c) && !hasPersonShape(c)) return decide('person', 'person/victim-context');
  if (hasOrganizationHead(c)) return decide('organization', 'organization/suffix');
  if (hasPlaceHead(c)) return decide('place', 'place/suffix');
  if (definesAcronym(c)) return decide('organization', 'organization/acronym-definition');
  if (c.tokens.length === 1 && isDemonym(text)) return [];
  if (isAcronym(c)) return decide('organization', 'organization/acronym');
  if (hasTitleBefore(c)) return decide('person', 'person/title');
  const shape = hasPersonShape(c);
  if (shape) return decide('person', shape);
  if (isBracketedAffiliation(c)) return decide('organization', 'organization/affiliation');
  // "Serenity Laredo, 8;": a place word inside a name with an age after it is a person's surname.
  if (c.tokens.length > 1 && c.tokens.length <= 4 && !facts.sports && hasAgeAfter(c)) return decide('person', 'person/said');
  // "Partizan Belgrade", "Radio Romania": a place inside a name no person has.
  if (c.tokens.length > 1 && c.tokens.some((t) => isPlaceName(t.text))) return decide('organization', 'organization/place-word', false);
  if (hasPersonContext(c)) return decide('person', 'person/said', c.tokens.length > 1);
  if (isSurnameWord(c)) return decide('person', 'person/surname', false);
  if (c.tokens.length === 1 && isResultsRow(c)) return decide('organization', 'organization/team', false);
  if (c.tokens.length === 1 && hasPlacePreposition(c)) return decide('place', 'place/preposition', false);
  return decide(null, '', false);
}
