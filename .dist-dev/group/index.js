import { groupDocuments } from './group-documents.js';
/** Documents and claims → events. Reads only normalized, serialisable data. */
export function groupEvents(docs) {
    return groupDocuments(docs);
}
//# sourceMappingURL=index.js.map