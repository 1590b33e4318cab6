import type { ExtractedClaim, ExtractedDocument, IngestedDocument, RawClaim } from '../types.js';
import { createContext } from './context.js';
import { extractors } from './index.js';
import { lineColumn, lineStarts } from './position.js';
import { MAX_SENTENCE_CHARS, MAX_TOKEN_CHARS, sentenceAt } from './sentences.js';
import { sentenceAttribution } from './attribution.js';

// The span holds the mention itself: no surrounding space, trailing punctuation or "’s".
function trimSpan(text: string, start: number, end: number): [number, number] {
  for (;;) {
    const before = [start, end];
    while (start < end && /[\s"“”‘’'(\[,;:]/.test(text[start]!)) start++;
    while (end > start && /[\s"“”‘’')\],;:.!?]/.test(text[end - 1]!)) {
      // Keep the period of an abbreviation or initial ("U.S.", "Jr.").
      if (text[end - 1] === '.' && /(^|[^A-Za-z])([A-Z]\.)+$|\b(Jr|Sr|Inc|Co|Corp|Ltd|St)\.$/.test(text.slice(start, end))) break;
      end--;
    }
    if (/['’]s$/.test(text.slice(start, end)) && end - start > 2) end -= 2;
    if (before[0] === start && before[1] === end) return [start, end];
  }
}

export interface ExtractOptions {
  /** Milliseconds one document may take; the extractors left when it is spent are skipped. */
  budgetMs?: number;
  /** The clock (tests pass a fake one). */
  now?: () => number;
}

/** The per-document time budget: a backstop, since every step is already bounded by the text's length. */
export const DOCUMENT_BUDGET_MS = 8000;
/** At most this many claims per document: a text of 100,000 dates is no article, and the report must stay printable. */
export const MAX_CLAIMS_PER_DOCUMENT = 10_000;

/**
 * Text → claims for one document. Independent of every other document, and its output
 * is plain data: the unit of caching and of parallel work.
 */
export function extractDocument(doc: IngestedDocument, options: ExtractOptions = {}): ExtractedDocument {
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? DOCUMENT_BUDGET_MS;
  const began = now();
  const ctx = createContext(doc);
  const starts = lineStarts(doc.text);
  const raw: RawClaim[] = [];
  const warnings = [...doc.warnings];
  if (ctx.cutSentences) {
    warnings.push(`${ctx.cutSentences} over-long sentence${ctx.cutSentences === 1 ? ' was' : 's were'} cut into pieces (more than ${MAX_SENTENCE_CHARS} characters, or a word of more than ${MAX_TOKEN_CHARS})`);
  }
  const skipped: string[] = [];
  for (const extractor of extractors) {
    if (now() - began > budget) {
      skipped.push(extractor.kind);
      continue;
    }
    try {
      raw.push(...extractor.extract(ctx));
    } catch (error) {
      // One extractor failing on odd input must not lose the document's other claims.
      warnings.push(`${extractor.kind} extraction failed: ${String((error as Error)?.message ?? error).split(/\r\n|\r|\n/)[0]}`);
    }
  }
  if (skipped.length) warnings.push(`took longer than ${Math.round(budget / 1000)} s: ${skipped.join(', ')} claims not extracted`);
  const seen = new Set<string>();
  const attributions = new Map<number, ReturnType<typeof sentenceAttribution>>();
  const claims: ExtractedClaim[] = [];
  for (const claim of raw) {
    const [start, end] = trimSpan(doc.text, claim.start, claim.end);
    if (end <= start) continue;
    const key = `${claim.kind}:${start}:${end}:${JSON.stringify(claim.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sentenceIndex = sentenceAt(ctx.sentences, start);
    const { line, column } = lineColumn(starts, start);
    // Attribution and hedges of the sentence hold for every claim in it.
    const said = sentenceIndex >= 0 ? attributions.get(sentenceIndex) ?? sentenceAttribution(ctx.sentences[sentenceIndex]!.text) : null;
    if (said && sentenceIndex >= 0) attributions.set(sentenceIndex, said);
    claims.push({
      ...claim,
      attribution: claim.attribution ?? said?.source ?? null,
      qualifiers: [...new Set([...claim.qualifiers, ...(said?.hedges ?? [])])],
      start,
      end,
      text: doc.text.slice(start, end),
      span: { start, end, line, column },
      sentence: sentenceIndex >= 0 ? doc.text.slice(ctx.sentences[sentenceIndex]!.start, ctx.sentences[sentenceIndex]!.end) : '',
      sentenceIndex,
    });
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.rule.localeCompare(b.rule));
  if (claims.length > MAX_CLAIMS_PER_DOCUMENT) {
    warnings.push(`more than ${MAX_CLAIMS_PER_DOCUMENT} claims: only the first ${MAX_CLAIMS_PER_DOCUMENT} kept`);
    claims.length = MAX_CLAIMS_PER_DOCUMENT;
  }
  return {
    id: doc.id,
    hash: doc.hash,
    title: doc.title,
    source: doc.source,
    url: doc.url,
    published: doc.published,
    chars: doc.text.length,
    warnings,
    sentences: ctx.sentences,
    claims,
  };
}
