// The shared mention layer: candidate names and their classification, once per document.
export { mentionsOf } from './document.js';
//# sourceMappingURL=index.js.map