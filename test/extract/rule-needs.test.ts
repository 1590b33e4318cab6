import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { casualtyRules, fallbackRules } from '../../src/extract/casualty/rules.js';
import { extractors } from '../../src/extract/index.js';
import { ruleMatches } from '../../src/extract/rule-matches.js';

// A rule's `needs` lets ruleMatches skip a sentence without those words: it must hold in
// every text the pattern matches, or claims would silently go. Checked on every rule example
// and every line of the fixture articles (real news), sentence by sentence.
const ROOT = path.resolve(__dirname, '../..');

function articles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) articles(full, out);
    else if (/\.(txt|md)$/.test(name)) out.push(readFileSync(full, 'utf8'));
  }
  return out;
}

const texts = [
  ...extractors.flatMap((e) => e.rules.map((r) => r.example)),
  ...articles(path.join(ROOT, 'fixtures')).flatMap((a) => a.split(/\n+|(?<=[.!?]["”’]?)\s+(?=[A-Z"“])/)),
].filter((t) => t.trim());
const withNeeds = [...casualtyRules, ...fallbackRules].filter((r) => r.needs);

describe('literal prefilters of long rules', () => {
  it('the casualty surface rules have them', () => {
    expect(withNeeds.length).toBeGreaterThanOrEqual(10);
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

  it('a text without the words is not searched: the same matches as without the prefilter', () => {
    const bare = withNeeds.map(({ needs: _needs, ...rule }) => rule);
    for (const text of texts) {
      const kept = ruleMatches(text, withNeeds).map(({ rule, m }) => `${rule.id}@${m.index}:${m[0]}`);
      const all = ruleMatches(text, bare).map(({ rule, m }) => `${rule.id}@${m.index}:${m[0]}`);
      expect(kept).toEqual(all);
    }
  });
});
