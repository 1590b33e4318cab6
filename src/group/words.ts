/**
 * The words similarity counts: lower case, three letters or more, a possessive 's dropped.
 * Shared by the document vectors and by scripts/build-idf.mjs, so the idf table is keyed
 * exactly as the vectors look words up.
 */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'’-]{2,}/g) ?? []).map((w) => w.replace(/['’]s$/, ''));
}
