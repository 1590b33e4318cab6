import { splitSentences } from './sentences.js';
export function createContext(doc) {
    const cache = new Map();
    return {
        doc,
        clean: doc.clean,
        sentences: splitSentences(doc.clean),
        memo(key, compute) {
            if (!cache.has(key))
                cache.set(key, compute());
            return cache.get(key);
        },
    };
}
//# sourceMappingURL=context.js.map