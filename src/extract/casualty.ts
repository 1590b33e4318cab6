import type { CasualtyType, CasualtyValue, RawClaim } from '../types.js';
import { clauseMatches, CASUALTY_WORD, needsParse } from './casualty/clause.js';
import { isRemembered, parseSentences, type ClauseParse } from './casualty/clause-parse.js';
import { clauseRules } from './casualty/clause-rules.js';
import { documentRules, personTolls, type Mention } from './casualty/document-toll.js';
import { isCount } from './casualty/non-count.js';
import { otherIncidentSentences, roundupTitle } from './casualty/other-incident.js';
import { relatedStorySentences } from './casualty/related-stories.js';
import { casualtyRules, fallbackRules, type CasualtyReading, type CasualtyRule } from './casualty/rules.js';
import { BACKGROUND, EARLIER, LEAD_CHARS, ROUNDUP, ROUNDUP_TITLE, typeOfVerb } from './casualty/vocabulary.js';
import { parseCount } from './numbers.js';
import { peopleWords } from './casualty/who.js';
import type { Extractor } from './rule.js';
import type { WorkMeter } from './work-budget.js';
import { ruleMatches, type RuleMatch } from './rule-matches.js';

const AUX_WORDS = /\b(were|was|have been|has been|had been|are|is|got|being|been|also|reportedly|allegedly|later|all|both)\b/gi;

function cleanWho(who: string | null | undefined): string | null {
  const text = peopleWords(who ?? '').replace(AUX_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return text && !/^(of|the|and)$/i.test(text) ? text : null;
}

function typeOf(verb: string | undefined): CasualtyType | null {
  if (!verb) return null;
  // "was shot" without a fatal word is a gunshot wound: an injury in shooting statistics.
  return typeOfVerb(verb) ?? (/^shot$/i.test(verb) ? 'injured' : null);
}

/** A reading → the toll it states, as an interval with its bound words; null when it is none. */
function toll(reading: CasualtyReading | null): (Omit<CasualtyValue, 'who'> & { qualifiers: string[] }) | null {
  const type = reading && (reading.type ?? typeOf(reading.verb));
  if (!reading || !type) return null;
  if (reading.fixed !== undefined) return { type, min: reading.fixed, max: reading.fixed, qualifiers: [] };
  const counts = reading.counts.map(parseCount);
  if (!counts.length || counts.some((c) => c === null)) return null;
  let min = reading.plus ?? 0;
  let max: number | null = reading.plus ?? 0;
  for (const c of counts) {
    min += c!.min;
    max = max === null || c!.max === null ? null : max + c!.max;
  }
  return { type, min, max, qualifiers: counts.flatMap((c) => c!.qualifiers) };
}

/** The sentence's mentions by the surface rules (tolls, sums, "left N dead"), then by clause. */
function sentenceMentions(text: string, offset: number, inLead: boolean, otherIncident: boolean, work?: WorkMeter, parsed?: ClauseParse): Mention[] {
  const mentions: Mention[] = [];
  const background = otherIncident || BACKGROUND.test(text) || ROUNDUP.test(text) || (!inLead && EARLIER.test(text));
  const accept = (match: RuleMatch<CasualtyRule>) => isCount(text, match.m) && toll(match.rule.read(match.m)) !== null;
  const surface = ruleMatches(text, casualtyRules, accept);
  const taken = surface.map(({ m }) => [m.index, m.index + m[0].length] as [number, number]);
  const clauses = clauseMatches(text, taken, work, parsed);
  taken.push(...clauses.map((c) => [c.start, c.end] as [number, number]));
  const free = ({ m }: RuleMatch<CasualtyRule>) => !taken.some(([a, b]) => m.index < b && a < m.index + m[0].length);
  const fallback = ruleMatches(text, fallbackRules, (match) => free(match) && accept(match));
  for (const { rule, m } of [...surface, ...fallback]) {
    const first = rule.read(m)!;
    for (const reading of first.also ? [first, first.also] : [first]) {
      const { qualifiers, ...value } = toll(reading)!;
      mentions.push({
        claim: { kind: 'casualty', start: offset + m.index, end: offset + m.index + m[0].length, value: { ...value, who: cleanWho(reading.who) }, qualifiers, attribution: null, rule: rule.id },
        background,
      });
    }
  }
  for (const c of clauses) {
    const value: CasualtyValue = { type: c.type, min: c.who.min, max: c.who.max, who: cleanWho(c.whoText) };
    // A group inside a list ("his wife and four daughters") is a count: its members have no names to tell them apart.
    const counted = c.who.people.length === c.who.min && c.who.max === c.who.min && !c.who.people.some((p) => p.noun === '#group');
    mentions.push({
      claim: { kind: 'casualty', start: offset + c.start, end: offset + c.end, value, qualifiers: [...c.who.qualifiers], attribution: null, rule: c.rule.id },
      background,
      people: counted ? c.who.people : undefined,
      shot: c.shot,
    });
  }
  return mentions;
}

// Counts of people killed, injured, missing, arrested or captured, with bounds and the
// group counted. Tolls of other occurrences in the same sentence (annual totals, earlier
// years) carry the qualifier "background" so comparison can leave them out. The document's
// people are counted once each however many sentences speak of them (document-toll.ts).
export const casualtyExtractor: Extractor = {
  kind: 'casualty',
  rules: [...casualtyRules, ...clauseRules, ...fallbackRules, ...documentRules].map(({ id, reason, example }) => ({ id, reason, example })),
  extract(ctx): RawClaim[] {
    const mentions: Mention[] = [];
    const breaks = ctx.sentences.map((s, i) => i > 0 && /\n/.test(ctx.doc.text.slice(ctx.sentences[i - 1]!.end, s.start)));
    const other = otherIncidentSentences(ctx.sentences.map((s) => s.text), breaks);
    // The sentences the clause reader parses are parsed together (one call to compromise costs more
    // than its words), but for those it has read before.
    // Headlines linked from the page (related-stories.ts) are other stories': not read at all.
    const related = relatedStorySentences(ctx.doc.text, ctx.doc.bodyStart, ctx.sentences.map((s) => s.start));
    const toParse = [...new Set(ctx.sentences.filter((s, i) => !related.has(i)).map((s) => s.text).filter((text) => needsParse(text) && !isRemembered(text)))];
    const parses = new Map(parseSentences(toParse).map((parse, k) => [toParse[k]!, parse]));
    ctx.sentences.forEach((sentence, i) => {
      if (!CASUALTY_WORD.test(sentence.text) || related.has(i)) return;
      mentions.push(...sentenceMentions(sentence.text, sentence.start, sentence.start < ctx.doc.bodyStart + LEAD_CHARS, other.has(i), ctx.work, parses.get(sentence.text)));
    });
    for (const m of mentions) if (m.background && !m.claim.qualifiers.includes('background')) m.claim.qualifiers.push('background');
    const claims = personTolls(mentions);
    // Under a roundup's headline every figure may be another incident's: comparison weighs them less.
    const title = ctx.doc.title ?? '';
    if (ROUNDUP_TITLE.test(title) || roundupTitle(title)) for (const c of claims) c.qualifiers = [...c.qualifiers, 'roundup'];
    return claims;
  },
};
