import type { CasualtyValue, FindingValue, NormalizedClaim, NormalizedDocument, VictimRelation } from '../types.js';
import { nameWords } from '../normalize/people.js';
import { victimClaims } from '../group/main-facts.js';
import { victimsBySurname } from './victim-surnames.js';
import { AFTER, BEFORE, FOUND, IDENTIFIED, IDENTIFIED_BY_EXAMINER, EARLIER, KIN_NAMED, LIST_JOIN, LIST_WORDS, SPEAKER, SUSPECT, kinHit } from './victim-patterns.js';
import { allMatches } from '../util/matches.js';

// Who a document names as killed or hurt, for the event's `person.victims` slot. Wider than
// grouping's victim test (group/main-facts.ts): names identified as the dead, listed after "the
// victims were identified as", or said to be in critical condition count too.

/** Each document's named victims, read once: comparison asks for them per slot and per official. */
const namedVictimsRead = new WeakMap<NormalizedDocument, readonly NormalizedClaim[]>();

/** The person claims a document names as killed or hurt in its event. */
export function namedVictims(doc: NormalizedDocument): readonly NormalizedClaim[] {
  let found = namedVictimsRead.get(doc);
  if (!found) namedVictimsRead.set(doc, (found = readNamedVictims(doc)));
  return found;
}

function readNamedVictims(doc: NormalizedDocument): NormalizedClaim[] {
  const found = namedVictimsAlone(doc);
  for (const c of victimsBySurname(doc, found)) if (!found.includes(c)) found.push(c);
  // "the deaths of Marcus Dell and 33-year-old Darius Webb": a name joined to a victim's by "and" is one too.
  // "A and B were identified as the victims who died": so is a name joined to a victim's that a plural verb follows.
  const people = doc.claims.filter((c) => c.kind === 'person');
  for (const [i, c] of people.entries()) {
    const prior = people[i - 1];
    if (!prior || prior.sentenceIndex !== c.sentenceIndex) continue;
    const sentence = doc.sentences[c.sentenceIndex];
    if (!sentence) continue;
    const between = sentence.text.slice(prior.span.end - sentence.start, c.span.start - sentence.start);
    if (!LIST_JOIN.test(between)) continue;
    const after = sentence.text.slice(c.span.end - sentence.start, c.span.end - sentence.start + 12);
    if (found.includes(prior) && !found.includes(c)) found.push(c);
    else if (found.includes(c) && !found.includes(prior) && /^,?(?: \d{1,3},)? were\b/.test(after)) found.push(prior);
  }
  return found;
}

const POSSESSIVE = /^['’]s?\s/;
const OWN_DEATH = /^['’]s? (?:death|killing|murder|body)\b/;

/**
 * What the words around a name say of it: true when they name it as killed or hurt, false when
 * as a suspect, a speaker or an earlier death, null when they say neither.
 */
export function victimWording(before: string, after: string): boolean | null {
  // "suspect John Doe", "the gunman, John Doe": the words right before the name
  if (SUSPECT.test((before.match(/[\w'’-]+/g) ?? []).slice(-2).join(' '))) return false;
  // "the killing of A's cousin": the kin was shot; "A's death" is A's own
  if (POSSESSIVE.test(after) && !OWN_DEATH.test(after)) return false;
  // "in retaliation for the killing of A": an earlier death, not this event's
  if (EARLIER.test(before)) return false;
  // "… when the shooting happened, Mitchell said": the speaker, not the shot
  if (SPEAKER.before.test(before) && SPEAKER.after.test(after)) return false;
  if (AFTER.test(after) || BEFORE.some((re) => re.test(before))) return true;
  if (FOUND.before.test(before) && FOUND.after.test(after)) return true;
  return null;
}

function namedVictimsAlone(doc: NormalizedDocument): NormalizedClaim[] {
  const grouping = new Set(victimClaims(doc));
  return doc.claims.filter((c) => {
    if (c.kind !== 'person') return false;
    if (grouping.has(c)) return true;
    const sentence = doc.sentences[c.sentenceIndex];
    if (!sentence) return false;
    const before = sentence.text.slice(Math.max(0, c.span.start - sentence.start - 120), c.span.start - sentence.start);
    const after = sentence.text.slice(c.span.end - sentence.start, c.span.end - sentence.start + 260); // "… was taken to <hospital> … after suffering … a gunshot wound", "… was sitting on <where> … when two men … started shooting"
    const wording = victimWording(before, after);
    if (wording !== null) return wording;
    if (IDENTIFIED_BY_EXAMINER.before.test(before) && IDENTIFIED_BY_EXAMINER.after.test(after)) return true;
    // "The husband has been identified as … and the wife is A", where the story says he shot his wife.
    const kin = KIN_NAMED.exec(before)?.[1];
    if (kin && doc.sentences.some((s) => kinHit(s.text, kin))) return true;
    const listed = IDENTIFIED.map((re) => re.exec(before)).find((m) => m);
    // only names, ages, kin words and separators between "as" and this name: the list goes on
    return !!listed && !SUSPECT.test(before) && (listed[1]!.match(/\b[a-z][a-z]+\b/g) ?? []).filter((w) => !LIST_WORDS.test(w)).length <= 2;
  });
}

/** The most-supported figure of one toll type, or null when none or unbounded. */
export function tollOf(tolls: Map<string, FindingValue[]>, type: 'killed' | 'injured'): number | null {
  const v = tolls.get(`casualty.${type}`)?.[0]?.value as CasualtyValue | undefined;
  return v && v.max !== null ? v.max : null;
}

/** How many people the event's tolls say were killed or hurt (the most-supported figures), or null when unbounded or unknown. */
export function peopleCounted(tolls: Map<string, FindingValue[]>): number | null {
  const killed = tolls.get('casualty.killed')?.[0]?.value as CasualtyValue | undefined;
  const injured = tolls.get('casualty.injured')?.[0]?.value as CasualtyValue | undefined;
  if (!killed && !injured) return null;
  if ((killed && killed.max === null) || (injured && injured.max === null)) return null;
  return (killed?.max ?? 0) + (injured?.max ?? 0);
}

/** A place read as a name ("Prince Edwin County", "Mt. Alder"): no one to count among the named. */
const PLACE_NAME = /^(?:Mt|Ft|St)\.?\s|\s(?:County|City|Township|Parish|Borough|Village)$/;

/** The distinct people among named victims: full names only (a first name alone may be anyone's). */
export function distinctVictims(values: FindingValue[]): FindingValue[] {
  const full = values.filter((v) => nameWords((v.value as { name: string }).name).length >= 2 && !PLACE_NAME.test((v.value as { name: string }).name));
  const name = (v: FindingValue) => (v.value as { name: string }).name;
  // The fuller of two names for one person stands for both: more words, or a first name written out.
  const fuller = (w: FindingValue, v: FindingValue) => nameWords(name(w)).length - nameWords(name(v)).length || name(w).length - name(v).length;
  // One name spelled two ways by two sources ("Jerold Penn", "Gerold Penn"): the better-supported spelling stands for both.
  // In one source too when the word is long ("Lyndella", "Lindella"): short names a letter apart may be two siblings.
  const apart = (w: FindingValue, v: FindingValue) => spelledApart(name(w), name(v), w.documents.some((d) => v.documents.includes(d)) ? 6 : 4);
  const before = (w: FindingValue, v: FindingValue) => w.documents.length - v.documents.length || full.indexOf(v) - full.indexOf(w);
  return full.filter((v) => !full.some((w) => w !== v && ((fuller(w, v) > 0 && shortFor(name(v), name(w))) || (apart(w, v) && before(w, v) > 0))));
}

/**
 * "Jerold Penn" and "Gerold Penn", "Ela Price" and "Ella Price": the same words but one, that one
 * a letter apart (added, dropped or changed) and `letters` letters or more: a name misspelled, not another person.
 */
export function spelledApart(a: string, b: string, letters = 4): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  if (x.length < 2 || x.length !== y.length) return false;
  const differ = x.map((w, i) => [w, y[i]!] as const).filter(([v, w]) => v !== w);
  if (differ.length !== 1) return false;
  const [v, w] = differ[0]!;
  return Math.min(v.length, w.length) >= letters && oneEditApart(v, w);
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // the first difference: changed, added to a or added to b; the rest the same
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** "Jorge Alvarez" for "Jorge Alvarez-Ruiz": every word of one name stands in the other, a person named short. */
export function shortFor(a: string, b: string): boolean {
  const [x, y] = [nameWords(a), nameWords(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // "Chris Dell" for "Christopher Dell": a first name shortened, the rest the same
  const stands = (w: string, i: number) => long.includes(w) || (i === 0 && w.length >= 3 && long[0]!.startsWith(w));
  return short.length > 0 && short.every(stands);
}

const DEATH = /\b(?:kill(?:ed|ing)|died|dies|dead|deaths?|slain|slaying|murder(?:ed)?|fatal(?:ly)?|executing|execution|homicide|body|bodies|deceased)\b/i;

const ATTEMPT = /\b(?:intent|attempt(?:ed|ing)?|tried|trying) to (?:kill|murder)\b|\battempted (?:murder|killing)\b/gi;

const EXAMINER_IDENTIFIED = /\b(?:medical examiner|coroner)s?\b[^.;]{0,60}\bidentified\b|\bidentified\b[^.;]{0,100}\bby (?:the )?[^.;]{0,40}\b(?:medical examiner|coroner)/i;

/** What the text says of a named victim besides the name: its age, whether it speaks of a death, its relation to someone. */
export interface VictimFacts { age: number | null; died: boolean; relation: VictimRelation | null }

// "shot his wife, Ana Ortiz", "killed her husband Paul": a current spouse or partner, not an "ex-wife".
const KIN_BEFORE = /\b(?:his|her|their)\s+(?:estranged\s+|common-law\s+|longtime\s+)?(wife|husband|spouse|girlfriend|boyfriend|partner|fianc[eé]e?|mother|father)\s*,?\s+(?:\d{1,3}-year-old\s+)?$/i;
// "the wife is Ana Ortiz", "the mother was identified as Ana Ortiz" (KIN_NAMED): the same relation, named apart.
const NAMED_RELATION = /^(?:wife|husband|girlfriend|boyfriend|partner|mother|father)$/i;
const namedKin = (before: string) => {
  const kin = KIN_NAMED.exec(before)?.[1];
  return kin && NAMED_RELATION.test(kin) ? kin : undefined;
};
// "shooting Ana Ortiz and their daughters": the other parent of the children shot with her.
export const COPARENT_AFTER = /^,?(?: \d{1,3},)? and (?:their|the couple['’]s) (?:(?:two|three|four|five|six|young|\d{1,2}-year-old) )?(?:daughters?|sons?|children|kids)\b/i;
const RELATION: Record<string, VictimRelation> = { mother: 'mother', father: 'father' };

function relationOf(before: string, after: string): VictimRelation | null {
  const kin = (KIN_BEFORE.exec(before)?.[1] ?? namedKin(before))?.toLowerCase();
  if (kin) return RELATION[kin] ?? 'spouse';
  return COPARENT_AFTER.test(after) ? 'spouse' : null;
}

const AND = /\band\b/g;

export function victimFacts(claim: NormalizedClaim, doc: NormalizedDocument): VictimFacts {
  const sentence = doc.sentences[claim.sentenceIndex];
  if (!sentence) return { age: null, died: false, relation: null };
  const before = sentence.text.slice(Math.max(0, claim.span.start - sentence.start - 80), claim.span.start - sentence.start);
  const after = sentence.text.slice(claim.span.end - sentence.start, claim.span.end - sentence.start + 80);
  // "the receptionist was shot dead and two managers, Paul Riva …": a death before "and" is
  // someone else's; not in a list of names ("the deaths of Dale Moore and 33-year-old Chris Webb").
  const ands = allMatches(AND, before).map((m) => m.index);
  let own = before;
  for (let i = ands.length - 1; i >= 0; i--) {
    const segment = before.slice(ands[i]! + 3, ands[i + 1] ?? before.length);
    if (segment.includes(',') || (segment.match(/[\w'’-]+/g) ?? []).length > 1) {
      own = before.slice(ands[i]! + 3);
      break;
    }
  }
  // The clause after the name: "… was identified by deputies on Monday as one of the victims who died".
  const clause = after.replace(/^,?(?:\s*\d{1,3},)?/, '').split(/[,;]/)[0]!;
  // "20-year-old", "20 year-old", "20 year old"
  const age = /(\d{1,3})[- ]year[- ]old\s+(?:[a-z]+\s+){0,2}$/.exec(before)?.[1] ?? /^,\s*(\d{1,3})\s*(?:[,;)]|\.(?:\s|$))/.exec(after)?.[1] ?? null;
  // A medical examiner or coroner identifies the dead: "identified him as A, by the medical examiner's office".
  const examined = EXAMINER_IDENTIFIED.test(sentence.text);
  // "intent to murder in the shootings of A", "attempted murder of A": a charge for trying to kill, not a death.
  const dying = own.slice(-60).replace(ATTEMPT, '');
  return { age: age === null ? null : Number(age), died: DEATH.test(dying) || DEATH.test(clause) || examined, relation: relationOf(before, after) };
}

const TITLE_WORDS = String.raw`\s+(?:(?!(?:of|in|for|with)\b)[\w.'’-]+\s+){0,2}$`;
const SUSPECT_BEFORE = new RegExp(String.raw`\b(?:suspects?|gunm[ae]n|shooters?|accused|defendant)${TITLE_WORDS}`, 'i');
// An official's title: whoever speaks, prosecutes or shoots back, unless the story names them as shot ("Officer A was shot and killed").
const OFFICIAL_BEFORE = new RegExp(String.raw`\b(?:attorneys?|prosecutors?|judge|lawyer|driver|officer|deputy|trooper|spokes(?:wo)?man|chief|sheriff)${TITLE_WORDS}`, 'i');
export const SUSPECT_AFTER = /^,?(?: \d{1,3},)?(?: who)? (?:is|was|has been|had been|were) (?:also )?(?:accused|charged|arrested|arraigned|indicted|convicted|sentenced|held|booked|wanted|sought)\b|^,?(?: \d{1,3},)? (?:pleaded|faces|surrendered|fled|opened fire|shot and killed|killed|fatally shot|told|said)\b|^,?(?: \d{1,3},)? shot (?:his|her|their)\b/i;

/**
 * Names a document gives as a suspect, official or speaker: not victims, whatever else a sentence
 * says of them. Not the one a suspect is "accused of shooting": the words after the title hold no "of".
 * Not an officer, deputy or chief the document names as shot ("Officer A was shot and killed"):
 * police are shot too, and a title is no sign of who fired.
 */
export function namedNonVictims(doc: NormalizedDocument): Set<string> {
  const out = new Set<string>();
  const officials = new Set<string>();
  for (const c of doc.claims) {
    if (c.kind !== 'person') continue;
    const sentence = doc.sentences[c.sentenceIndex];
    if (!sentence) continue;
    const before = sentence.text.slice(Math.max(0, c.span.start - sentence.start - 60), c.span.start - sentence.start);
    const after = sentence.text.slice(c.span.end - sentence.start, c.span.end - sentence.start + 60);
    // A surname alone is shared by a family: "Reyes was arrested" may be the husband of the victim
    // "Lena Reyes"; "Reyes told him to stop" may be the victim herself, before she died.
    if (!/\s/.test(c.text.trim()) && /\s/.test((c.value as { name: string }).name)) continue;
    if (SUSPECT_BEFORE.test(before) || SUSPECT_AFTER.test(after)) out.add((c.value as { name: string }).name);
    else if (OFFICIAL_BEFORE.test(before)) officials.add((c.value as { name: string }).name);
  }
  if (officials.size) {
    const shot = new Set(namedVictims(doc).map((c) => (c.value as { name: string }).name));
    for (const name of officials) if (!shot.has(name)) out.add(name);
  }
  return out;
}
