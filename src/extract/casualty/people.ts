import type { Individual } from './who.js';

const MALE = /^(?:man|boy|male|son|father|husband|brother|grandfather|boyfriend|uncle|nephew|grandson|stepfather|gentleman)$/i;
const FEMALE = /^(?:woman|girl|female|daughter|mother|wife|sister|grandmother|girlfriend|aunt|niece|granddaughter|stepmother|lady)$/i;
const NAME_SKIP = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

const gender = (p: Individual) => (p.noun && MALE.test(p.noun) ? 'm' : p.noun && FEMALE.test(p.noun) ? 'f' : null);
const nameWords = (p: Individual) => (p.name ?? '').toLowerCase().split(/\s+/).filter((w) => w && !NAME_SKIP.test(w));

/**
 * Whether two mentions can be one person: names where one is part of the other ("Braison",
 * "Braison Howard"), ages and sexes that do not differ. "A fifth" is always someone new.
 */
export function samePerson(a: Individual, b: Individual): boolean {
  if (a.noun?.startsWith('#') || b.noun?.startsWith('#')) return false;
  if (a.name && b.name) {
    const [short, long] = nameWords(a).length <= nameWords(b).length ? [nameWords(a), nameWords(b)] : [nameWords(b), nameWords(a)];
    // Two full names that differ are two people; a lone word ("Chauncey", "Broadway") may be either name of one.
    if (!short.every((w) => long.includes(w)) && short.length > 1) return false;
  }
  if (a.age !== undefined && b.age !== undefined && a.age !== b.age) return false;
  const ga = gender(a);
  const gb = gender(b);
  return !(ga && gb && ga !== gb);
}

/**
 * The distinct people among mentions, named ones first so that "the boy" joins "Braison
 * Howard, 3" rather than standing apart. Each person is the merge of its mentions.
 */
export function distinctPeople(mentions: Individual[]): Individual[] {
  const ordered = [...mentions].sort((a, b) => Number(!!b.name) - Number(!!a.name) || Number(b.age !== undefined) - Number(a.age !== undefined));
  const people: Individual[] = [];
  for (const m of ordered) {
    const same = people.find((p) => samePerson(p, m));
    if (same) {
      same.name = same.name && m.name && m.name.length > same.name.length ? m.name : same.name ?? m.name;
      same.age ??= m.age;
      if (!gender(same)) same.noun = m.noun ?? same.noun;
    } else people.push({ ...m });
  }
  return people;
}
