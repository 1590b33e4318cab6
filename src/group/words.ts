/**
 * The words similarity counts: lower case, three letters or more, a possessive 's dropped.
 * Shared by the document vectors and by scripts/build-idf.mjs, so the idf table is keyed
 * exactly as the vectors look words up.
 */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z'’-]{2,}/g) ?? [];
  // A possessive 's cut where there is one (most words have none: no replace to run on them).
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.endsWith('s') && (w[w.length - 2] === "'" || w[w.length - 2] === '’')) words[i] = w.slice(0, -2);
  }
  return words;
}
