import { compareEvents } from './compare/index.js';
import { extractDocument } from './extract/extract-document.js';
import { groupEvents } from './group/index.js';
import { normalizeDocuments, type NormalizeOptions } from './normalize/index.js';
import type { AnalysisResult, Claim, ExtractedDocument, IngestedDocument } from './types.js';

/** How far a run is: the CLI draws it as a progress bar; the pipeline only reports it. */
export type ProgressCallback = (progress: { stage: 'extracting' | 'grouping' | 'comparing'; done: number; total: number }) => void;

/** Extracted documents → events, claims and findings. Pure: no I/O. */
export function analyzeExtracted(extracted: ExtractedDocument[], options: NormalizeOptions = {}, onProgress?: ProgressCallback): AnalysisResult {
  const documents = normalizeDocuments(extracted, options);
  onProgress?.({ stage: 'grouping', done: 0, total: 1 });
  const grouping = groupEvents(documents);
  for (const doc of documents) for (const claim of doc.claims) claim.event = grouping.claimEvent[claim.id] ?? null;
  onProgress?.({ stage: 'comparing', done: 0, total: 1 });
  const { findings, eventSources } = compareEvents(documents, grouping);
  onProgress?.({ stage: 'comparing', done: 1, total: 1 });
  const claims: Claim[] = documents.flatMap((doc) =>
    doc.claims.map(({ sentenceIndex: _sentenceIndex, ...claim }) => claim),
  );
  return { documents, grouping, claims, findings, eventSources };
}

/** Ingested documents → the whole analysis; `onProgress` hears of each document extracted. */
export function analyze(docs: IngestedDocument[], options: NormalizeOptions = {}, onProgress?: ProgressCallback): AnalysisResult {
  const extracted = docs.map((doc, i) => {
    const result = extractDocument(doc);
    onProgress?.({ stage: 'extracting', done: i + 1, total: docs.length });
    return result;
  });
  return analyzeExtracted(extracted, options, onProgress);
}
