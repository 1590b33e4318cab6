import type { RawClaim } from '../types.js';
import { countPattern, parseCount } from './numbers.js';
import type { Extractor, RuleInfo } from './rule.js';
import { sentenceRuleMatches, type RuleMatch } from './rule-matches.js';

interface QuantityRule extends RuleInfo {
  pattern: RegExp;
  /** A unit word, which every match ends on (rule-matches.ts): a count shape is tried at every word. */
  needs: RegExp;
}

// Units worth cross-checking: people and forces, weapons, money-free counts of things.
const UNIT_WORDS = 'troops|soldiers|fighters|jihadists|militants|personnel|officers|police officers|people|residents|civilians|refugees|migrants|families|homes|houses|buildings|vehicles|rounds|shots|bullets|shell casings|weapons|guns|rifles|rockets|missiles|drones|airstrikes|strikes|raids|attacks|members|suspects|prisoners|hostages|children|students|protesters|votes|casualties';
const UNIT = `(?<unit>(?:[A-Z][\\w.-]*\\.? )?(?:[a-z-]+ ){0,2}?(?:${UNIT_WORDS}))`;
const UNIT_NEEDS = new RegExp(`(?:${UNIT_WORDS})\\b`);

const BARE_PEOPLE = /^(?:(?:other|more|young|innocent|unknown|additional) )?(?:people|persons)$/i;

export const quantityRules: QuantityRule[] = [
  {
    id: 'quantity/range',
    needs: UNIT_NEEDS,
    reason: 'a range of a counted thing ("between 1,500 to 3,000 ISIS jihadists")',
    example: 'A recent UN report estimates that between 1,500 to 3,000 ISIS jihadists remain active in Iraq and Syria.',
    pattern: new RegExp(`\\b(?<n>(?:between )?\\d[\\d,]*\\s*(?:-|–|to|and)\\s*\\d[\\d,]*) ${UNIT}\\b`, 'g'),
  },
  {
    id: 'quantity/count',
    needs: UNIT_NEEDS,
    reason: 'a count of a thing ("about 2,500 U.S. troops remain in Iraq")',
    example: 'Currently, about 2,500 U.S. troops remain in Iraq and 900 in Syria.',
    pattern: new RegExp(`\\b(?<n>${countPattern()}) ${UNIT}\\b`, 'g'),
  },
];

// Counts of things other than casualties: troops, fighters, shots fired, homes destroyed.
// Casualty counts ("seven people were killed") are the casualty extractor's; a count that
// is followed by a casualty verb is left to it.
export const quantityExtractor: Extractor = {
  kind: 'quantity',
  rules: quantityRules.map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    const isCount = ({ m }: RuleMatch<QuantityRule>) => {
      const end = m.index + m[0].length;
      const after = ctx.clean.slice(end, end + 40);
      const before = ctx.clean.slice(Math.max(0, m.index - 20), m.index);
      // A bare count of people says nothing of who they are (parade-goers, shooters, the
      // injured): it is a toll, the casualty extractor's, or a crowd no slot can tell apart.
      if (BARE_PEOPLE.test(m.groups!.unit!.trim())) return false;
      // "AK-47 rifles": a number glued to a name by a hyphen is part of the name.
      if (/[\p{L}]-$/u.test(ctx.clean.slice(Math.max(0, m.index - 2), m.index))) return false;
      // A toll is the casualty extractor's; money and "deaths of N" are no quantities here.
      if (/^\s+(?:(?:were|was|have been|had been|are) )?(?:\w+ )?(?:killed|dead|died|injured|wounded|hurt|arrested|missing|slain)\b/i.test(after)) return false;
      return !/[$£€]\s*$|\b(?:deaths?|killing|murders?|wounding) of\s*$/i.test(before) && parseCount(m.groups!.n!) !== null;
    };
    for (const { rule, m } of sentenceRuleMatches(ctx.sentences, quantityRules, isCount)) {
      const count = parseCount(m.groups!.n!)!;
      claims.push({
        kind: 'quantity', start: m.index, end: m.index + m[0].length,
        value: { min: count.min, max: count.max, unit: m.groups!.unit!.trim() },
        qualifiers: count.qualifiers, attribution: null, rule: rule.id,
      });
    }
    return claims;
  },
};
