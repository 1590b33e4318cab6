import { table } from '../util/table.js';
import type { RawClaim } from '../types.js';
import type { Extractor, RuleInfo } from './rule.js';
import { ruleMatches, type RuleMatch } from './rule-matches.js';

interface AgentRule extends RuleInfo {
  pattern: RegExp;
  /** Words every match holds (rule-matches.ts): most of these patterns open on a name, tried at every word. */
  needs: RegExp;
}

const ACT = '(?<act>airstrikes?|air strikes?|strikes?|raids?|operations?|attacks?|shootings?|bombings?|assaults?|ambush(?:es)?|offensives?|missions?)';
const WHO = "(?<who>(?:the )?(?:[A-Z][\\w.'’-]*(?:-led)?|and|of|the|[a-z]+-led|forces|troops|police|officers|deputies|military|army|security|intelligence|service|coalition|special|militants|fighters|gunmen|a gunman|gunman|suspects?)(?: (?:[A-Z][\\w.'’-]*(?:-led)?|and|of|the|[a-z]+-led|forces|troops|police|officers|deputies|military|army|security|intelligence|service|coalition|special|militants|fighters|gunmen|national|joint)){0,9})";

// Who fires a gun in a shooting report: a name, or one of the people news names by role.
const SHOOTER =
  "(?<who>(?:(?:an? |the |two |three |several )(?:[\\w-]+ ){0,2}?(?:gunm[ae]n|shooters?|suspects?|officers?|deputy|deputies|troopers?|agents?|SWAT team member|police officer|security guard|man|woman|teen(?:ager)?)|police|officers|deputies|(?:[A-Z][\\w.'’-]* ){0,3}[A-Z][\\w.'’-]*))";
// A person's name, two to four capitalised words.
const PERSON = "(?:[A-Z][\\w'’-]+ ){1,3}[A-Z][\\w'’-]+";

export const agentRules: AgentRule[] = [
  {
    id: 'agent/act-by',
    needs: / by /,
    reason: 'an act "conducted by", "carried out by" or "by" someone names who did it',
    example: 'The recent airstrike conducted by U.S. and Iraqi forces eliminated a key ISIS leader.',
    pattern: new RegExp(`\\b${ACT} (?:(?:was |were )?(?:conducted|carried out|executed|launched|led|claimed|staged|mounted) )?by ${WHO}`, 'g'),
  },
  {
    id: 'agent/subject-act',
    needs: / (?:conducted|carried out|launched|staged|mounted|led) /,
    reason: 'who "conducted", "carried out" or "launched" the act',
    example: 'U.S. Central Command forces carried out airstrikes against ISIS camps in Syria.',
    pattern: new RegExp(`${WHO} (?:have |has |had )?(?:conducted|carried out|launched|staged|mounted|led) (?:an? |the |precision |joint |successful |several |multiple )*${ACT}`, 'g'),
  },
  {
    id: 'agent/opened-fire',
    needs: / opened fire/,
    reason: 'who "opened fire" did the shooting',
    example: 'A gunman opened fire on a crowd outside the club early Sunday.',
    pattern: new RegExp(`${WHO} (?:allegedly |reportedly |then |later )?opened fire\\b`, 'g'),
  },
  {
    id: 'agent/shot-by',
    needs: /(?:shot|down|killed|dead|wounded) by /,
    reason: '"X was shot by Y": Y did the shooting',
    example: 'The suspect was shot and killed by officers after a brief standoff.',
    pattern: new RegExp(`\\b(?:was|were|had been|been) (?:fatally |critically )?(?:shot|gunned down|shot and killed|shot dead|shot and wounded) by ${SHOOTER}`, 'g'),
  },
  {
    id: 'agent/shot-and-killed',
    needs: / (?:shot and killed|fatally shot|shot and wounded|gunned down|shot dead)/,
    reason: 'the subject of "shot and killed" or "fatally shot" did the shooting',
    example: 'Police said a gunman shot and killed a 24-year-old man outside a gas station.',
    pattern: new RegExp(`${SHOOTER} (?:allegedly |reportedly |then |later )?(?:shot and killed|fatally shot|shot and wounded|gunned down|shot dead)\\b`, 'g'),
  },
  {
    id: 'agent/charged',
    needs: / charged with /,
    reason: 'the person charged with the murder is, as far as the report goes, who carried it out',
    example: 'Anthony Mendoza, 17, is charged with first-degree murder in the killing of his friend.',
    pattern: new RegExp(`(?<who>${PERSON})(?:, \\d{1,3})?,? (?:is|was|has been|have been|were|are) (?:arrested and |also )?charged with (?:[\\w-]+ ){0,3}?(?:murder|homicide|manslaughter|killing)`, 'g'),
  },
];

const ACTION: Record<string, string> = table({
  air: 'airstrike', airstrike: 'airstrike', strike: 'airstrike', raid: 'raid', operation: 'operation', attack: 'attack',
  shooting: 'shooting', bombing: 'bombing', assault: 'attack', ambush: 'attack', offensive: 'operation', mission: 'operation',
});

function actionOf(act: string | undefined, rule: string): string | null {
  if (rule === 'agent/charged') return null;
  if (!act) return 'shooting';
  const word = act?.toLowerCase().replace(/(?<=sh)es$|s$/, '').split(' ')[0] ?? '';
  return ACTION[word] ?? null;
}

/** Trims the group to the actor: no leading article, no trailing joiners. */
function actor(who: string): string {
  return who.replace(/^(?:Then|Later|When|After|Before|Earlier|Authorities|Officials) (?=[A-Z])/, '').replace(/^(?:the|an?|and|of) /i, '').replace(/(?:,? (?:and|of|the))+$/i, '').trim();
}

// Who carried out the event: kept to a few precise patterns, since a wrong actor misleads more
// than a missing one.
export const agentExtractor: Extractor = {
  kind: 'agent',
  rules: agentRules.map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    const named = ({ m }: RuleMatch<AgentRule>) => {
      const name = actor(m.groups!.who!);
      return !!name && !/^(?:he|she|they|it|forces|and|of|the)$/i.test(name) && !/^(?:[A-Z][a-z]+ )?(?:said|says)\b/.test(name) && /[A-Z]|gunm[ae]n|shooter|suspect|police|deput|officer|trooper|agent|guard|SWAT|militants|\b(?:man|woman|teen)/.test(name);
    };
    for (const sentence of ctx.sentences) {
      for (const { rule, m } of ruleMatches(sentence.text, agentRules, named)) {
        const name = actor(m.groups!.who!);
        const start = sentence.start + m.index + m[0].indexOf(name);
        claims.push({ kind: 'agent', start, end: start + name.length, value: { name, action: actionOf(m.groups!.act, rule.id) }, qualifiers: [], attribution: null, rule: rule.id });
      }
    }
    return claims;
  },
};
