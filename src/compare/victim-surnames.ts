import type { NormalizedClaim, NormalizedDocument } from '../types.js';
import { nameWords } from '../normalize/people.js';
import { victimWording } from './victims.js';
import { allMatches } from '../util/matches.js';

// A story names a person in full once and goes on by surname: "Dana Pike was standing outside
// when two men opened fire. … Pike, of the 700 block of Elm Street, was shot in the back." The
// surname's sentence says who was shot; the full name is who that is. Only when the document
// gives one person of that surname in full: "Pike's father, Kevin Pike, said …" makes "Pike" anyone's.

/** Characters of the sentence read before and after the surname, as for a name (victims.ts). */
const REACH = 120;
const REACH_AFTER = 260;

/** A capitalised word right before the surname: part of another name ("Kevin Pike") or a title ("Officer Pike"). */
const NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+$/u;

/** A run of name characters: a surname, standing alone, starts one (nothing of a name before it). */
const WORD_RUN = /[\p{L}'’-]+/gu;

/**
 * The sentences that may hold each surname, in one pass over the text: a surname standing alone
 * starts a run of name characters and ends it or meets an apostrophe ("Pike", "Pike's"), so
 * only those sentences are searched (the pattern decides; this only leaves out the others).
 */
function sentencesBySurname(doc: NormalizedDocument, surnames: Map<string, string[]>): Map<string, NormalizedDocument['sentences']> {
  const found = new Map<string, NormalizedDocument['sentences']>();
  for (const sentence of doc.sentences) {
    for (const [run] of allMatches(WORD_RUN, sentence.text)) {
      for (let end = 0; end <= run.length; end++) {
        if (end < run.length && run[end] !== "'" && run[end] !== '’') continue;
        const candidate = run.slice(0, end);
        if (!surnames.has(candidate)) continue;
        const list = found.get(candidate) ?? found.set(candidate, []).get(candidate)!;
        if (list.at(-1) !== sentence) list.push(sentence);
      }
    }
  }
  return found;
}

const NAME_CHAR_BEFORE = /^[\p{L}'’-]$/u;
const NAME_CHAR_AFTER = /^[\p{L}-]$/u;

/** The code point that ends at `index` ('' at the start). */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1]!;
}

/**
 * Where `surname` stands alone in `text`: not after a letter, apostrophe or hyphen, nor before a
 * letter or hyphen ("Pike", "Pike's"; not "Spike", "Pike-Lane"). As the regular expression
 * /(?<![\p{L}'’-])Pike(?![\p{L}-])/gu would find, without compiling one for every surname of
 * every document (which cost more than all the rest of the comparison).
 */
export function standingAlone(text: string, surname: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(surname); at >= 0; ) {
    const next = text.codePointAt(at + surname.length);
    const alone = !NAME_CHAR_BEFORE.test(codePointBefore(text, at)) && (next === undefined || !NAME_CHAR_AFTER.test(String.fromCodePoint(next)));
    if (alone) found.push(at);
    at = text.indexOf(surname, alone ? at + surname.length : at + 1);
  }
  return found;
}

/** Full-name person claims the document's surname-alone sentences name as killed or hurt. */
export function victimsBySurname(doc: NormalizedDocument, found: NormalizedClaim[]): NormalizedClaim[] {
  // Names the document writes out in full: a surname alone that normalizing gave another
  // document's full name ("Pike" read as "Dana Pike") is not the document naming the person.
  const fullSpans = doc.claims.filter((c) => c.kind === 'person' && /\s/.test(c.text.trim()));
  const written = new Set(fullSpans.map((c) => (c.value as { name: string }).name));
  const fullNames = new Map<string, NormalizedClaim[]>();
  for (const c of doc.claims) {
    if (c.kind !== 'person') continue;
    const name = (c.value as { name: string }).name;
    if (nameWords(name).length < 2 || !written.has(name)) continue;
    const list = fullNames.get(name) ?? fullNames.set(name, []).get(name)!;
    list.push(c);
  }
  const bySurname = new Map<string, string[]>();
  for (const name of fullNames.keys()) {
    const surname = name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?,?$/.test(w)).at(-1)?.replace(/,$/, '');
    if (!surname || !/^\p{Lu}[\p{L}'’-]+$/u.test(surname)) continue;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  const out: NormalizedClaim[] = [];
  const foundSet = new Set(found);
  // Only the surnames of one person each, not found a victim already, are looked for: most
  // documents have none, and their text is then not read at all.
  const wanted = new Map<string, string[]>();
  for (const [surname, names] of bySurname) {
    if (names.length === 1 && !fullNames.get(names[0]!)!.some((c) => foundSet.has(c))) wanted.set(surname, names);
  }
  const sentencesOf = wanted.size ? sentencesBySurname(doc, wanted) : new Map<string, NormalizedDocument['sentences']>();
  for (const [surname, names] of wanted) {
    const claims = fullNames.get(names[0]!)!;
    const shot = (sentencesOf.get(surname) ?? []).some((sentence) => standingAlone(sentence.text, surname).some((index) => {
      const start = sentence.start + index;
      // the surname inside a full name the document gives ("Dana Pike", "Kevin Pike")
      if (fullSpans.some((c) => c.span.start <= start && c.span.end > start)) return false;
      const before = sentence.text.slice(Math.max(0, index - REACH), index);
      if (NAME_BEFORE.test(before)) return false;
      const after = sentence.text.slice(index + surname.length, index + surname.length + REACH_AFTER);
      return victimWording(before, after) === true;
    }));
    if (shot) out.push(...claims);
  }
  return out;
}
