import type { Sentence } from '../../types.js';
import type { Mention } from '../mentions/index.js';

// Titles and ranks come off a speaker: roles are the role extractor's business, and the
// same person quoted as "Sgt. Rudy Lopez" and "Lopez" is one speaker.
export const TITLE =
  /^(?:(?:the |a )?(?:(?:Police|Fire|Assistant|Deputy|Interim|Acting|Former|Chief|Chicago|County|State|U\.S\.|Pentagon|press|police) )*(?:Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Lt|Col|Maj|Capt|Cpl|Sgt|Adm|Cmdr|Gov|Sen|Rep|Supt|Det|Officer|Detectives?|Chief|Sheriff|Mayor|Judge|President|Pastor|Father|Bishop|Superintendent|Commander|Lieutenant|Sergeant|Captain|Spokes(?:man|woman)|spokes(?:man|woman)|Attorney|Prosecutor)\.? )+/;

// A speaker named by what it is: a source or a person described, kept as written.
const SOURCE =
  /^(?:(?:the|a|an|his|her|their|[A-Z][\w.'’-]*) )?(?:[\w’'.-]+ ){0,4}(?:police|sheriff(?:['’]s office)?|office|department|mayor|chief|spokes(?:man|woman|person)|officials?|authorities|investigators|detectives|deputies|officers|witness(?:es)?|prosecutors?|hospital|coroner|FBI|agency|ministry|military|army|government|commander|club|page|statement|family|defendant|suspect|victim|shooter|gunman|neighbou?r|mother|father|brother|sister|half-brother|half-sister|son|daughter|cousin|friend|uncle|aunt|grandmother|grandfather|wife|husband|girlfriend|boyfriend|owner|manager|resident)$/i;

// Capitalised words that open sentences without naming anyone.
const NOT_NAME = /^(?:One|Both|Some|Many|Others?|Police|The|It|This|That|These|Those|There|When|While|Earlier|Later|In|On|At|After|Before|But|And|As|If|Then|During|Since|Meanwhile|However|Still|Also|Yet|So|Now|Today|Yesterday|He|She|They|We|I|You)$/;
// A speaker name of one letter is an initial or a fragment ("Mr. G's").
const TOO_SHORT = 2;

const PRONOUN = /^(?:he|she)$/i;

/** Is the speaker text a pronoun to resolve from earlier sentences? */
export function isPronoun(speaker: string): boolean {
  return PRONOUN.test(speaker.trim());
}

/** A person mention's name with leading titles taken off. */
export function withoutTitle(name: string): string {
  // Also cut what a missing space glued on ("Martha Montalvo.More").
  const bare = name.replace(TITLE, '').replace(/(?<=[a-z])\.[A-Z][a-z].*$/, '').trim();
  return bare.length > 1 ? bare : name;
}

/**
 * The speaker as the attribution text names them: the person mentioned in `span` (after the
 * quotation the first, before it the last ahead of the verb; never one in a possessive,
 * "Jamal's mother, Karla Reed"), else a source such as "police" or "the older half-brother",
 * else a bare capitalised name ("Carter") the mention layer did not take, else nobody.
 */
export function speakerFrom(written: string, span: [number, number], clean: string, people: Mention[], pick: 'first' | 'last'): string | null {
  const inside = people.filter(
    (p) => p.start >= span[0] && p.start < span[1] && p.name.length >= TOO_SHORT && !/^['’]s\b/.test(clean.slice(p.end, p.end + 3)),
  );
  // A full name beats a lone word the mention layer also took for a person ("HPD Interim Chief Martha Montalvo").
  const full = inside.filter((p) => / /.test(p.name.trim()));
  const choice = full.length ? full : inside;
  if (choice.length) return withoutTitle(choice[pick === 'first' ? 0 : choice.length - 1]!.name);
  const phrase = written.replace(/,\s*\d+,?$/, '').replace(/,$/, '').trim();
  if (/['’]s$/.test(phrase)) return null;
  if (SOURCE.test(phrase)) return phrase;
  const bare = withoutTitle(phrase);
  const name = /^[A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|al-[\w'’-]+|de|van|von|bin))*$/.test(bare) ? bare : null;
  return name && !NOT_NAME.test(name) && !TITLE.test(name + ' ') ? name : null;
}

/** A person a sentence reports speech from ("…, Sedelmaier said." / "according to Sedelmaier"). */
function speaks(p: Mention, clean: string): boolean {
  return /^,?\s+(?:\w+ly\s+)?(?:said|says|told|added|explained)\b/.test(clean.slice(p.end, p.end + 30)) || (/\b(?:said|says)\s+$/.test(clean.slice(Math.max(0, p.start - 20), p.start)) && /^[.,]/.test(clean.slice(p.end, p.end + 1)))
    || /\baccording to\s+$/.test(clean.slice(Math.max(0, p.start - 20), p.start));
}

/** Where a person is the subject of a sentence: the name opens it, titles aside. */
function opensSentence(p: Mention, s: Sentence): boolean {
  return /^(?:[A-Z][\w.'’-]* ){0,4}$/.test(s.text.slice(0, p.start - s.start));
}

export type Gender = 'he' | 'she';

/**
 * Who "he" or "she" is: the later of the last named speaker and the last person who opens an
 * earlier sentence or is reported as saying something ("Johnson was among the wounded." … “…,” he
 * said). `genders` holds what earlier resolutions learnt, so a speaker
 * once "she" is not taken for "he". Cheap and right for the common news paragraph; null when
 * nobody fits.
 */
export function resolvePronoun(
  pronoun: string,
  at: number,
  sentenceStart: number,
  last: { name: string; at: number } | null,
  people: Mention[],
  sentences: Sentence[],
  genders: Map<string, Gender>,
  clean: string,
): string | null {
  const gender: Gender = /^she$/i.test(pronoun.trim()) ? 'she' : 'he';
  const fits = (name: string) => (genders.get(name) ?? gender) === gender;
  const subject = [...people].reverse().find((p) => {
    if (p.end > sentenceStart || at - p.start > 2000 || p.name.length < 2 || !fits(withoutTitle(p.name))) return false;
    const s = sentences.find((x) => x.start <= p.start && p.start < x.end);
    return !!s && (opensSentence(p, s) || speaks(p, clean));
  });
  const lastFits = last && at - last.at < 3000 && fits(last.name) ? last : null;
  const who = subject && (!lastFits || subject.start > lastFits.at) ? withoutTitle(subject.name) : lastFits?.name ?? null;
  if (who) genders.set(who, gender);
  return who;
}
