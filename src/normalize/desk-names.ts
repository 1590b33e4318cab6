/**
 * A desk's own canonical names (from the settings' "people" and "places"): every spelling it
 * lists → the name it wants. Unlisted names pass through unchanged.
 */
export function deskNames(table: Record<string, string[]> = {}): (name: string) => string {
  const key = (name: string) => name.trim().replace(/[’']/g, "'").replace(/\s+/g, ' ').toLowerCase();
  const index = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(table)) {
    for (const spelling of [canonical, ...spellings]) index.set(key(spelling), canonical);
  }
  return (name: string) => (index.size ? index.get(key(name)) ?? name : name);
}
