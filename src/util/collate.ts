/**
 * The one text order of every report: English collation, whatever the user's locale. A bare
 * `localeCompare` follows LANG, so the same articles sorted differently on a Danish machine
 * ("aa" after "z") or a Lithuanian one ("y" before "j"). The collator is made on first use: V8
 * cannot keep an `Intl.Collator` in the start-up snapshot.
 */
let collator: Intl.Collator | undefined;

export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('en-US');
  return collator.compare(a, b);
}
