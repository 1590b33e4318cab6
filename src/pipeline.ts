import { compareEvents } from './compare/index.js';
import type { TextWords } from './compare/text-words.js';
import { extractDocument } from './extract/extract-document.js';
import { groupEvents } from './group/index.js';
import { normalizeDocuments, type NormalizeOptions } from './normalize/index.js';
import type { AnalysisResult, Claim, ClaimKind, ExtractedDocument, IngestedDocument, NormalizedDocument } from './types.js';

/** How far a run is: the CLI draws it as a progress bar; the pipeline only reports it. */
export type ProgressCallback = (progress: { stage: 'extracting' | 'grouping' | 'comparing'; done: number; total: number }) => void;

/** Extracted documents → events, claims and findings. Pure: no I/O. */
export function analyzeExtracted(extracted: ExtractedDocument[], options: NormalizeOptions = {}, onProgress?: ProgressCallback): AnalysisResult {
  return analyzeNormalized(normalizeDocuments(extracted, options), onProgress);
}

/**
 * Normalized documents → events, claims and findings. Apart from analyzeExtracted so that a
 * caller owning the extractions can let them go once normalized (check.ts): grouping and
 * comparison read none of them. Pure: no I/O. `textWords`: the words of documents read as their
 * extractions came in (compare/text-words.ts); the same result without.
 */
export function analyzeNormalized(documents: NormalizedDocument[], onProgress?: ProgressCallback, textWords?: TextWords): AnalysisResult {
  onProgress?.({ stage: 'grouping', done: 0, total: 1 });
  const grouping = groupEvents(documents);
  for (const doc of documents) for (const claim of doc.claims) claim.event = grouping.claimEvent[claim.id] ?? null;
  onProgress?.({ stage: 'comparing', done: 0, total: 1 });
  const { findings, eventSources } = compareEvents(documents, grouping, textWords);
  onProgress?.({ stage: 'comparing', done: 1, total: 1 });
  // Every field but sentenceIndex, in the normalized claim's order (normalize/index.ts), written
  // out: a literal of fixed shape keeps its fields in the object, where a rest copy of eleven
  // spills them to a second array (at 10,000 articles, hundreds of thousands of claims).
  const claims: Claim[] = documents.flatMap((doc) =>
    doc.claims.map((c): Claim => ({
      id: c.id, document: c.document, event: c.event, kind: c.kind, text: c.text, span: c.span, value: c.value,
      qualifiers: c.qualifiers, attribution: c.attribution, sentence: c.sentence, rule: c.rule,
    })),
  );
  return { documents, grouping, claims, findings, eventSources };
}

/** Leaves out the claims of the kinds an article disabled, counting them for the report. */
export function suppressClaims(doc: ExtractedDocument, kinds: readonly ClaimKind[]): ExtractedDocument {
  if (!kinds.length) return doc;
  const suppressed: Partial<Record<ClaimKind, number>> = {};
  for (const kind of kinds) suppressed[kind] = 0;
  const claims = doc.claims.filter((c) => {
    if (!kinds.includes(c.kind)) return true;
    suppressed[c.kind]! += 1;
    return false;
  });
  const said = kinds.map((k) => `${suppressed[k]} ${k}`).join(', ');
  return { ...doc, claims, suppressed, warnings: [...doc.warnings, `suppressed by claimcheck-disable: ${said} claim(s) not compared`] };
}

/**
 * What extraction reads of an ingested document besides its id and ingest warnings: two
 * documents alike in all of it give the same claims.
 */
export const extractionKey = (doc: IngestedDocument): string =>
  JSON.stringify([doc.hash, doc.published, doc.title, doc.source, doc.url, doc.bodyStart, doc.clean.length]);

/**
 * Every document extracted, each distinct text once: a copy (the same article saved under
 * two names, a wire story in 2,000 files) takes the first one's claims under its own id, with
 * its own ingest warnings and the warnings extraction added.
 */
export function extractAll(docs: IngestedDocument[], onProgress?: ProgressCallback): ExtractedDocument[] {
  const done = new Map<string, { source: IngestedDocument; extracted: ExtractedDocument }>();
  return docs.map((doc, i) => {
    onProgress?.({ stage: 'extracting', done: i + 1, total: docs.length });
    const key = extractionKey(doc);
    const first = done.get(key);
    if (!first) {
      const extracted = extractDocument(doc);
      done.set(key, { source: doc, extracted });
      return extracted;
    }
    const added = first.extracted.warnings.slice(first.source.warnings.length);
    return { ...first.extracted, id: doc.id, warnings: [...doc.warnings, ...added] };
  });
}

/**
 * Ingested documents → the whole analysis; `onProgress` hears of each document extracted.
 * `extracted`: the documents' extractions when they were made elsewhere (by queue workers).
 */
export function analyze(docs: IngestedDocument[], options: NormalizeOptions = {}, onProgress?: ProgressCallback, extracted_?: ExtractedDocument[]): AnalysisResult {
  const extracted = (extracted_ ?? extractAll(docs, onProgress)).map((doc, i) => suppressClaims(doc, docs[i]!.suppress ?? []));
  return analyzeExtracted(extracted, options, onProgress);
}
