// Plain, serialisable data passed between the pipeline stages.
// Nothing here holds functions, class instances or Maps, so every stage's output can be
// cached by content hash, sent to a worker thread or written to disk as JSON.
export {};
//# sourceMappingURL=types.js.map