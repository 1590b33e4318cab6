import type { NormalizedClaim, NormalizedDocument } from '../types.js';
import { nameWords } from '../normalize/people.js';
import { victimWording } from './victims.js';

// A story names a person in full once and goes on by surname: "Dana Pike was standing outside
// when two men opened fire. … Pike, of the 700 block of Elm Street, was shot in the back." The
// surname's sentence says who was shot; the full name is who that is. Only when the document
// gives one person of that surname in full: "Pike's father, Kevin Pike, said …" makes "Pike" anyone's.

/** Characters of the sentence read before and after the surname, as for a name (victims.ts). */
const REACH = 120;
const REACH_AFTER = 260;

/** A capitalised word right before the surname: part of another name ("Kevin Pike") or a title ("Officer Pike"). */
const NAME_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+$/u;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Full-name person claims the document's surname-alone sentences name as killed or hurt. */
export function victimsBySurname(doc: NormalizedDocument, found: NormalizedClaim[]): NormalizedClaim[] {
  // Names the document writes out in full: a surname alone that normalizing gave another
  // document's full name ("Pike" read as "Dana Pike") is not the document naming the person.
  const written = new Set(doc.claims.filter((c) => c.kind === 'person' && /\s/.test(c.text.trim())).map((c) => (c.value as { name: string }).name));
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
  const fullSpans = doc.claims.filter((c) => c.kind === 'person' && /\s/.test(c.text.trim()));
  for (const [surname, names] of bySurname) {
    if (names.length !== 1) continue;
    const claims = fullNames.get(names[0]!)!;
    if (claims.some((c) => found.includes(c))) continue;
    const pattern = new RegExp(`(?<![\\p{L}'’-])${escape(surname)}(?![\\p{L}-])`, 'gu');
    const shot = doc.sentences.some((sentence) => [...sentence.text.matchAll(pattern)].some((m) => {
      const start = sentence.start + m.index;
      // the surname inside a full name the document gives ("Dana Pike", "Kevin Pike")
      if (fullSpans.some((c) => c.span.start <= start && c.span.end > start)) return false;
      const before = sentence.text.slice(Math.max(0, m.index - REACH), m.index);
      if (NAME_BEFORE.test(before)) return false;
      const after = sentence.text.slice(m.index + surname.length, m.index + surname.length + REACH_AFTER);
      return victimWording(before, after) === true;
    }));
    if (shot) out.push(...claims);
  }
  return out;
}
