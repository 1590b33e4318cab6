import type { CasualtyType, RawClaim } from '../types.js';
import { casualtyRules } from './casualty/rules.js';
import { BACKGROUND, typeOfVerb } from './casualty/vocabulary.js';
import { parseCount } from './numbers.js';
import type { Extractor } from './rule.js';

const AUX_WORDS = /\b(were|was|have been|has been|had been|are|is|got|being|been|also|reportedly|allegedly|later|all|both)\b/gi;

function cleanWho(who: string | null | undefined): string | null {
  const text = (who ?? '').replace(AUX_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return text && !/^(of|the|and)$/i.test(text) ? text : null;
}

function typeOf(verb: string | undefined): CasualtyType | null {
  if (!verb) return null;
  // "was shot" without a fatal word is a gunshot wound: an injury in shooting statistics.
  return typeOfVerb(verb) ?? (/^shot$/i.test(verb) ? 'injured' : null);
}

// Counts of people killed, injured, missing, arrested or captured, with bounds and the
// group counted. Tolls of other occurrences in the same sentence (annual totals, earlier
// years) carry the qualifier "background" so comparison can leave them out.
export const casualtyExtractor: Extractor = {
  kind: 'casualty',
  rules: casualtyRules.map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    for (const sentence of ctx.sentences) {
      const taken: [number, number][] = [];
      for (const rule of casualtyRules) {
        rule.pattern.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = rule.pattern.exec(sentence.text))) {
          const start = m.index;
          const end = start + m[0].length;
          if (taken.some(([a, b]) => start < b && a < end)) continue;
          const after = sentence.text.slice(start + (m.groups?.n?.length ?? 0), start + (m.groups?.n?.length ?? 0) + 6);
          if (m.groups?.n && /^[- ]years?\b|^-year|^ block\b|^ [ap]\.m\./.test(after)) continue; // an age, an address, a time
          if (/[:\d]$/.test(sentence.text.slice(0, start))) continue;
          // Money, numbers after a month name ("Oct. 18 shooting") and ordinals are no counts.
          if (/([$£€#]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December) ?$/.test(sentence.text.slice(Math.max(0, start - 10), start))) continue;
          const reading = rule.read(m);
          if (!reading) continue;
          const type = reading.type ?? typeOf(reading.verb);
          if (!type) continue;
          let min = 0;
          let max: number | null = 0;
          const qualifiers: string[] = [];
          if (reading.fixed !== undefined) {
            min = max = reading.fixed;
          } else {
            const counts = reading.counts.map(parseCount);
            if (!counts.length || counts.some((c) => c === null)) continue;
            for (const c of counts) {
              min += c!.min;
              max = max === null || c!.max === null ? null : max + c!.max;
              qualifiers.push(...c!.qualifiers);
            }
            min += reading.plus ?? 0;
            if (max !== null) max += reading.plus ?? 0;
          }
          if (BACKGROUND.test(sentence.text)) qualifiers.push('background');
          taken.push([start, end]);
          claims.push({
            kind: 'casualty',
            start: sentence.start + start,
            end: sentence.start + end,
            value: { type, min, max, who: cleanWho(reading.who) },
            qualifiers: [...new Set(qualifiers)],
            attribution: null,
            rule: rule.id,
          });
        }
      }
    }
    // "The teen was shot" and "the teen was killed" in one story are one victim, killed.
    const singleKilled = claims.some((c) => (c.value as { type: string }).type === 'killed' && /one-person|named-person/.test(c.rule));
    return singleKilled ? claims.filter((c) => !((c.value as { type: string }).type === 'injured' && /one-person|named-person/.test(c.rule) && /\bshot$/i.test(ctx.clean.slice(c.start, c.end)))) : claims;
  },
};
