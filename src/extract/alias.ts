import type { RawClaim } from '../types.js';
import { mentionsOf } from './mentions/index.js';
import type { Extractor, RuleInfo } from './rule.js';

/** An alias rule: what may follow a person's name to introduce another name for them. */
export interface AliasRule extends RuleInfo {
  /** Matched right after the person's name; group `alias` is the other name. */
  after?: RegExp;
  /** Matched right before the person's name ("Abu Khadija, whose real name is …"). */
  before?: RegExp;
}

const NAME = "(?<alias>(?:(?:Abu|Umm|Al|El|Bin|Ibn|de|van|von|al-)\\s?)?[A-Z][\\w'’.-]+(?:[ -](?:(?:al|bin|ibn|de|la|van|der)[ -])?[A-Z][\\w'’.-]+){0,3})";
const QUOTED = `["“‘']?${NAME}["”’']?`;

export const rules: AliasRule[] = [
  {
    id: 'alias/known-as',
    reason: '"known as", "also known as", "aka", "nicknamed" and "dubbed" introduce another name',
    example: 'Abdallah Maki Mosleh al-Rifai, known as “Abu Khadija,” was regarded as a dangerous figure.',
    after: new RegExp(`^,?\\s+(?:(?:also|better|widely|commonly) )?(?:known as|aka|a\\.k\\.a\\.|nicknamed|dubbed|called|alias)\\s+${QUOTED}`),
  },
  {
    id: 'alias/real-name',
    reason: '"whose real name is" ties a nom de guerre to the legal name',
    example: 'Abu Bakr al-Baghdadi, whose real name is Ibrahim Awad al-Badri, led the group.',
    after: new RegExp(`^,?\\s+whose (?:real|full|legal|given) name (?:is|was)\\s+${QUOTED}`),
  },
  {
    id: 'alias/parenthesis',
    reason: 'another name in parentheses right after a name',
    example: 'The commander, Abu Mohammed al-Jolani (Ahmed al-Sharaa), addressed the crowd.',
    after: new RegExp(`^\\s*\\(\\s*(?:(?:aka|a\\.k\\.a\\.|also known as|known as|real name)\\s+)?${QUOTED}\\s*\\)`),
  },
  {
    id: 'alias/kunya',
    reason: 'an Arabic kunya (Abu …, Umm …) written right after a name is that person’s other name',
    example: 'The raid killed Jassim al-Mazrouei Abu Abdel Qader, the top ISIS figure in the country.',
    after: /^\s+(?<alias>(?:Abu|Umm) [A-Z][\w'’-]+(?: (?:al-)?[A-Z][\w'’-]+){0,2})/,
  },
];

// Other names of a person: the alias claim ties them, so normalization can give every
// mention of the person, under either name, the same canonical name.
export const aliasExtractor: Extractor = {
  kind: 'alias',
  rules: rules.map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    const people = mentionsOf(ctx).filter((m) => m.type === 'person');
    for (const person of people) {
      const rest = ctx.clean.slice(person.end, person.end + 160);
      for (const rule of rules) {
        const m = rule.after?.exec(rest);
        const alias = m?.groups?.alias?.replace(/[,.]$/, '');
        if (!m || !alias || alias === person.name || /^[A-Z]{2,}$/.test(alias)) continue;
        const start = person.end + m.index + m[0].indexOf(alias);
        claims.push({ kind: 'alias', start, end: start + alias.length, value: { name: person.name, alias }, qualifiers: [], attribution: null, rule: rule.id });
        break;
      }
    }
    return claims;
  },
};
