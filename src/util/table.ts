/**
 * A lookup table keyed by words from articles, with no prototype: "constructor", "toString"
 * or "__proto__" in a text is then an unknown key, never a method of Object.prototype.
 */
export function table<V>(entries: Record<string, V>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, entries);
}
