import type { CasualtyType } from '../../types.js';
import { clauseRules, type ClauseRule } from './clause-rules.js';
import { NOT_COUNT_AFTER } from './non-count.js';
import { typeOfVerb as typeOfListedVerb } from './vocabulary.js';
import { readWho, type Who } from './who.js';
import { CLAUSE_PARSE_UNITS_PER_CHAR, type WorkMeter } from '../work-budget.js';
import { readRules, type ClauseParse } from './clause-parse.js';

/** One casualty clause found in a sentence: where it is, what happened and to whom. */
export interface ClauseMatch {
  rule: ClauseRule;
  start: number;
  end: number;
  verb: string;
  type: CasualtyType;
  /** "was shot": a victim of the shooting, killed or not; the document decides. */
  shot: boolean;
  who: Who;
  whoText: string;
}

// Only sentences with one of these words are parsed: compromise is slow next to a regex.
export const CASUALTY_WORD = /\b(?:kill|slain|slay|murder|died|dies|dead|death|fatal|wound|injur|hurt|grazed|pistol|hospital|gunshot|bullet|gunfire|survive|lost (?:his|her|their) li|medical cent|trauma cent|recover|expected to survive|shot|shooting|condition|succumb|gunned|treated and released|struck by|hit by|(?:hit|struck) (?:in|on) (?:the|his|her|their) |missing|unaccounted|arrest|detain|custody|apprehend|booked|captur|kidnap|abduct|hostage|bodies|toll|eliminated|executed|lost their lives|casualties|the li(?:fe|ves) of)/i;

// The negation or modality of the words just before the verb: "was not hurt", "could have been killed".
const NOT_SO = /\b(?:not|n['’]t|never|no longer|could|would|might|may|should|must|nearly|almost|narrowly|if|whether|feared|fear)\b(?:\s+\w+){0,3}\s*$/i;
const TRIED = /\b(?:tr(?:y|ied|ying)|attempt(?:ed|ing|s)?|threat(?:en|ened|ening|ens)?|plot(?:ted|ting)?|intend(?:ed|s)?|want(?:ed|s)?|plann?(?:ed|ing)?|conspir(?:ed|acy|ing))\s+to\s*(?:\w+\s+){0,2}$/i;
// Words where a subject phrase ends on its left: another clause or a speaker.
const SUBJECT_STOP = /^(?:said|says|say|told|who|whom|which|that|where|when|while|after|before|because|since|as|if|police|authorities|officials|according|reported|report|shows?|showed|identified|believe|believed)$/i;
// Words where an object phrase ends on its right.
const OBJECT_STOP = /^(?:in|on|at|inside|outside|near|during|with|after|before|while|when|as|because|by|for|from|early|late|last|this|that|who|which|and|but|then|over|since|into|across|behind)$/i;
// Verbs of a clause before the subject: where a headline's second clause begins its own subject.
const CLAUSE_VERB = /^(?:killed|injured|wounded|hurt|shot|dead|dies|died)$/i;
const DAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|night|afternoon|evening)\W*$/i;
const TRANSITIVE = /^(?:killed|murdered|slain|shot|shot and killed|fatally shot|fatally stabbed|wounded|injured|hurt|gunned down|hospitali[sz]ed)$/i;

const NOUN_BEFORE = /(?:^|\s)(?:a|an|the|this|that|its|his|her|their|another|fatal|deadly|accidental|double|triple|quadruple|mass|police|drive-by|[\w-]+['’]s|[\w-]+(?:al|ed|ful|ous))\s+$/i;
// "shot and killed Regula": the first verb of the pair is active too.
const AND_ACTIVE = /^\s*(?:,|and|,\s*and)\s+(?:then\s+)?(?:fatally\s+)?(?:killed|killing|wounded|wounding|injured|shot|murdered|stabbed)\b/i;
const BE = /\b(?:was|is|were|are|has|have|had|got|gets|get|been|being)\b/i;
const words = (text: string) => text.split(/\s+/).filter(Boolean);
// A news sentence states a handful of casualty clauses at most; past this many verbs of one rule
// a "sentence" is a list or junk, and reading every one would cost seconds (a run of "killed killed …").
const MAX_VERBS_PER_RULE = 12;

/** The longest phrase ending just before `at` that reads as people, stopping at a clause edge. */
function subjectBefore(sentence: string, at: number): { who: Who; text: string } | null {
  // Appositions between subject and verb: "Tyrone Jones, 19, of Dayton, was killed".
  // ", including the gunman, and five others were wounded": the part named after "including" is of the clause before "and".
  const left = sentence.slice(0, at).replace(/,\s*(?:including|among them)\s+[^,]+,(?=\s+and\s+\S+\s*$|\s+and\s+\S+\s+\S+\s*$)/i, '').replace(/,\s*(?:including|among them)\s+[^,]+,\s*$/i, ' ').replace(/,\s*(?:aged?|ages)\s+[\d\s,–-]*(?:(?:to|and)\s+\d+)?,?\s*$/i, ' ').replace(/;\s+(?=(?:and\s+)?[A-Z])/g, ', ').replace(/,(?=[A-Za-z\d]{2,}\b)(?!\d{3}\b)/g, ', ').replace(/,\s*(?:of|from)\s+[A-Z][\w.' -]*,?\s*$/, ', ').replace(/\s*\([^)]*\)\s*$/, ' ');
  // "According to Metro Fire Rescue, three adults were shot": the source before the comma is no one counted.
  const attributed = /^(?:.*[\s,;])?according to [^,]{1,80},\s*/i.exec(left);
  const tokens = words(attributed ? left.slice(attributed[0].length) : left);
  // The phrases that may be the subject, shortest first: which of them read as people is asked of
  // the longest first, as the longest that does is the subject (readWho is the costly part).
  const phrases: string[] = [];
  for (let k = 1; k <= Math.min(16, tokens.length); k++) {
    const token = tokens[tokens.length - k]!;
    if (SUBJECT_STOP.test(token.replace(/\W+$/, '')) || (k > 1 && /[;:)"“”]$/.test(token))) break;
    // "Seven Injured In Elmwood Diner Shooting, Gunman Dead": a casualty verb with its place after it is a clause of its own.
    // ("A girl shot inside a home on Birch Street died" is one clause: no comma parts it.)
    if (k > 2 && CLAUSE_VERB.test(token) && /^(?:in|at|on|near|during|after|outside|inside)$/i.test(tokens[tokens.length - k + 1] ?? '') && tokens.slice(1 - k).some((t) => t.endsWith(','))) break;
    const text = tokens.slice(-k).join(' ');
    if (/^(?:no|none|nobody|neither|nor|not)\b/i.test(text)) return null;
    // "two men, one 17 and the other 21, suffered": a bare number after "one" or "the other" is an age.
    if (/^\d{1,3},?$/.test(text) && /^(?:one|other|another)$/i.test(tokens[tokens.length - k - 1] ?? '')) continue;
    // "One of the robbers, 34, was shot": a number between commas is an age.
    if (/^\d{1,3},?$/.test(text) && /,$/.test(tokens[tokens.length - k - 1] ?? '')) continue;
    // "found in the 900 block of Elm Street": a phrase after a preposition is not the subject.
    const governing = tokens[tokens.length - k - 1] ?? '';
    const governed = /^(?:in|on|at|near|from|inside|outside|along|to|into|by|with|behind|across)$/i.test(governing) || (governing === 'of' && /^[A-Z]/.test(text));
    if (!governed) phrases.push(text);
    // A sentence-internal full stop ("... in 2019. Two others") ends the search.
    if (k > 1 && /[.!?]$/.test(token) && !/^(?:[A-Z]\.|Jr\.|Sr\.|St\.)$/.test(token)) break;
  }
  for (let p = phrases.length - 1; p >= 0; p--) {
    const who = readWho(phrases[p]!);
    if (who) return { who, text: phrases[p]! };
  }
  return null;
}

/** The longest phrase starting at `from` that reads as people: "four people", "a fifth", "Regula". */
function objectAfter(sentence: string, from: number): { who: Who; text: string } | null {
  const tokens = words(sentence.slice(from));
  const kept: string[] = [];
  for (const token of tokens.slice(0, 10)) {
    const bare = token.replace(/\W+$/, '');
    // "his wife and four daughters" goes on past "and"; "killing one and wounding two" does not.
    const next = tokens[kept.length + 1] ?? '';
    const andMore = bare === 'and' && kept.length > 0 && !/(?:ing|ed)$/i.test(next) && !/^(?:then|was|were|is|are|has|had|have)$/i.test(next);
    if ((OBJECT_STOP.test(bare) && !andMore) || DAY.test(token)) break;
    kept.push(token);
    if (/[.;:!?)]$/.test(token) && !/^(?:[A-Z]\.|Jr\.|Sr\.)$/.test(token)) break;
  }
  if (/^\s*[,;:.(—–-]/.test(sentence.slice(from))) return null;
  for (let k = kept.length; k >= 1; k--) {
    const text = kept.slice(0, k).join(' ');
    // "shot three (more) times", "around 7 p.m.": a number with a unit after it counts no one.
    if (/(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))(?: (?:more|other|additional|further))?$/i.test(text) && NOT_COUNT_AFTER.test(` ${tokens.slice(k).join(' ')}`.replace(/^ (?=-)/, ''))) continue;
    const who = readWho(text);
    if (who) return { who, text };
  }
  return null;
}

function typeOfVerb(verb: string): CasualtyType {
  const listed = typeOfListedVerb(verb);
  if (listed) return listed;
  return /kill|slain|murder|die|dead|death|fatal|slay|succumb|to death|gunned|shot dead/i.test(verb) ? 'killed' : 'injured';
}

/** The last person of a list read as a subject: its words from the last comma-separated name or description on. */
function lastOf(found: { who: Who; text: string }): { who: Who; text: string } {
  const person = found.who.people.at(-1)!;
  const parts = found.text.replace(/,\s*$/, '').split(/,\s*/);
  // "Dwayne Foster, 24": an age belongs with the name before it.
  const tail = /^\d{1,3}$/.test(parts.at(-1)!) && parts.length > 1 ? parts.slice(-2).join(', ') : parts.at(-1)!;
  return { who: { min: 1, max: 1, qualifiers: [], people: [person] }, text: tail };
}

/** Whether clauseMatches parses the sentence: only those with a casualty word and the words of some rule. */
export function needsParse(sentence: string): boolean {
  return CASUALTY_WORD.test(sentence) && clauseRules.some((rule) => rule.needs.test(sentence));
}

/**
 * The casualty clauses of one sentence, by the rules in clause-rules.ts over compromise's
 * parse. `taken` are spans other rules already read; a clause overlapping one is left out.
 * `parsed` is the sentence's parse when the caller parsed its sentences together (clause-parse.ts).
 */
export function clauseMatches(sentence: string, taken: [number, number][] = [], work?: WorkMeter, parsed?: ClauseParse): ClauseMatch[] {
  if (!CASUALTY_WORD.test(sentence)) return [];
  const rules = clauseRules.filter((rule) => rule.needs.test(sentence));
  if (!rules.length) return [];
  work?.charge(sentence.length * CLAUSE_PARSE_UNITS_PER_CHAR);
  const readings = readRules(sentence, rules, parsed);
  const found: ClauseMatch[] = [];
  // Verbs read as active ("Carney shot and killed Regula"): no subject rule may take them.
  const active: [number, number][] = [];
  const theyAt: ClauseMatch[] = [];
  const free = (start: number, end: number) => ![...taken, ...found.map((f) => [f.start, f.end] as [number, number])].some(([a, b]) => start < b && a < end);
  for (const [r, rule] of rules.entries()) {
    const reading = readings[r];
    if (!reading) continue;
    const spans = reading.spans;
    for (const v of reading.verbs.slice(0, MAX_VERBS_PER_RULE)) {
      const verbStart = v.offset.start;
      const verbText = sentence.slice(verbStart, verbStart + v.offset.length).replace(/[\s,.;:!?"”’)]+$/, '');
      const verbEnd = verbStart + verbText.length;
      if (rule.unless?.test(verbText)) continue;
      const whole = spans.find((s) => s.offset.start <= verbStart && verbStart < s.offset.start + s.offset.length);
      const matchStart = whole ? whole.offset.start : verbStart;
      const before = sentence.slice(Math.max(0, matchStart - 40), verbStart);
      if (NOT_SO.test(before) || TRIED.test(before)) continue;
      const aux = sentence.slice(matchStart, verbStart);
      let who: { who: Who; text: string } | null = null;
      let fatal = /\bfatally\s+$/i.test(before);
      let start = matchStart;
      let end = verbEnd;
      if (rule.who === 'subject') {
        // "Carney shot and killed Regula": an active verb with an object is the object rule's.
        if (!BE.test(aux) && TRANSITIVE.test(verbText) && (objectAfter(sentence, verbEnd) || AND_ACTIVE.test(sentence.slice(verbEnd)))) {
          active.push([verbStart, verbEnd]);
          continue;
        }
        if (active.some(([a, b]) => verbStart < b && a < verbEnd)) continue;
        who = subjectBefore(sentence, matchStart);
        // "The head of the group, Abdallah al-Rifai, has been killed": past an apposition the subject reads.
        const apposition = /,\s*[^,]{3,60},\s*$/.exec(sentence.slice(0, matchStart));
        if (!who && apposition) who = subjectBefore(sentence, apposition.index);
        // "A woman who was shot in the leg was treated at the scene": the person the relative clause
        // is about. Wounds only: "the family of a man who was killed" recalls the dead of other stories.
        const relative = /\s(?:who|that)\s+$/i.exec(sentence.slice(0, matchStart));
        // Among the people just counted it is one of them: "five people were shot, including a man who later died".
        const among = relative && /\bincluding\s+(?:a|an|one|the)\s+[^,;]*$/i.test(sentence.slice(0, relative.index));
        if (!who && relative && (rule.type === 'injured' || among)) who = subjectBefore(sentence, relative.index);
        // "According to the coroner, Mark Hill, Dwayne Foster, 24, was killed": a singular verb has one subject, the last of the commas.
        if (who && /^\s*(?:was|is|has)\b/i.test(aux) && who.who.people.length > 1 && !/\s(?:and|&)\s/i.test(who.text)) who = lastOf(who);
        if (who) start = sentence.lastIndexOf(who.text.split(' ')[0]!, matchStart);
        // "The man and the girl were rushed to a hospital, where they later died": "they" are the people just named;
        // "The victim suffered gunshot wounds and was pronounced dead": the verb after "and" shares the subject before it.
        else if (/\b(?:they|and)\s*$/i.test(sentence.slice(0, matchStart))) {
          const at = sentence.slice(0, matchStart).search(/\b(?:they|and)\s*$/i);
          const word = sentence.slice(at, matchStart).trim().toLowerCase();
          theyAt.push({ rule, start: at, end: verbEnd, verb: verbText, type: rule.type ?? typeOfVerb(verbText), shot: false, who: { min: 0, max: 0, qualifiers: [], people: [] }, whoText: word });
          continue;
        }
      } else {
        // An object after a passive verb is not its patient: "was shot a block away".
        if (/\b(?:was|were|been|being|is|are)\s+$/i.test(sentence.slice(0, verbStart))) continue;
        // "a shooting", "the fatal shooting of": a noun, not an act with an object.
        if (/ing$/i.test(verbText) && NOUN_BEFORE.test(sentence.slice(0, verbStart))) continue;
        const from = rule.who === 'of' ? sentence.indexOf(' of', verbEnd) + 3 : verbEnd;
        who = objectAfter(sentence, from);
        if (who) end = sentence.indexOf(who.text, from) + who.text.length;
        // "shot a teenager to death"
        if (who && /^\s*to death\b/i.test(sentence.slice(end))) fatal = true;
      }
      if (!who || start < 0 || !free(start, end)) continue;
      const type = fatal ? 'killed' : rule.type ?? typeOfVerb(verbText);
      found.push({
        rule, start, end, verb: verbText, type,
        shot: type === 'injured' && (rule.id === 'casualty/clause-to-hospital' || rule.id === 'casualty/clause-bullet' || rule.id === 'casualty/clause-hit-in-body' || /^(?:shot|struck by gunfire|struck by a bullet|hit by gunfire|hit by a bullet|shooting)$|gunshot|bullet/i.test(verbText)),
        who: who.who, whoText: who.text,
      });
    }
  }
  for (const they of theyAt) {
    const antecedent = [...found].filter((f) => f.end <= they.start).sort((a, b) => b.end - a.end)[0];
    // "suffered a gunshot wound and was listed in stable condition": the same people, told twice.
    if (they.whoText === 'and' && antecedent?.type === they.type) continue;
    if (antecedent && free(they.start, they.end)) found.push({ ...they, who: antecedent.who, whoText: antecedent.whoText });
  }
  return found.sort((a, b) => a.start - b.start);
}
