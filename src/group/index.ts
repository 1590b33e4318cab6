import type { Grouping, NormalizedDocument } from '../types.js';
import { groupDocuments } from './group-documents.js';

/** Documents and claims → events. Reads only normalized, serialisable data. */
export function groupEvents(docs: NormalizedDocument[]): Grouping {
  return groupDocuments(docs);
}
