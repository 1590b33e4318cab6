/**
 * The one text order of every report: English collation, whatever the user's locale. A bare
 * `localeCompare` follows LANG, so the same articles sorted differently on a Danish machine
 * ("aa" after "z") or a Lithuanian one ("y" before "j"). `localeCompare` with a locale, not an
 * `Intl.Collator` of our own: V8 keeps the collator it makes for that call in a cache it empties
 * before a start-up snapshot is taken, and it cannot snapshot a collator held by a variable.
 */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, 'en-US');
}
