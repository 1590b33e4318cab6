import { isCommonWord, isFirstName, isKnownPlace, isLastName } from '../mentions/lexicon.js';
import { parseCount, parseSimple } from '../numbers.js';
import { PERSON_NOUN } from './vocabulary.js';

/** One person a clause speaks of: what tells them apart from the other people in the story. */
export interface Individual {
  name?: string;
  age?: number;
  noun?: string;
}

/** Who a clause counts: how many people, and who they are when the text singles them out. */
export interface Who {
  min: number;
  max: number | null;
  qualifiers: string[];
  people: Individual[];
}

export const PERSON = new RegExp(`^(?:(?:step-?|grand|great-grand)?(?:${PERSON_NOUN})s?|people|persons|men|women|boys|girls|children|kids|teens|teenagers|victims|others|adults|students|officers|residents|bystanders|toddlers|siblings|brothers|sisters|friends|relatives|family members|customers|patrons|passengers|employees|workers|[a-z]*goers|(?:[a-z\d]+-)?graders?|freshm[ae]n|sophomores?|worship+ers|protesters|diners|spectators|onlookers|teammates|classmates|attendees|revell?ers|partiers|fans|tenants|guests|members)$`, 'i');
const AGE = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](year|yr|month|week|day)s?[- ]old\b|\b(\d{1,3})[- ]?yo\b/i;
// An age in months, weeks or days, in years: "a 22-month-old" is 1.83 (people.ts tells it from a year age loosely).
const UNIT_YEARS: Record<string, number> = { month: 1 / 12, week: 1 / 52, day: 1 / 365 };
const NUMBER_WORD = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)$/i;
const PLURAL = /^(?:people|men|women|children|kids|persons|others|police)$/i;
const PRONOUN = /^(?:he|she|him|her)$/i;
const ORDINAL: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NAME_WORD = /^(?:[A-Z][a-z'’-]+|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z'’-]+|Jr\.?|Sr\.?|I{2,3}|IV)$/;
// Capitalized words that are not people's names.
const PLACE_WORD = /^(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Court|Place|Park|County|City|Township|Hospital|Center|Centre|Church|School|High|Mall|Apartments|Highway|Interstate|Parkway|Square|Department|Office|Police|Sheriff|North|South|East|West|Northeast|Northwest|Southeast|Southwest)$/;
export const NOT_NAME = /^(?:In|On|At|Of|For|From|By|With|After|Before|During|Since|And|But|Or|If|When|While|As|Then|Now|Also|January|February|March|April|May|June|July|August|September|October|November|December|Update|Updated|Breaking|Video|Photos?|Watch|Police|Cops|Man|Woman|The|A|An|One|This|That|Police|Officers?|Authorities|Deputies|Sheriff|Officials|He|She|They|It|Both|All|No|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Victims?|Man|Woman|Boy|Girl|Teens?|Child|Toddler|Driver|Suspect|Gunman|Shooter|Officer|Deputy|Trooper|Agent|Family|Mother|Father|Son|Daughter)$/;

function ageOf(text: string): number | undefined {
  const m = AGE.exec(text);
  if (!m) return undefined;
  const n = parseSimple((m[1] ?? m[3]!).replace(/-/g, ' '));
  return n === null ? undefined : n * (UNIT_YEARS[(m[2] ?? '').toLowerCase()] ?? 1);
}

// A capitalized word of a headline in title case ("Toddler Shot, Killed By…") is no name
// when English knows it as a common word or it reads as one (-ed, -ly, -ing), unless it is
// also a known first name or surname.
function nameWord(word: string, strict: boolean): boolean {
  if (/['’](?:d|ll|ve|re|t)$/i.test(word)) return false;
  if (!NAME_WORD.test(word) || NOT_NAME.test(word) || PLACE_WORD.test(word)) return false;
  const lower = word.toLowerCase();
  if (isFirstName(lower) || isLastName(lower)) return true;
  if (isKnownPlace(lower)) return false;
  return !(lower.length > 4 && /(?:ed|ly|ing)$/.test(lower)) && !(strict && isCommonWord(lower));
}

/**
 * A name as written: capitalized words ("Tyrone Jones", "Braison", "D'Andre O'Neal Jr.").
 * A lone word must not be a common English word unless `lenient` (it stands in a list of names).
 */
export function isName(text: string, lenient = false): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  const strict = !lenient && words.length === 1;
  return words.length > 0 && words.length <= 4 && words.every((w) => nameWord(w, strict));
}

/** "a 17-year-old boy" → one boy aged 17; "the victim" → one person; null when it names no person. */
function single(text: string): Individual | null {
  // "the head of ISIS in Iraq and Syria": a person noun with what they are head or member of.
  const headed = /^(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+of\s+[^,]+$/i.exec(text.replace(/[,;:]+$/, ''));
  if (headed && PERSON.test(headed[1]!) && !PLURAL.test(headed[1]!) && !/s$/i.test(headed[1]!)) return { age: ageOf(text), noun: headed[1]!.toLowerCase() };
  if (/,|\s(?:and|or|&)\s/.test(text.replace(/[,;:]+$/, ''))) return null;
  const words = text.replace(/[,;:]+$/, '').split(/\s+/);
  if (!/^(?:a|an|the|one|this|that|another|his|her|their)$/i.test(words[0] ?? '')) return null;
  const age = ageOf(text);
  const last = words.at(-1)!;
  // "a 16-year-old" stands for a person; otherwise the phrase must end in a person noun.
  if (PERSON.test(last) && !PLURAL.test(last) && !/s$/i.test(last.replace(/(?:ss|ress)$/i, ''))) return { age, noun: last.toLowerCase() };
  if (age !== undefined && /old$/i.test(last)) return { age };
  // "a teenage boy identified as…" is trimmed by the rule; "the victim's mother" is not the victim.
  return null;
}

/** One listed person: a name ("Maria Lopez"), a description ("a 20-year-old man") or a kin word ("mother"). */
function listed(part: string, lenient: boolean): Individual | null {
  if (isName(part, lenient)) return { name: part };
  const described = single(part);
  if (described) return described;
  if (/^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month)s?[- ]old$/i.test(part)) return { age: ageOf(part) };
  const bare = part.replace(/^(?:their|his|her|its)\s+/i, '').replace(/^\d{1,3}[- ]years?[- ]old\s+/i, '');
  // Headlines write the noun bare and capitalized: "Child in critical condition", "Local Man Dies".
  if (/^(?:(?:family|step|younger|older|teenage|elderly|little|baby|infant|twin)\s+)?[a-z][a-z-]*$/i.test(bare) && PERSON.test(bare.split(' ').at(-1)!) && !/s$/.test(bare) && !PLURAL.test(bare.split(' ').at(-1)!)) return { noun: bare.split(' ').at(-1)!.toLowerCase() };
  return null;
}

// "four daughters", "their two sons", "the four girls": a counted group inside a list.
function countedPart(part: string): number | null {
  const m = /^(?:(?:his|her|their|the|its)\s+)?([\w-]+)\s+(?:[a-z-]+\s+)?([a-z]+)$/i.exec(part);
  if (!m || !PERSON.test(m[2]!)) return null;
  const n = parseSimple(m[1]!.toLowerCase());
  // "1 child" in "4 adults, 1 child" is a group of one; "a child" is a person (listed()).
  if (n === 1 && /^(?:1|one)$/i.test(m[1]!)) return 1;
  return n && n > 1 && n < 100 && /(?:s|men|people|children)$/i.test(m[2]!) ? n : null;
}

/**
 * A list of people: "Tyrone Jones, 19, and Maria Lopez", "their father, mother and a family
 * friend", "his wife and four daughters". A description next to a name is one person ("his
 * wife, Cynthia"); names after a counted group are its members ("the four girls, Ana, 14, …").
 */
function list(text: string): Individual[] | null {
  const parts = text
    .replace(/[,;]?\s+(?:and|&)\s+/g, ',&')
    .split(/[,;]/)
    .map((p) => p.trim().replace(/[.:]+$/, ''))
    .filter(Boolean);
  const people: Individual[] = [];
  let absorb = 0;
  let lastNamed = false;
  let prevPart = '';
  for (const marked of parts) {
    // "&" marks a part after "and": a new person, never an apposition.
    const joined = marked.startsWith('&');
    const part = marked.replace(/^&\s*/, '');
    if (!part) continue;
    if (/^\d{1,3}$/.test(part)) {
      if (!people.length || people.at(-1)!.age !== undefined) return null;
      if (!absorb || lastNamed) people.at(-1)!.age = Number(part);
      continue;
    }
    const group = countedPart(part);
    if (group) {
      for (let i = 0; i < group; i++) people.push({ noun: "#group" });
      absorb = group;
      lastNamed = false;
      continue;
    }
    const person = listed(part, parts.length > 1);
    if (!person) return null;
    if (person.name && absorb > 0) {
      absorb--;
      lastNamed = false;
      continue;
    }
    const prev = people.at(-1);
    // "the victim, a 30-year-old man": two descriptions, each with its article and no "and" in the
    // phrase, are one person told twice; a headline's "Man, woman shot" has no articles.
    const described = !person.name && !!prev && !prev.name && !prev.noun?.startsWith('#') && !parts.some((p) => p.startsWith('&')) && /^(?:a|an|the)\s/i.test(part) && /^(?:a|an|the)\s/i.test(prevPart);
    // An apposition: a description and a name side by side are one person.
    if (prev && !joined && !prev.noun?.startsWith('#') && (described || (!!prev.name !== !!person.name && (prev.noun || person.noun)))) {
      prev.name ??= person.name;
      prev.noun ??= person.noun;
      prev.age ??= person.age;
      lastNamed = true;
      continue;
    }
    people.push(person);
    prevPart = part;
    lastNamed = !!person.name;
  }
  if (!people.length) return null;
  // "four people, three women and one man": the parts after a counted group that add up to it are its breakdown.
  const first = countedPart(parts[0]!.replace(/^&\s*/, ''));
  // ("three juveniles and three adults" are six: a breakdown follows its count after a comma, not "and".)
  if (first && !parts[1]?.startsWith('&') && people.length === 2 * first && people.slice(first).every((p) => p.noun === '#group' || !p.name)) return people.slice(0, first);
  return people.length ? people : null;
}

/**
 * The words of a phrase that say who the people are. "the five people shot", "a 4-year-old girl shot
 * inside a home on Birch Street by a gunman": a participle after the people, with where, when or by
 * whom it befell them, is not part of who they are.
 */
export function peopleWords(raw: string): string {
  return raw.trim().replace(/\s+(?:shot|wounded|injured|hurt|killed|stabbed)(?:\s+(?:in|on|at|inside|outside|near|during|while|by|early|late|last|this|multiple|several|once|twice)\b.*)?$/i, '');
}

/**
 * What the subject or object of a casualty clause counts. Counts ("two others", "four of the
 * five people"), "both", "all three", a single person with an article ("a 17-year-old boy"),
 * a pronoun, a name or a list of names; null when the words name no people (an age, a
 * street, a weapon).
 */
export function readWho(raw: string): Who | null {
  const text = peopleWords(raw).replace(/^(?:and|but|while|as|where|after|when)\b\s*/i, '').replace(/[,.;:]+$/, '').trim();
  if (!text || /^(?:no|none|nobody|neither|nor|not)\b/i.test(text)) return null;
  const one = (people: Individual[]): Who => ({ min: people.length, max: people.length, qualifiers: [], people });
  if (PRONOUN.test(text)) return one([{}]);
  // "shot himself": the subject, who may be the victim named elsewhere; like a pronoun, one person.
  if (/^(?:himself|herself)$/i.test(text)) return one([{}]);
  if (/^both(?: of them| victims| men| women| boys| girls)?$/i.test(text)) return { min: 2, max: 2, qualifiers: [], people: [] };
  const ordinal = /^(?:a|the) (second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?: \w+)?$/i.exec(text);
  if (ordinal) return one([{ noun: `#${ORDINAL[ordinal[1]!.toLowerCase()]}` }]);
  const all = /^all (\w+)(?: of them| \w+)?$/i.exec(text);
  if (all) {
    const n = parseSimple(all[1]!);
    return n ? { min: n, max: n, qualifiers: [], people: [] } : null;
  }
  const person = single(text);
  if (person) return one([person]);
  // "20-year-old Tolitha Bowman": an age before a name.
  const agedName = /^((?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)[- ]years?[- ]old),?\s+(.+)$/i.exec(text);
  if (agedName && isName(agedName[2]!)) return one([{ name: agedName[2]!, age: ageOf(agedName[1]!) }]);
  const apposed = /^(?:(?:a|an|the)\s+)?([A-Za-z]+),\s*(\d{1,3}),?$/.exec(text);
  if (apposed && PERSON.test(apposed[1]!)) return one([{ age: Number(apposed[2]), noun: apposed[1]!.toLowerCase() }]);
  // "4 adults, 1 child", "his wife and four daughters": a list before any one count in it.
  if (/,|\s(?:and|&)\s/.test(text)) {
    const several = list(text);
    if (several && several.length >= 2) return one(several);
  }
  // "the three people killed", "all four victims": an article or "all" before a count.
  // "the other three", "the remaining two": a count of people apart from those told before ("the other 21"
  // after "one 17" is an age).
  const determined = /^(?:the|all|their|his|her|those|these)\s+(?:(other|remaining)\s+)?(.+)$/i.exec(text);
  if (determined && /^(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen)/i.test(determined[2]!) && !(determined[1] && /^\d+,?$/.test(determined[2]!))) {
    const inner = readWho(determined[2]!);
    if (inner && inner.people.length === 0) return inner;
  }
  // A count, possibly "of" a larger group: "four of the five people", "two others", "3 teens".
  const tokens = text.split(/\s+/);
  for (let k = Math.min(4, tokens.length); k >= 1; k--) {
    const phrase = tokens.slice(0, k).join(' ');
    if (/^(?:a|an|the)$/i.test(text) || /\b(?:911|999|(?:1[89]|20)\d\d)\b/.test(phrase)) break;
    if (/^(?:a|an)$/i.test(phrase)) continue;
    const c = parseCount(phrase.replace(/,$/, ''));
    if (!c) continue;
    const rest = tokens.slice(k).join(' ');
    if (/^[- ]?(?:year|yr|month)s?[- ]old|^yo\b/i.test(rest)) continue;
    const restWords = rest.split(/\s+/).filter(Boolean);
    // "74 the number of people shot": a count runs straight into its noun, not into an article.
    if (/^(?:a|an|the|this|that|these|those)$/i.test(restWords[0] ?? '')) continue;
    const head = restWords.findIndex((w) => PERSON.test(w));
    // "Around 10 Saturday night, four people", "11 News Two brothers": the people have a count of their own.
    if (!/^of\b/i.test(rest) && (/,/.test(rest) || restWords.slice(0, head >= 0 ? head : undefined).some((w) => NUMBER_WORD.test(w)))) continue;
    const people = !rest || /^of (?:them|those|these|us|whom|(?:the|his|her|their)(?: [\w-]+){1,2})$/i.test(rest) || (restWords.length <= 4 && PERSON.test(restWords.at(-1)!)) ||
      // "three other men inside the home"
      (head >= 0 && head <= 2 && /^(?:in|inside|at|from|of|on|near|outside|who)$/i.test(restWords[head + 1] ?? ''));
    if (!people) continue;
    return { ...c, people: c.min === 1 && c.max === 1 ? [{ age: ageOf(rest) }] : [] };
  }
  const people = list(text);
  if (people) return one(people);
  // A bare age in a headline: "16-year-old boy dies", "8 yo girl killed".
  const age = ageOf(text);
  const last = text.split(/\s+/).at(-1)!;
  const bareAge = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:year|yr|month|week)s?[- ]old(?:\s+[a-z]+)?$|^\d{1,3}[- ]?yo(?:\s+[a-z]+)?$/i;
  if (age !== undefined && bareAge.test(text) && (PERSON.test(last) || /old$/i.test(last)) && !/s$/i.test(last)) return one([{ age, noun: PERSON.test(last) ? last.toLowerCase() : undefined }]);
  return null;
}
