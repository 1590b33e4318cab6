import type { ExtractedClaim, ExtractedDocument, IngestedDocument, RawClaim, Sentence } from '../types.js';
import { createContext } from './context.js';
import { extractors } from './index.js';
import { lineColumn, lineStarts } from './position.js';
import { MAX_SENTENCE_CHARS, MAX_TOKEN_CHARS, sentenceAt, splitSentencesBounded } from './sentences.js';
import { sentenceAttribution } from './attribution.js';
import { plural } from '../util/plural.js';
import { SCAN_UNITS_PER_CHAR, WINDOW_UNITS_PER_KIB, WorkBudget } from './work-budget.js';
import { compareText } from '../util/collate.js';

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
  /** Work units one document may take once its first window is checked (tests pass a small one). */
  workUnits?: number;
}

/** At most this many claims per document: a text of 100,000 dates is no article, and the report must stay printable. */
export const MAX_CLAIMS_PER_DOCUMENT = 10_000;
/**
 * A document longer than this many characters is extracted window by window (whole sentences),
 * so that work and memory stay proportional and the work budget can stop between windows.
 * Articles fit in one: the longest of the dev sets is about 400 sentences.
 */
export const WINDOW_CHARS = 128 * 1024;
/**
 * The windows of a longer document: small enough that one window cannot overrun the work
 * budget by much (a dense run of tolls takes the casualty reading about 3 ms a sentence).
 */
export const LONG_WINDOW_CHARS = 32 * 1024;
export const LONG_WINDOW_SENTENCES = 100;

function windowsOf(sentences: Sentence[]): Sentence[][] {
  if (!sentences.length) return [];
  if (sentences[sentences.length - 1]!.end - sentences[0]!.start <= WINDOW_CHARS) return [sentences];
  const windows: Sentence[][] = [];
  let current: Sentence[] = [];
  for (const sentence of sentences) {
    if (current.length && (sentence.end - current[0]!.start > LONG_WINDOW_CHARS || current.length >= LONG_WINDOW_SENTENCES)) {
      windows.push(current);
      current = [];
    }
    current.push(sentence);
  }
  if (current.length) windows.push(current);
  return windows;
}

/** The cleaned text with everything outside [from, to) blanked: same length, same offsets. */
const blankOutside = (clean: string, from: number, to: number) =>
  ' '.repeat(from) + clean.slice(from, to) + ' '.repeat(clean.length - to);

let warm = false;
/**
 * The extractors load their word lists and gazetteer on first use, which takes seconds on a
 * busy machine: done once, before the first document, so that a failure to load shows as a
 * warning on that document and the loading is never counted as its work.
 */
function warmUp(): void {
  if (warm) return;
  warm = true;
  const text = 'Gen. John Smith said two people were killed in Baghdad, Iraq on Monday, March 3, 2025. "We are safe," he said.';
  const ctx = createContext({ id: '', text, clean: text, bodyStart: 0, title: null, source: null, url: null, published: null, warnings: [], hash: '' });
  for (const extractor of extractors) {
    try {
      extractor.extract(ctx);
    } catch {
      // A failure here shows again, with a warning, on the first real document.
    }
  }
}


/** The words of both lists, each once, in order (most claims have none or one, and no hedges). */
function union(a: string[], b: readonly string[] | undefined): string[] {
  if (!b?.length && a.length < 2) return a.slice();
  return [...new Set([...a, ...(b ?? [])])];
}

/** The sentence as quoted: the file's text, or for an HTML page its text without the tags. */
function sentenceText(doc: IngestedDocument, sentence: { start: number; end: number }): string {
  if (doc.markup !== 'html') return doc.text.slice(sentence.start, sentence.end);
  return doc.clean.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
}

/**
 * Text → claims for one document. Independent of every other document, and its output
 * is plain data: the unit of caching and of parallel work.
 */
export function extractDocument(doc: IngestedDocument, options: ExtractOptions = {}): ExtractedDocument {
  warmUp();
  const work = new WorkBudget(options.workUnits);
  const { sentences, cut } = splitSentencesBounded(doc.clean);
  const starts = lineStarts(doc.text);
  const raw: RawClaim[] = [];
  const warnings = [...doc.warnings];
  if (cut) {
    warnings.push(`${plural(cut, 'over-long sentence was', 'over-long sentences were')} cut into pieces (more than ${MAX_SENTENCE_CHARS} characters, or a word of more than ${MAX_TOKEN_CHARS})`);
  }
  const windows = windowsOf(sentences);
  // Sentences past where checking stopped are no part of the document's output: grouping and
  // comparison read its sentences too, and must not spend on 8 MiB what extraction could not.
  let checkedSentences = sentences.length;
  const stopBefore = (window: readonly (typeof sentences)[number][]) => {
    checkedSentences = sentences.indexOf(window[0]!);
  };
  for (const [w, window] of windows.entries()) {
    if (raw.length >= MAX_CLAIMS_PER_DOCUMENT) {
      // Claims enough for any article: the rest of a text this dense is not checked.
      warnings.push(`more than ${MAX_CLAIMS_PER_DOCUMENT} claims in the first ${Math.round(window[0]!.start / 1024)} KiB: the rest was not checked`);
      stopBefore(window);
      break;
    }
    // The first window is always checked whole; the budget is read only between windows, so
    // where a document stops depends on its text alone.
    if (w > 0 && work.exhausted) {
      warnings.push(`more work than one document may take: only the first ${Math.round(window[0]!.start / 1024)} KiB were checked`);
      stopBefore(window);
      break;
    }
    const from = window[0]!.start;
    const to = window[window.length - 1]!.end;
    work.charge((to - from) * SCAN_UNITS_PER_CHAR);
    if (windows.length > 1) work.charge(Math.ceil(doc.clean.length / 1024) * WINDOW_UNITS_PER_KIB);
    const ctx = windows.length === 1 ? createContext(doc, sentences, undefined, work) : createContext(doc, window, blankOutside(doc.clean, from, to), work);
    for (const extractor of extractors) {
      try {
        raw.push(...extractor.extract(ctx));
      } catch (error) {
        // One extractor failing on odd input must not lose the document's other claims.
        warnings.push(`${extractor.kind} extraction failed: ${String((error as Error)?.message ?? error).split(/\r\n|\r|\n/)[0]}`);
      }
    }
  }
  const ctx = { sentences };
  // Claims of one kind and span, with their values as JSON once two of them meet: a claim is
  // dropped when an earlier one has its kind, span and value. Most spans hold one claim, whose
  // value need never be written out.
  const seen = new Map<string, { value: unknown; json?: string }[]>();
  const attributions = new Map<number, ReturnType<typeof sentenceAttribution>>();
  const claims: ExtractedClaim[] = [];
  for (const claim of raw) {
    const [start, end] = trimSpan(doc.text, claim.start, claim.end);
    if (end <= start) continue;
    const spot = `${claim.kind}:${start}:${end}`;
    const there = seen.get(spot);
    if (there) {
      const json = JSON.stringify(claim.value);
      if (there.some((other) => (other.json ??= JSON.stringify(other.value)) === json)) continue;
      there.push({ value: claim.value, json });
    } else {
      seen.set(spot, [{ value: claim.value }]);
    }
    const sentenceIndex = sentenceAt(ctx.sentences, start);
    const { line, column } = lineColumn(starts, start);
    // Attribution and hedges of the sentence hold for every claim in it.
    const said = sentenceIndex >= 0 ? attributions.get(sentenceIndex) ?? sentenceAttribution(ctx.sentences[sentenceIndex]!.text) : null;
    if (said && sentenceIndex >= 0) attributions.set(sentenceIndex, said);
    claims.push({
      ...claim,
      attribution: claim.attribution ?? said?.source ?? null,
      qualifiers: union(claim.qualifiers, said?.hedges),
      start,
      end,
      text: doc.text.slice(start, end),
      span: { start, end, line, column },
      sentence: sentenceIndex >= 0 ? sentenceText(doc, ctx.sentences[sentenceIndex]!) : '',
      sentenceIndex,
    });
  }
  claims.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.kind, b.kind) || compareText(a.rule, b.rule));
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
    sentences: checkedSentences < sentences.length ? sentences.slice(0, checkedSentences) : sentences,
    claims,
  };
}
