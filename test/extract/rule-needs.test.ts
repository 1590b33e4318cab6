import { describe, expect, it } from 'vitest';
import { fixtureSentences } from '../helpers/fixture-texts.js';
import { agentRules } from '../../src/extract/agent.js';
import { casualtyRules, fallbackRules } from '../../src/extract/casualty/rules.js';
import { dateRules } from '../../src/extract/date/rules.js';
import { extractors } from '../../src/extract/index.js';
import { quantityRules } from '../../src/extract/quantity.js';
import { ruleMatches, type PatternRule } from '../../src/extract/rule-matches.js';

// A rule's `needs` lets ruleMatches skip a sentence without those words: it must hold in
// every text the pattern matches, or claims would silently go. Checked on every rule example
// and every line of the fixture articles (real news), sentence by sentence.

const texts = [
  ...extractors.flatMap((e) => e.rules.map((r) => r.example)),
  ...fixtureSentences(),
].filter((t) => t.trim());
const lists = { casualtyRules, fallbackRules, dateRules, agentRules, quantityRules } as const;
const withNeeds = Object.values(lists).flatMap((rules) => rules.filter((r) => r.needs));

describe('literal prefilters of long rules', () => {
  it('the casualty surface rules, the date, agent and quantity rules have them', () => {
    expect(withNeeds.length).toBeGreaterThanOrEqual(40);
    expect(texts.length).toBeGreaterThan(1000);
  });

  it.each(withNeeds.map((r) => [r.id, r] as const))('%s: every text its pattern matches has its words', (_id, rule) => {
    let matched = 0;
    for (const text of texts) {
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
      if (!pattern.test(text)) continue;
      matched++;
      expect(rule.needs!.test(text), `${rule.id} matches but lacks ${rule.needs}: ${text}`).toBe(true);
    }
    expect(matched).toBeGreaterThan(0);
  });

  it.each(Object.entries(lists))('a text without the words is not searched: the same matches as without the prefilter (%s)', (_name, rules) => {
    const bare = rules.map(({ needs: _needs, ...rule }) => rule);
    let n = 0;
    for (const text of texts) {
      const kept = ruleMatches(text, rules as readonly PatternRule[]).map(({ rule, m }) => `${rule.id}@${m.index}:${m[0]}`);
      const all = ruleMatches(text, bare).map(({ rule, m }) => `${rule.id}@${m.index}:${m[0]}`);
      expect(kept).toEqual(all);
      n += all.length;
    }
    expect(n).toBeGreaterThan(0);
  });
});
