import { table } from '../util/table.js';
import type { RawClaim } from '../types.js';
import { mentionsOf } from './mentions/index.js';
import type { Extractor, RuleInfo } from './rule.js';
import { sentenceAt } from './sentences.js';

interface RoleRule extends RuleInfo {
  /** Tested on the text just before the name (group `role`, anchored at the end). */
  before?: RegExp;
  /** Tested on the text just after the name (group `role`, anchored at the start). */
  after?: RegExp;
}

const OFFICE =
  "(?:Prime Minister|President|Vice President|Foreign Minister|Defen[cs]e Minister|Interior Minister|Minister|Secretary|press secretary|spokes(?:man|woman|person)|commander|Commander|chief|Chief|director|Director|Gen\\.|General|Maj\\. Gen\\.|Lt\\. Gen\\.|Brig\\. Gen\\.|Col\\.|Lt\\.|Capt\\.|Sgt\\.|Officer|officer|Detective|detective|Sheriff|sheriff|Mayor|mayor|Governor|Gov\\.|Sen\\.|Senator|Rep\\.|Judge|judge|Prosecutor|prosecutor|District Attorney|Attorney General|CEO|[Cc]hairman|[Cc]hairwoman|[Ll]eader|[Hh]ead|King|Queen|Prince|Ambassador|ambassador|envoy|coach|Coach)";
const QUALIFIER = "(?:(?:[A-Z][\\w’'.-]*|press|interim|deputy|foreign|prime|defen[cs]e|interior|police|fire|state|senior|top|former|acting|vice|assistant|county|district|U\\.S\\.|Iraqi|Syrian) )";

export const rules: RoleRule[] = [
  {
    id: 'role/title',
    reason: 'an office or rank written before a name is that person’s role',
    example: 'Iraqi Foreign Minister Fouad Hussein highlighted the shared challenges.',
    before: new RegExp(`(?<role>${QUALIFIER}{0,4}${OFFICE}(?: ${OFFICE})?)\\s+$`),
  },
  {
    id: 'role/apposition-before',
    reason: '"the head of X, NAME," gives the role before the name',
    example: 'The head of ISIS in Iraq and Syria, Abdallah Maki Mosleh al-Rifai, has been killed.',
    before: /(?:^|[^\w])(?:[Tt]he|[Aa]n?) (?<role>(?:[\w’'-]+ ){0,3}?(?:head|leader|chief|commander|founder|spokes(?:man|woman)|director|president|minister|secretary|mayor|owner|pastor|principal|coach)(?: of [^,;]{2,60})?),\s+$/,
  },
  {
    id: 'role/apposition-after',
    reason: '"NAME, the group’s deputy caliph," or "NAME, CENTCOM commander" gives the role after the name',
    example: 'The statement came from Gen. Michael Erik Kurilla, CENTCOM commander, on Friday.',
    after: new RegExp(`^,\\s+(?:the |a |an )?(?<role>(?:[\\w’'.-]+ ){0,4}?${OFFICE}(?: of [^,;.]{2,60})?)(?=[,;.]| said| says)`),
  },
  {
    id: 'role/who-leads',
    reason: '"NAME, who leads X" makes the person the leader of X',
    example: 'Gen. Michael Erik Kurilla, who leads CENTCOM, emphasized the importance of the raid.',
    after: /^,\s+who (?:leads|heads|commands|runs|directs) (?<role>[^,;.]{2,60})/,
  },
];

const LEAD_VERB: Record<string, string> = table({ leads: 'leader', heads: 'head', commands: 'commander', runs: 'head', directs: 'director' });

// Roles: what office, rank or position a person holds, as the text says it.
export const roleExtractor: Extractor = {
  kind: 'role',
  rules: rules.map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const person of mentionsOf(ctx).filter((m) => m.type === 'person')) {
      // Only the person's own sentence: a title never reaches back over a full stop.
      const sentence = ctx.sentences[sentenceAt(ctx.sentences, person.start)];
      const before = ctx.clean.slice(Math.max(sentence?.start ?? 0, person.start - 90), person.start);
      const after = ctx.clean.slice(person.end, person.end + 120);
      for (const rule of rules) {
        const m = rule.before?.exec(before) ?? rule.after?.exec(after);
        const text = m?.groups?.role?.trim();
        if (!m || !text || text.split(' ').length > 12) continue;
        const offset = rule.before ? person.start - before.length + m.index + m[0].indexOf(text) : person.end + m.index + m[0].indexOf(text);
        const verb = rule.id === 'role/who-leads' ? /who (\w+)/.exec(m[0])?.[1] : undefined;
        const role = verb ? `${LEAD_VERB[verb] ?? verb} of ${text}` : text;
        claims.push({ kind: 'role', start: offset, end: offset + text.length, value: { person: person.name, role }, qualifiers: [], attribution: null, rule: rule.id });
      }
    }
    return claims;
  },
};
