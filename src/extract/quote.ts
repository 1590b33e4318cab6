import type { RawClaim } from '../types.js';
import { mentionsOf } from './mentions/index.js';
import { quotationsOf, quotedWords, type Quotation } from './quote/quotations.js';
import { isPronoun, resolvePronoun, speakerFrom, type Gender } from './quote/speaker.js';
import type { Extractor, RuleInfo } from './rule.js';
import { sentenceAt } from './sentences.js';

export interface QuoteRule extends RuleInfo {
  /** Tested on the rest of the line after the closing mark, up to the next quotation. */
  after?: RegExp;
  /** Tested on the line before the opening mark, from the previous quotation on. */
  before?: RegExp;
  /** Fewest words a quotation needs under this rule: a lone word is a scare quote. */
  minWords: number;
}

const SAY =
  '(?:said|says|say|told|tells|added|adds|stated|states|wrote|writes|explained|continued|recalled|warned|insisted|noted|declared|announced|confirmed|asked|posted|tweeted|testified|replied|recounted|remembered|acknowledged|admitted|cautioned|urged|shouted|yelled|screamed)';
// A speaker as written: a name or title run, a pronoun, or a source such as "police".
const NAME = "(?:(?:[A-Z][\\w.'’-]*|al-[\\w'’-]+|bin|de|la|van|von|of),? ){0,6}(?:[A-Z][\\w.'’-]*|al-[\\w'’-]+)";
const SOURCE_WORDS = "police|officials|authorities|investigators|witnesses|prosecutors|detectives|deputies|officers|(?:the|his|her|their) (?:[\\w’'-]+ ){0,4}?(?:sheriff(?:['’]s office)?|police chief|spokes(?:man|woman)|official|mayor|prosecutor|witness|family|statement|office|department|mother|father|brother|sister|son|daughter|cousin|half-brother|friend|neighbor|uncle|aunt|grandmother|grandfather|wife|husband|girlfriend|boyfriend)(?:,? (?:[A-Z][\\w.'’-]*,? ){0,3}[A-Z][\\w.'’-]*)?";
const speaker = (group: string) => `(?<![\\w’'-])(?<${group}>${NAME}|he|she|${SOURCE_WORDS})\\b`;
// An adverbial between subject and verb ("said Sunday", "allegedly said", "said in a statement").
const ADVERB = "(?:\\s+(?:also|later|then|allegedly|reportedly|previously|earlier|once|had|has|have|would|later))?";

export const rules: QuoteRule[] = [
  {
    id: 'quote/said-after',
    reason: '“…,” X said / said X: the speaker follows the quotation',
    example: '“We will find who did this,” Police Chief Art Acevedo said on Monday.',
    minWords: 2,
    after: new RegExp(
      `^\\s*[,–—-]?\\s*(?:${speaker('speaker')}${ADVERB}\\s+${SAY}\\b|${SAY}\\s+(?<speaker2>(?:[a-z][\\w’'-]* ){0,3}${NAME}|${SOURCE_WORDS})\\b|(?<speaker3>[^“"”\\n.]{2,60}?(?:\\.[^“"”\\n.]{1,60}?)?)${ADVERB}\\s+${SAY}\\b)`,
      'd',
    ),
  },
  {
    id: 'quote/dash',
    reason: 'a quotation signed with a dash and a name, as headlines and pull quotes are',
    example: '“We will not be defined by this act of terror” — Orlando Mayor Buddy Dyer',
    minWords: 3,
    after: new RegExp(`^\\s*[–—-]\\s*(?<speaker>${NAME})\\s*$`, 'd'),
  },
  {
    id: 'quote/said-before',
    reason: 'X said: “…” — the speaker comes first and the quotation follows the verb',
    example: 'Pentagon press secretary Maj. Gen. Pat Ryder confirmed their condition, stating, “Both of the service members are in stable condition.”',
    minWords: 2,
    before: new RegExp(`${speaker('speaker')}${ADVERB}\\s+(?:[^“"”.]{0,80}?\\b)?(?<verb>${SAY}|stating|saying|adding|writing)(?: in a statement| on (?:Twitter|Facebook|X))?(?: that)?[:,]?\\s*$`, 'd'),
  },
  {
    id: 'quote/according-to',
    reason: 'according to X, “…”',
    example: 'According to the sheriff’s office, “the suspect fled on foot before deputies arrived.”',
    minWords: 2,
    before: new RegExp(`[Aa]ccording to ${speaker('speaker')}[,:]?\\s*$`, 'd'),
  },
  {
    id: 'quote/partial',
    reason: 'a quoted phrase inside reported speech: X praised…, stating they triumph over “…”',
    example: 'Prime Minister Mohammed Shia al-Sudani praised the Iraqi forces, stating they continue to triumph over "the forces of darkness."',
    minWords: 3,
    before: new RegExp(
      `${speaker('speaker')}${ADVERB}\\s+(?:[^“"”.]{0,80}?\\b)?(?<verb>${SAY}|stating|saying|adding|call(?:ed|ing|s)|describ(?:ed|ing|es)|vow(?:ed|ing|s)|threaten(?:ed|ing|s)|urg(?:ed|ing|es))\\b[^“"”.]{0,80}$`,
      'd',
    ),
  },
];

/** Qualifier of a quote whose speaker is resolved from a pronoun or an earlier quotation. */
export const SPEAKER_INFERRED = 'speaker inferred';

const CONTINUED: RuleInfo = {
  id: 'quote/continued',
  reason: 'a quotation that goes on after its attribution (“…,” he said. “…”) or opens the next paragraph is the same speaker’s',
  example: '“We are a very small community,” said Sylvia Carrillo, the city manager. “That girl did attend our schools.”',
};

/** A short quotation whose words are all capitalised is a name or title ("Latin Night"). */
function isTitle(words: string): boolean {
  const parts = words.split(/\s+/);
  return parts.length < 4 && parts.every((w) => /^[A-Z0-9'’]/.test(w)) && !/[.!?,]$/.test(words);
}

// Direct quotations with their speaker. A quotation with no speech around it is a nickname,
// title or scare quote ("deputy caliph"), not a quote, and is left out.
export const quoteExtractor: Extractor = {
  kind: 'quote',
  rules: [...rules.map(({ id, reason, example }) => ({ id, reason, example })), CONTINUED],
  extract(ctx): RawClaim[] {
    const claims: RawClaim[] = [];
    const people = mentionsOf(ctx).filter((m) => m.type === 'person');
    const quotations = quotationsOf(ctx.clean);
    let last: { name: string; at: number } | null = null;
    const genders = new Map<string, Gender>();
    // The last attributed quotation: later ones continue it when nothing else intervenes.
    let previous: { q: Quotation; speaker: string | null } | null = null;
    // A speaker found from "he"/"she" or carried over from the quotation before is inferred,
    // not written at the quotation: comparison does not take it as evidence of who said it.
    const add = (q: Quotation, speaker: string | null, rule: string, inferred: boolean) => {
      const quote = quotedWords(ctx.clean.slice(q.start, q.end));
      const qualifiers = inferred && speaker ? [SPEAKER_INFERRED] : [];
      claims.push({ kind: 'quote', start: q.start, end: q.end, value: { speaker, quote }, qualifiers, attribution: speaker, rule });
      previous = { q, speaker };
      if (speaker) last = { name: speaker, at: q.start };
    };
    quotations.forEach((q, i) => {
      const inner = ctx.clean.slice(q.start, q.end);
      const words = quotedWords(inner);
      const wordCount = words.split(/\s+/).length;
      const prev = quotations[i - 1];
      const next = quotations[i + 1];
      const lineFrom = Math.max(q.lineStart, prev && prev.lineStart === q.lineStart ? prev.close : 0, q.open - 250);
      const afterTo = Math.min(q.lineEnd, next && next.lineStart === q.lineStart ? next.open : Infinity, q.close + 150);
      // The speaker named before a quotation is in its own sentence.
      const sentence = ctx.sentences[sentenceAt(ctx.sentences, q.open)];
      const beforeFrom = Math.max(lineFrom, sentence && sentence.start <= q.open ? sentence.start : 0);
      const before = ctx.clean.slice(beforeFrom, q.open);
      const after = ctx.clean.slice(q.close, afterTo);
      for (const rule of rules) {
        const m = rule.after?.exec(after) ?? rule.before?.exec(before);
        const group = m && (['speaker', 'speaker2', 'speaker3'] as const).find((g) => m.groups?.[g]);
        if (!m || !group) continue;
        if (wordCount < rule.minWords || isTitle(words)) return;
        // Quotations ending a sentence are not followed by their attribution.
        // A quotation the attribution follows ends in a comma, ? or ! or a dash: “…,” she said.
        if (rule.id === 'quote/said-after' && !/[,?!…—–-]['’]?\s*$/.test(inner) && !/^\s*[,–—-]/.test(after)) continue;
        const base = rule.after ? q.close : beforeFrom;
        const [from, to] = m.indices!.groups![group]!;
        const written = m.groups![group]!;
        let who: string | null;
        const pronoun = isPronoun(written);
        if (pronoun) {
          who = resolvePronoun(written, q.open, sentence?.start ?? q.open, last, people, ctx.sentences, genders, ctx.clean);
        } else {
          // Before the quotation, the speaker is the last person named ahead of the verb
          // ("In denying bail for Morgan, Judge Peggy Chiampas called him “…”").
          const verb = m.indices!.groups!.verb;
          const span: [number, number] = verb ? [base + from, base + verb[0]] : [base + from, base + to];
          who = speakerFrom(written, span, ctx.clean, people, verb ? 'last' : 'first');
          if (!who && rule.after) {
            // Failing that, the first person named in the attribution clause ("said Tyra's grandmother, Yvette Ruffin").
            const clause = after.slice(from).search(/[.!?;](?=\s|$)/);
            who = speakerFrom('', [base + from, base + Math.max(to, clause < 0 ? after.length : from + clause)], ctx.clean, people, 'first');
          }
        }
        add(q, who, rule.id, pronoun);
        return;
      }
      if (previous && continues(ctx.clean, previous.q, q) && wordCount >= 2 && !isTitle(words)) add(q, previous.speaker, CONTINUED.id, true);
    });
    return claims;
  },
};

/**
 * Does quotation `q` go on with the speaker of `p`? Either on the same line, with only the
 * attribution clause between them (“…,” she said. “…”), or as a paragraph that is nothing
 * but a quotation, right after the paragraph `p` is in.
 */
function continues(text: string, p: Quotation, q: Quotation): boolean {
  if (p.lineStart === q.lineStart) {
    const between = text.slice(p.close, q.open);
    return between.length < 160 && /[.!?:]\s*$/.test(between.trim() ? between : '.') && !/["“”]/.test(between);
  }
  const gap = text.slice(p.lineEnd, q.lineStart);
  if (/\S/.test(gap)) return false;
  return /^\s*$/.test(text.slice(q.lineStart, q.open)) && q.close >= text.slice(q.lineStart, q.lineEnd).trimEnd().length + q.lineStart - 1;
}
