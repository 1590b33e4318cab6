const MONTH_BEFORE = /([$£€#]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December) ?$/;
// After the number: an age ("17-year-old", "8 yo"), an address ("900 block"), a time, a calibre, money.
export const NOT_COUNT_AFTER = /^(?:[- ]years?\b|-year|[- ]yrs?\b|[- ]?yo\b|[- ]months?[- ]old|-month|[- ]block\b|[- ]?[ap]\.?m\b|[- ]?mm\b|[- ]?(?:caliber|calibre|gauge)\b|[- ]?(?:dollars|cents|percent)\b|[- ]?(?:(?:more|other|additional|further) )?(?:times|rounds|shots|bullets|o['’]clock|hours|minutes|miles|feet|blocks)\b|%|,\d{3}\b(?! (?:people|persons|civilians|residents)))/i;

/**
 * Whether the number `n` at `index` in `text` is a count of people: not an age, address,
 * time, year, calibre, sum of money, date or an emergency number ("a 911 call").
 */
export function isCountAt(text: string, index: number, n: string | undefined): boolean {
  const after = text.slice(index + (n?.length ?? 0), index + (n?.length ?? 0) + 10);
  if (n && NOT_COUNT_AFTER.test(after)) return false;
  if (n && /^(?:911|999|112)$/.test(n.trim())) return false;
  if (n && /^(?:1[89]|20)\d\d$/.test(n.trim())) return false;
  if (/[:\d.$]$/.test(text.slice(0, index))) return false;
  return !MONTH_BEFORE.test(text.slice(Math.max(0, index - 10), index));
}

/** isCountAt for a regex match whose count is the group `n`. */
export function isCount(text: string, m: RegExpExecArray): boolean {
  const n = m.groups?.n;
  const at = n ? m[0].indexOf(n) : 0;
  return isCountAt(text, m.index + Math.max(0, at), n);
}
