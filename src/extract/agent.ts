import type { RawClaim } from '../types.js';
import type { Extractor, RuleInfo } from './rule.js';
import { ruleMatches, type RuleMatch } from './rule-matches.js';

interface AgentRule extends RuleInfo {
  pattern: RegExp;
}

const ACT = '(?<act>airstrikes?|air strikes?|strikes?|raids?|operations?|attacks?|shootings?|bombings?|assaults?|ambush(?:es)?|offensives?|missions?)';
const WHO = "(?<who>(?:the )?(?:[A-Z][\\w.'’-]*(?:-led)?|and|of|the|[a-z]+-led|forces|troops|police|officers|deputies|military|army|security|intelligence|service|coalition|special|militants|fighters|gunmen|a gunman|gunman|suspects?)(?: (?:[A-Z][\\w.'’-]*(?:-led)?|and|of|the|[a-z]+-led|forces|troops|police|officers|deputies|military|army|security|intelligence|service|coalition|special|militants|fighters|gunmen|national|joint)){0,9})";

const rules: AgentRule[] = [
  {
    id: 'agent/act-by',
    reason: 'an act "conducted by", "carried out by" or "by" someone names who did it',
    example: 'The recent airstrike conducted by U.S. and Iraqi forces eliminated a key ISIS leader.',
    pattern: new RegExp(`\\b${ACT} (?:(?:was |were )?(?:conducted|carried out|executed|launched|led|claimed|staged|mounted) )?by ${WHO}`, 'g'),
  },
  {
    id: 'agent/subject-act',
    reason: 'who "conducted", "carried out" or "launched" the act',
    example: 'U.S. Central Command forces carried out airstrikes against ISIS camps in Syria.',
    pattern: new RegExp(`${WHO} (?:have |has |had )?(?:conducted|carried out|launched|staged|mounted|led) (?:an? |the |precision |joint |successful |several |multiple )*${ACT}`, 'g'),
  },
  {
    id: 'agent/opened-fire',
    reason: 'who "opened fire" did the shooting',
    example: 'A gunman opened fire on a crowd outside the club early Sunday.',
    pattern: new RegExp(`${WHO} (?:allegedly |reportedly )?opened fire\\b`, 'g'),
  },
];

const ACTION: Record<string, string> = {
  air: 'airstrike', airstrike: 'airstrike', strike: 'strike', raid: 'raid', operation: 'operation', attack: 'attack',
  shooting: 'shooting', bombing: 'bombing', assault: 'assault', ambush: 'ambush', offensive: 'offensive', mission: 'operation',
};

function actionOf(act: string | undefined, rule: string): string | null {
  if (rule === 'agent/opened-fire') return 'shooting';
  const word = act?.toLowerCase().replace(/(?<=sh)es$|s$/, '').split(' ')[0] ?? '';
  return ACTION[word] ?? null;
}

/** Trims the group to the actor: no leading article, no trailing joiners. */
function actor(who: string): string {
  return who.replace(/^(?:the|and|of) /i, '').replace(/(?:,? (?:and|of|the))+$/i, '').trim();
}

// Who carried out the event: kept to a few precise patterns, since a wrong actor misleads more
// than a missing one.
export const agentExtractor: Extractor = {
  kind: 'agent',
  rules: rules.map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    const named = ({ m }: RuleMatch<AgentRule>) => {
      const name = actor(m.groups!.who!);
      return !!name && !/^(?:he|she|they|it|forces|police|and|of|the)$/i.test(name) && /[A-Z]|gunm[ae]n|suspect|police|deputies|officers|militants/.test(name);
    };
    for (const sentence of ctx.sentences) {
      for (const { rule, m } of ruleMatches(sentence.text, rules, named)) {
        const name = actor(m.groups!.who!);
        const start = sentence.start + m.index + m[0].indexOf(name);
        claims.push({ kind: 'agent', start, end: start + name.length, value: { name, action: actionOf(m.groups!.act, rule.id) }, qualifiers: [], attribution: null, rule: rule.id });
      }
    }
    return claims;
  },
};
