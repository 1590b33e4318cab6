import type { RawClaim } from '../types.js';
import { mentionsOf } from './mentions/index.js';
import type { Extractor, RuleInfo } from './rule.js';

interface QuoteRule extends RuleInfo {
  /** Tested on the text after the closing mark (`after`) or before the opening one (`before`). */
  after?: RegExp;
  before?: RegExp;
}

const SAY = '(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|explained|continued|recalled|warned|insisted|noted|declared|announced|confirmed|asked)';
// A speaker as written: a name or title run, a pronoun, or a source such as "police".
const SPEAKER = "(?<speaker>(?:[A-Z][\\w.'’-]*,? ){0,6}[A-Z][\\w.'’-]*|he|she|they|police|officials|authorities|investigators|witnesses|prosecutors|the (?:[a-z]+ )?(?:sheriff|police chief|spokes(?:man|woman)|official|mayor|prosecutor|witness|family)(?:['’]s office)?)";

const rules: QuoteRule[] = [
  {
    id: 'quote/said-after',
    reason: '“…,” X said: the speaker follows the quotation',
    example: '“We will find who did this,” Police Chief Art Acevedo said on Monday.',
    after: new RegExp(`^\\s*[,–—-]?\\s*(?:${SPEAKER}\\s+${SAY}\\b|${SAY}\\s+${SPEAKER.replace('<speaker>', '<speaker2>')}|(?<speaker3>[^“"”\\n.]{2,60}?(?:\\.[^“"”\\n.]{1,60}?)?)\\s+${SAY}\\b)`),
  },
  {
    id: 'quote/said-before',
    reason: 'X said: “…” — the speaker comes first',
    example: 'Pentagon press secretary Maj. Gen. Pat Ryder confirmed their condition, stating, “Both of the service members are in stable condition.”',
    before: new RegExp(`${SPEAKER}\\s+(?:[^“"”.]{0,80}?\\b)?(?:${SAY}|stating|saying|adding)(?: that)?[:,]?\\s*$`),
  },
  {
    id: 'quote/partial',
    reason: 'a quoted phrase inside reported speech: X praised…, stating they triumph over “…”',
    example: 'Prime Minister Mohammed Shia al-Sudani praised the Iraqi forces, stating they continue to triumph over "the forces of darkness."',
    before: new RegExp(`${SPEAKER}\\s+[^“"”.]{0,80}?\\b(?:${SAY}|stating|saying|adding|calling (?:it|them|him|her))\\b[^“"”.]{0,80}$`),
  },
  {
    id: 'quote/according-to',
    reason: 'according to X, “…”',
    example: 'According to the sheriff’s office, “the suspect fled on foot before deputies arrived.”',
    before: new RegExp(`[Aa]ccording to ${SPEAKER}[,:]?\\s*$`),
  },
];

const QUOTATION = /“([^”]{3,600})”|"([^"\n]{3,600})"/g;
const PRONOUN = /^(he|she|they)$/i;
const SOURCE = /^(police|officials|authorities|investigators|witnesses|prosecutors|the [a-z].*)$/i;

// Direct quotations with their speaker. A short quotation with no speech nearby is a
// nickname or scare quote ("deputy caliph"), not a quote.
export const quoteExtractor: Extractor = {
  kind: 'quote',
  rules: rules.map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    const people = mentionsOf(ctx).filter((m) => m.type === 'person');
    let lastSpeaker: string | null = null;
    QUOTATION.lastIndex = 0;
    let q: RegExpExecArray | null;
    while ((q = QUOTATION.exec(ctx.clean))) {
      const inner = (q[1] ?? q[2])!;
      const start = q.index + 1;
      const end = start + inner.length;
      const after = ctx.clean.slice(q.index + q[0].length, q.index + q[0].length + 120).split('\n')[0]!;
      const before = ctx.clean.slice(Math.max(0, q.index - 200), q.index).split('\n').pop()!;
      for (const rule of rules) {
        const m = rule.after?.exec(after) ?? rule.before?.exec(before);
        let speaker = (m?.groups?.speaker ?? m?.groups?.speaker2 ?? m?.groups?.speaker3)?.replace(/,$/, '').trim();
        if (!m || !speaker) continue;
        if (inner.trim().split(/\s+/).length < (rule.id === 'quote/partial' ? 3 : 2)) break;
        // The speaker is the person named in the attribution when there is one: titles off.
        const from = rule.after ? q.index + q[0].length : q.index - before.length;
        const window = [from, from + (rule.after ? after.length : before.length)];
        const named = people.filter((p) => p.start >= window[0]! && p.end <= window[1]!);
        if (named.length) speaker = (rule.after ? named[0]! : named[named.length - 1]!).name;
        else if (PRONOUN.test(speaker)) speaker = lastSpeaker ?? speaker;
        else if (!SOURCE.test(speaker) && !/^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)+$/.test(speaker)) speaker = '';
        if (speaker && !PRONOUN.test(speaker)) lastSpeaker = speaker;
        const who = speaker || null;
        claims.push({ kind: 'quote', start, end, value: { speaker: who, quote: inner.trim() }, qualifiers: [], attribution: who, rule: rule.id });
        break;
      }
    }
    return claims;
  },
};
