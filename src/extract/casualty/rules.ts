import type { CasualtyType } from '../../types.js';
import { countPattern, parseCount } from '../numbers.js';
import type { RuleInfo } from '../rule.js';
import { ALL_VERBS, PERSON_NOUN, VERBS } from './vocabulary.js';

/** A casualty verb, which "N … killed" ends on: its count shape, tried at every word, is dear where none is. */
const VERB_NEEDS = new RegExp(ALL_VERBS, 'i');

/** What a rule reads from a match: counts (summed when several), their type and group. */
export interface CasualtyReading {
  type: CasualtyType | null; // null: decided by the matched verb
  counts: string[];
  verb?: string;
  who?: string | null;
  /** A fixed count ("a man was killed" is 1; "no one was hurt" is 0). */
  fixed?: number;
  /** Added to the parsed count ("X and three others": the three plus X). */
  plus?: number;
  /** A second toll the same words state ("four shot, one fatally": three injured too). */
  also?: CasualtyReading;
}

export interface CasualtyRule extends RuleInfo {
  pattern: RegExp;
  /** Words every match holds (rule-matches.ts): sentences without them are not searched. */
  needs?: RegExp;
  read(m: RegExpExecArray): CasualtyReading | null;
}

const C = countPattern;
const AUX = '(?:(?:were|was|have been|has been|had been|are|is|got|being|been) )?(?:(?:also|reportedly|allegedly|later|all|both) )?';
const g = (m: RegExpExecArray, name: string) => m.groups?.[name];

const ORDINAL_NUMBERS: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};

// Listed most specific first: where two rules match the same words, the first one wins.
// The counted forms come before the clause rules (clause-rules.ts), the loose "N … killed"
// and "killing N …" patterns after them (fallbackRules).
export const casualtyRules: CasualtyRule[] = [
  {
    id: 'casualty/zero',
    needs: /\bno/i,
    reason: 'an explicit zero is a figure too, and contradicts a report of injuries',
    example: 'The driver was taken into custody and no one was injured, police said.',
    pattern: new RegExp(`\\b(?:no one|nobody|no (?:other )?(?:people|persons?|officers?|one else)|none) (?:else )?(?:was|were) (?:(?:reported|believed|immediately) )?(?<verb>${VERBS.injured}|${VERBS.killed})\\b|\\bno (?:other )?(?<noun>injuries|deaths|fatalities)\\b|\\bnone (?:of them |of which )?(?<fatally>fatally)\\b`, 'gi'),
    read: (m) => (g(m, 'fatally') ? { type: 'killed', counts: [], fixed: 0 } : g(m, 'noun') ? { type: /injur/i.test(g(m, 'noun')!) ? 'injured' : 'killed', counts: [], fixed: 0 } : { type: null, counts: [], verb: g(m, 'verb'), fixed: 0 }),
  },
  {
    id: 'casualty/sum',
    // " and " with a casualty verb after it: its count shape, tried at every word, is dear where none is.
    needs: new RegExp(` and [\\s\\S]*(?:${ALL_VERBS})`, 'i'),
    reason: 'two groups counted in one clause add up ("six children and two adults")',
    example: 'A timeline shows deputies went four times to a home where six children and two adults were fatally shot.',
    pattern: new RegExp(`\\b(?<a>${C()}) (?<whoA>(?!(?:${ALL_VERBS})\\b)[a-z]+(?: (?!(?:${ALL_VERBS})\\b)[a-z]+)?) and (?<b>${C()}) (?<whoB>[a-z]+(?: [a-z]+)?) ${AUX}(?<verb>${ALL_VERBS})\\b`, 'gi'),
    read: (m) => ({ type: null, counts: [g(m, 'a')!, g(m, 'b')!], verb: g(m, 'verb'), who: `${g(m, 'whoA')} and ${g(m, 'whoB')}` }),
  },
  {
    id: 'casualty/and-others',
    needs: / and [\s\S]*\bother/i,
    reason: 'a named victim and a count of others: the others plus one',
    example: 'The airstrike killed Abu Khadija and three others, officials said.',
    pattern: new RegExp(`\\b(?<verb>killed|killing|wounded|wounding|injured|injuring) (?:[A-Z][\\w'’-]+ ){0,4}[A-Z][\\w'’-]+ and (?<n>${C()}) others?\\b`, 'g'),
    read: (m) => ({ type: null, counts: [g(m, 'n')!], verb: g(m, 'verb'), who: null, plus: 1 }),
  },
  {
    id: 'casualty/shot-and-beaten',
    needs: /shot[\s\S]*(?:pistol|stabbed|beaten|trampled|run over|struck by)/i,
    reason: 'people shot and others hurt another way in the same attack ("5 shot, 1 pistol-whipped") are all injured',
    example: '4 shot, 1 pistol-whipped outside a Brooklyn block party',
    pattern: new RegExp(`\\b(?<a>${C()}) (?<who>(?:[A-Za-z-]+ )?)(?:(?:were|are) )?shot,? (?:and )?(?<b>${C()}) (?:(?:other|more|[a-z]+) )?(?:(?:was|were|is|are) )?(?:pistol[- ]whipped|stabbed|beaten|trampled|run over|struck by a (?:car|vehicle))\\b`, 'gi'),
    read: (m) => ({ type: 'injured', counts: [g(m, 'a')!, g(m, 'b')!], who: g(m, 'who') }),
  },
  {
    id: 'casualty/slain-person',
    needs: /fatal|deceased|slain/i,
    reason: 'a headline names the dead by an adjective: "fatal victim ID’d", "slain teen", "fatal shooting victim identified"',
    example: 'Fatal victim ID’d, 3 others injured in Dayton shooting',
    pattern: new RegExp(`\\b(?:(?:fatal|fatally wounded|deceased) (?:(?:shooting|crash|stabbing) )?victim|slain (?:${PERSON_NOUN}))\\b(?!s| of\\b)`, 'gi'),
    read: () => ({ type: 'killed', counts: [], fixed: 1 }),
  },
  {
    id: 'casualty/along-with',
    needs: /along with/i,
    reason: 'one person and a count of others: "a teen girl shot along with three others" is four',
    example: 'Teen girl shot along with three others at a celebration in southeast Houston',
    pattern: new RegExp(`\\b(?:was |were )?(?<verb>shot|killed|wounded|injured|hurt)(?: and (?:killed|wounded|injured))? along with (?<n>${C()}) (?:other )?(?:others?|people|persons|m[ae]n|wom[ae]n|teens|teenagers|children|victims)\\b`, 'gi'),
    read: (m) => ({ type: /^shot$/i.test(g(m, 'verb')!) ? 'injured' : null, counts: [g(m, 'n')!], verb: g(m, 'verb'), who: null, plus: 1 }),
  },
  {
    id: 'casualty/toll',
    needs: /toll|number of/i,
    reason: 'a death toll states the number killed',
    example: 'The death toll from the fire rose to 12 on Sunday.',
    pattern: new RegExp(`\\b(?:death toll|toll|number of (?:dead|deaths))(?: [\\w’'-]+){0,12}? (?:rose|has risen|risen|climbed|increased|jumped|stood|stands|is|was|reached|hit|now stands)(?: to| at)? (?<n>${C()})\\b`, 'gi'),
    read: (m) => ({ type: 'killed', counts: [g(m, 'n')!] }),
  },
  {
    id: 'casualty/bodies',
    needs: /bodies/i,
    reason: 'bodies found or recovered are the dead',
    example: 'Five bodies were recovered from the river on Tuesday.',
    pattern: new RegExp(`\\b(?<n>${C()}) bodies (?:(?:were|have been|had been) )?(?:found|recovered|discovered|pulled)\\b`, 'gi'),
    read: (m) => ({ type: 'killed', counts: [g(m, 'n')!], who: 'bodies' }),
  },
  {
    id: 'casualty/nth-victim',
    needs: /died|dies|killed|succumbed/i,
    reason: '"a fifth victim died" revises the toll to five',
    example: 'A fifth victim died in hospital on Tuesday, police said.',
    pattern: /(?:\b(?:a|the) |^)(?<nth>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:victim|person|man|woman|child|patient|student|officer|teen|boy|girl) (?:has |had )?(?<verb>died|dies|been killed|was killed|succumbed)\b/gi,
    read: (m) => ({ type: 'killed', counts: [], fixed: ORDINAL_NUMBERS[g(m, 'nth')!.toLowerCase()] ?? parseInt(g(m, 'nth')!, 10) }),
  },
  {
    id: 'casualty/deaths-of',
    needs: /deaths of/i,
    reason: '"the deaths of four ISIS members" counts the killed',
    example: 'The strikes resulted in the deaths of four ISIS members, including a senior official.',
    pattern: new RegExp(`\\bdeaths of (?<n>${C()}) (?<who>[\\w.'’ -]{1,50}?)(?=[,.;]|$| including| in | on )`, 'gi'),
    read: (m) => ({ type: 'killed', counts: [g(m, 'n')!], who: g(m, 'who') }),
  },
  {
    id: 'casualty/shot-fatally',
    needs: /fatally/i,
    reason: '"N people were shot, one fatally": the fatal ones are killed, the rest injured',
    example: 'Four people were shot, one fatally, outside a nightclub early Sunday.',
    pattern: new RegExp(`\\b(?<n>${C()}) (?<who>(?:[a-z]+ ){0,3}?)${AUX}shot(?: [^,;.]{1,40}?)?,? (?:and )?(?<k>one|two|three|four|five|\\d+) (?:of them )?fatally\\b`, 'gi'),
    read: (m) => {
      const shot = parseCount(g(m, 'n')!);
      const fatal = parseCount(g(m, 'k')!);
      const wounded = shot && fatal && shot.max !== null && fatal.max !== null ? shot.min - fatal.min : null;
      return {
        type: 'killed', counts: [g(m, 'k')!], who: g(m, 'who'),
        also: wounded !== null && wounded >= 0 ? { type: 'injured', counts: [], fixed: wounded, who: g(m, 'who') } : undefined,
      };
    },
  },
  {
    id: 'casualty/sent-to-hospital',
    needs: /hospital/i,
    reason: 'a shooting that "sent four teens to the hospital" injured them',
    example: 'Police said the shooting on Monday sent four other teens to the hospital.',
    pattern: new RegExp(`\\b(?:sent|sending|put|putting) (?<n>${C()}) (?<who>(?:[a-z]+ ){0,2}?)(?:people |persons |others |teens |men |women |children |victims )?to (?:the |a |area |local )?hospitals?\\b`, 'gi'),
    read: (m) => ({ type: 'injured', counts: [g(m, 'n')!], who: g(m, 'who') }),
  },
  {
    id: 'casualty/left-n',
    needs: /left|leaving|leaves/i,
    reason: '"left three dead" and "leaving two injured" count the victims',
    example: 'The crash left two people dead and five injured on the highway.',
    pattern: new RegExp(`\\b(?:left|leaving|leaves) (?<n>${C()}|another) (?<who>(?:[a-z]+ ){0,2}?)(?<verb>dead|injured|wounded|hurt)\\b`, 'gi'),
    read: (m) => (/^another$/i.test(g(m, 'n')!) ? { type: null, counts: [], fixed: 1, verb: g(m, 'verb'), who: g(m, 'who') } : { type: null, counts: [g(m, 'n')!], verb: g(m, 'verb'), who: g(m, 'who') }),
  },
];

export const fallbackRules: CasualtyRule[] = [
  {
    id: 'casualty/n-verb',
    needs: VERB_NEEDS,
    reason: 'a count followed by what happened to them ("two U.S. service members wounded")',
    example: 'At least seven senior ISIS operatives killed, including the top ISIS figure in Iraq.',
    pattern: new RegExp(`\\b(?<![Nn]o )(?<n>${C()}) (?<who>(?:(?!(?:that|who|which|when|after|before|with|ends?|ended|ending|shooting|attack|incident|yr|year|years|of|and|times|gunshots?|wounds?|shots|rounds|bullets|block|a\\.m|p\\.m)\\b)[\\w.'’-]+ |of (?:them|those|the victims|the (?:\\w+ )?people) ){0,5}?)${AUX}(?<verb>${ALL_VERBS})\\b`, 'gi'),
    read: (m) => ({ type: null, counts: [g(m, 'n')!], verb: g(m, 'verb'), who: g(m, 'who') }),
  },
  {
    id: 'casualty/verb-n',
    reason: 'an act followed by its count ("killing seven people", "left three dead")',
    example: 'Police raided the compound on Friday, arresting 14 suspects and seizing weapons.',
    pattern: new RegExp(`\\b(?<verb>killed|killing|kills|wounded|wounding|injured|injuring|injures|arrested|arresting|captured|capturing) (?<n>${C()}) (?<who>(?:[a-z.'’-]+ ){0,3}?(?:people|persons|others|men|women|children|civilians|soldiers|officers|militants|fighters|members|suspects|victims|students|troops|policemen|police officers|bystanders|operatives|adults|teenagers|teens|boys|girls))\\b`, 'gi'),
    read: (m) => ({ type: null, counts: [g(m, 'n')!], verb: g(m, 'verb')!.replace(/ing$|s$/, (e) => (e === 's' ? '' : 'ed')).replace(/kill(ed)?ed$/, 'killed'), who: g(m, 'who') }),
  },
];
