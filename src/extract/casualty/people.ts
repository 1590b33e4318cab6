import type { RuleInfo } from '../rule.js';
import type { Individual } from './who.js';

/**
 * Rules that tell two mentions of people apart (samePerson below). They make no claim of their
 * own: they decide whether the document's people are one or two, so each example is a short
 * story whose toll the rule changes (test/extract/casualty.test.ts runs them).
 */
export const personRules: (RuleInfo & { expected: { killed: number; injured: number } })[] = [
  {
    id: 'casualty/kin-generation',
    reason: 'kin of different generations are different people: the wounded mother is not her slain daughter',
    example: 'He fatally shot his 16-year-old daughter. The girls’ mother was shot in the legs and is in stable condition.',
    expected: { killed: 1, injured: 1 },
  },
];

const MALE = /^(?:man|boy|male|son|father|husband|brother|grandfather|boyfriend|uncle|nephew|grandson|stepfather|gentleman)$/i;
const FEMALE = /^(?:woman|girl|female|daughter|mother|wife|sister|grandmother|girlfriend|aunt|niece|granddaughter|stepmother|lady)$/i;
const NAME_SKIP = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

// "stepdaughter", "great-grandson": the kin word after its prefix tells the sex.
const kin = (noun: string) => noun.replace(/^(?:step-?|great-?grand|grand)/i, '');
const gender = (p: Individual) => (p.noun && (MALE.test(p.noun) || MALE.test(kin(p.noun))) ? 'm' : p.noun && (FEMALE.test(p.noun) || FEMALE.test(kin(p.noun))) ? 'f' : null);
// Kin of the generation above a victim's children and of the one below: "the mother" and "her
// daughter" of one story are two people, though both are female and unnamed.
const ELDER = /^(?:mother|father|wife|husband|grandmother|grandfather|stepmother|stepfather|aunt|uncle|mother-in-law|father-in-law|parent|grandparent)$/i;
const YOUNGER = /^(?:son|daughter|stepson|stepdaughter|grandson|granddaughter|niece|nephew|child)$/i;
const generation = (p: Individual) => (p.noun && ELDER.test(p.noun) ? 'elder' : p.noun && YOUNGER.test(p.noun) ? 'younger' : null);
const nameWords = (p: Individual) => (p.name ?? '').toLowerCase().split(/\s+/).filter((w) => w && !NAME_SKIP.test(w));

// An age told in months is no whole number of years: the "22-month-old" of one report is the
// "2-year-old" or "1-year-old" of another. Ages in years must be equal.
const sameAge = (a: number, b: number) => a === b || ((!Number.isInteger(a) || !Number.isInteger(b)) && Math.abs(a - b) < 1);

/**
 * Whether two mentions can be one person: names where one is part of the other ("Braison",
 * "Braison Howard"), ages and sexes that do not differ, kin of one generation ("the mother" is
 * not "her daughter"). "A fifth" is always someone new.
 */
export function samePerson(a: Individual, b: Individual): boolean {
  if (a.noun?.startsWith('#') || b.noun?.startsWith('#')) return false;
  if (a.name && b.name) {
    const [short, long] = nameWords(a).length <= nameWords(b).length ? [nameWords(a), nameWords(b)] : [nameWords(b), nameWords(a)];
    // Two full names that differ are two people; a lone word ("Chauncey", "Broadway") may be either name of one.
    if (!short.every((w) => long.includes(w)) && short.length > 1) return false;
  }
  if (a.age !== undefined && b.age !== undefined && !sameAge(a.age, b.age)) return false;
  const [ea, eb] = [generation(a), generation(b)];
  if (ea && eb && ea !== eb) return false;
  const ga = gender(a);
  const gb = gender(b);
  return !(ga && gb && ga !== gb);
}

/**
 * The distinct people among mentions, named ones first so that "the boy" joins "Braison
 * Howard, 3" rather than standing apart. Each person is the merge of its mentions. `lists`
 * holds the people of each clause: people listed in one clause ("Mackey and Ishmael Haywood")
 * are different people, whatever their names.
 */
export function distinctPeople(lists: Individual[][]): Individual[] {
  const tagged = lists.flatMap((list, clause) => list.map((person) => ({ person, clause })));
  const ordered = tagged.sort((a, b) => Number(!!b.person.name) - Number(!!a.person.name) || Number(b.person.age !== undefined) - Number(a.person.age !== undefined));
  const people: { person: Individual; clauses: Set<number> }[] = [];
  for (const { person: m, clause } of ordered) {
    const same = people.find((p) => !p.clauses.has(clause) && samePerson(p.person, m));
    if (same) {
      const p = same.person;
      p.name = p.name && m.name && m.name.length > p.name.length ? m.name : p.name ?? m.name;
      p.age ??= m.age;
      if (!gender(p)) p.noun = m.noun ?? p.noun;
      same.clauses.add(clause);
    } else people.push({ person: { ...m }, clauses: new Set([clause]) });
  }
  return people.map((p) => p.person);
}
