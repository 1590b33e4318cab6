// Who a sentence's claims come from ("police said") and how firmly ("reportedly").

export interface SentenceAttribution {
  source: string | null;
  hedges: string[];
}

const SAY = '(?:said|says|say|told|reported|reports|confirmed|announced|stated|added|estimated|estimates)';
const SOURCE = "((?:the |a )?(?:[A-Z][\\w.'’-]*|[a-z][\\w'’-]*)(?: (?:[A-Z][\\w.'’-]*|[a-z][\\w'’-]*|of|for)){0,6}?)";

const PATTERNS: RegExp[] = [
  new RegExp(`\\b[Aa]ccording to ${SOURCE}(?=[,.;]|$)`),
  new RegExp(`(?:,|\\s[—–-])\\s*${SOURCE},? ${SAY}\\.?\\s*$`),
  new RegExp(`^${SOURCE} ${SAY}(?: that)?\\b`),
];

const HEDGES: [RegExp, string][] = [
  [/\breportedly\b|\bwas reported\b|\bit is reported\b/i, 'reportedly'],
  [/\ballegedly\b|\balleged\b/i, 'allegedly'],
  [/\bunconfirmed\b|\bcould not be (?:independently )?(?:confirmed|verified)\b/i, 'unconfirmed'],
  [/\b(?:is|are|was|were) believed to\b|\bit is believed\b/i, 'believed'],
  [/\bpossibly\b|\bmay have\b|\bmight have\b/i, 'possibly'],
];

// A source must name someone: pronouns and bare words are not attribution.
const NOT_SOURCE = /^(?:he|she|they|it|we|i|you|this|that|there|which|who|and|but|the)$/i;

export function sentenceAttribution(sentence: string): SentenceAttribution {
  let source: string | null = null;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(sentence);
    const found = m?.[1]?.trim();
    if (found && !NOT_SOURCE.test(found) && found.split(' ').length <= 8) {
      source = found;
      break;
    }
  }
  const hedges = HEDGES.filter(([re]) => re.test(sentence)).map(([, name]) => name);
  return { source, hedges };
}
