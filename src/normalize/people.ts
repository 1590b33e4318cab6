import type { ExtractedDocument } from '../types.js';

/**
 * Canonical person names across documents: for each document, name as written → the
 * fullest form known for that entity. Returned as plain records keyed by document id.
 */
export function canonicalPeople(docs: ExtractedDocument[]): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  for (const doc of docs) {
    const names: Record<string, string> = {};
    for (const claim of doc.claims) {
      if (claim.kind === 'person') {
        const name = (claim.value as { name: string }).name;
        names[name] = name;
      }
    }
    result[doc.id] = names;
  }
  return result;
}
