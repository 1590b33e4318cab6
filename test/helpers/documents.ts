import { extractDocument } from '../../src/extract/extract-document.js';
import { ingestDocument } from '../../src/ingest/ingest-document.js';
import type { ExtractedClaim, IngestedDocument } from '../../src/types.js';

/** A document made from text, as ingest would make it from a file. */
export function documentFrom(text: string, id = 'test.txt', published: string | null = null): IngestedDocument {
  return ingestDocument(id, new TextEncoder().encode(text), { published });
}

/** The claims every extractor finds in a text. */
export function claimsIn(text: string, published: string | null = null): ExtractedClaim[] {
  return extractDocument(documentFrom(text, 'test.txt', published)).claims;
}
