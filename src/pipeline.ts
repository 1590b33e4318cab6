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
export function extractAll(docs: IngestedDocument[]): ExtractedDocument[] {
  const done = new Map<string, { source: IngestedDocument; extracted: ExtractedDocument }>();
  return docs.map((doc) => {
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

/** Ingested documents → the whole analysis. */
export function analyze(docs: IngestedDocument[], options: NormalizeOptions = {}): AnalysisResult {
  return analyzeExtracted(extractAll(docs), options);
}
