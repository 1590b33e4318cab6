import { doubleMetaphone } from 'double-metaphone';
import type { AliasValue, ExtractedDocument } from '../types.js';

// Particles and titles that do not tell two names apart ("al-Rifai" is "Rifai").
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'umm', 'van', 'von', 'der', 'de', 'la', 'du', 'da', 'di', 'del']);

/** The distinctive words of a name, lower case, particles removed. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !PARTICLES.has(w) && !/^(jr|sr|ii|iii)\.?$/.test(w));
}

function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatch = new Array<boolean>(a.length).fill(false);
  const bMatch = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (bMatch[j] || a[i] !== b[j]) continue;
      aMatch[i] = bMatch[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a[i] !== b[k++]) t++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Transliteration variants (Khadija/Khadijah, Rifai/Rifaie): every word alike in spelling
 * AND in sound. Spelling alone would join Khadija and Hajar's neighbours; sound alone, Iraq and Iran.
 */
export function sameNameVariant(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (!wa.length || wa.length !== wb.length) return false;
  return wa.every((w, i) => {
    const v = wb[i]!;
    if (w === v) return true;
    const [pa, sa] = doubleMetaphone(w);
    const [pb, sb] = doubleMetaphone(v);
    return jaroWinkler(w, v) >= 0.9 && (pa === pb || pa === sb || sa === pb);
  });
}

/**
 * The forms a name is shortened to: its surname alone, and first and last name of a longer
 * name ("Kurilla", "Gen. Kurilla", "al-Sudani"), as keys a short name is looked up by.
 */
function shortKeys(words: string[]): string[] {
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  return words.length > 2 ? [`1:${last}`, `2:${words[0]} ${last}`] : [`1:${last}`];
}

/** The key of a name as a short form (null: too long to be one). */
function asShort(words: string[]): string | null {
  return words.length === 1 ? `1:${words[0]}` : words.length === 2 ? `2:${words[0]} ${words[1]}` : null;
}

/**
 * Names by the short forms they may be told by, each list in the order of `names`: an index,
 * so that finding a short name's full forms costs the matches, not every name.
 */
function indexByShortForm(names: string[], words: (name: string) => string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const name of names) {
    for (const key of shortKeys(words(name))) {
      const list = index.get(key);
      if (list) list.push(name);
      else index.set(key, [name]);
    }
  }
  return index;
}

/** The fullest form: a given name before an alias, then most words, longest, alphabetical. */
function fullest(names: string[], aliases: Set<string>, words: (name: string) => string[] = nameWords): string {
  return [...names].sort(
    (a, b) => Number(aliases.has(a)) - Number(aliases.has(b)) || words(b).length - words(a).length || b.length - a.length || (a < b ? -1 : 1),
  )[0]!;
}

/**
 * Canonical person names across documents: for each document, name as written → the
 * fullest form known for that entity. Aliases tie names everywhere; a surname alone is tied
 * to the full name in its own document, and across documents only when one full name has it.
 */
export function canonicalPeople(docs: ExtractedDocument[]): Record<string, Record<string, string>> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    if (!parent.has(x)) parent.set(x, x);
    const p = parent.get(x)!;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  // Each name's words computed once: the same names come back in every document.
  const wordsOf = new Map<string, string[]>();
  const words = (name: string) => {
    let w = wordsOf.get(name);
    if (!w) wordsOf.set(name, (w = nameWords(name)));
    return w;
  };
  const aliases = new Set<string>();
  const perDoc = docs.map((doc) => {
    const names = new Set<string>();
    for (const c of doc.claims) {
      if (c.kind === 'person') names.add((c.value as { name: string }).name);
      if (c.kind === 'alias') {
        const v = c.value as AliasValue;
        names.add(v.name).add(v.alias);
        aliases.add(v.alias);
        union(v.alias, v.name);
      }
    }
    return [...names];
  });
  const all = [...new Set(perDoc.flat())].sort();
  for (const name of all) find(name);
  // Variants share their word count, their first letter and a sound of their last word
  // (sameNameVariant asks for one): compare only within those buckets, not every pair of a
  // letter (2,000 two-word names of one initial were two million comparisons).
  const buckets = new Map<string, string[]>();
  for (const name of all) {
    const w = words(name);
    if (w.length < 2 && !aliases.has(name)) continue;
    const last = w[w.length - 1] ?? '';
    for (const sound of new Set(doubleMetaphone(last))) {
      const key = `${w.length}:${w[0]?.[0] ?? ''}:${sound}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(name);
      else buckets.set(key, [name]);
    }
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) if (find(bucket[i]!) !== find(bucket[j]!) && sameNameVariant(bucket[i]!, bucket[j]!)) union(bucket[i]!, bucket[j]!);
    }
  }
  // A surname alone is tied to the full name in its own document, and across documents only
  // when one full name has it.
  const fullNames = indexByShortForm(all, words);
  perDoc.forEach((names) => {
    const local = names.length > 1 ? indexByShortForm(names, words) : null;
    for (const short of names) {
      const key = asShort(words(short));
      if (!key) continue;
      const global = local?.get(key) ?? fullNames.get(key) ?? [];
      const targets = new Set(global.map(find));
      if (targets.size === 1) union(short, global[0]!);
    }
  });
  const groups = new Map<string, string[]>();
  for (const name of all) {
    const group = groups.get(find(name));
    if (group) group.push(name);
    else groups.set(find(name), [name]);
  }
  const canonical = new Map<string, string>();
  const canonicalOf = (name: string) => {
    const root = find(name);
    let best = canonical.get(root);
    if (best === undefined) canonical.set(root, (best = fullest(groups.get(root)!, aliases, words)));
    return best;
  };
  const result: Record<string, Record<string, string>> = Object.create(null);
  docs.forEach((doc, i) => {
    result[doc.id] = Object.fromEntries(perDoc[i]!.map((name) => [name, canonicalOf(name)]));
  });
  return result;
}
