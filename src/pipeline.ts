import { compareEvents } from './compare/index.js';
import { extractDocument } from './extract/extract-document.js';
import { groupEvents } from './group/index.js';
import { normalizeDocuments, type NormalizeOptions } from './normalize/index.js';
import type { AnalysisResult, Claim, ExtractedDocument, IngestedDocument } from './types.js';

/** Extracted documents → events, claims and findings. Pure: no I/O. */
export function analyzeExtracted(extracted: ExtractedDocument[], options: NormalizeOptions = {}): AnalysisResult {
  const documents = normalizeDocuments(extracted, options);
  const grouping = groupEvents(documents);
  for (const doc of documents) for (const claim of doc.claims) claim.event = grouping.claimEvent[claim.id] ?? null;
  const { findings, eventSources } = compareEvents(documents, grouping);
  const claims: Claim[] = documents.flatMap((doc) =>
    doc.claims.map(({ sentenceIndex: _sentenceIndex, ...claim }) => claim),
  );
  return { documents, grouping, claims, findings, eventSources };
}

/** Ingested documents → the whole analysis. */
export function analyze(docs: IngestedDocument[], options: NormalizeOptions = {}): AnalysisResult {
  return analyzeExtracted(docs.map((doc) => extractDocument(doc)), options);
}
