import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { nlp } from '../../util/nlp.js';
import { Interned, PackedKeys, type PackedKeysParts } from '../../util/packed-keys.js';

// compromise's own word lexicon (word → tag), read once on first use: first names, surnames,
// companies, sports teams, places and every closed-class or common word it knows. Lookups only, no parse.
type Lexicon = Record<string, string | string[]>;
type Tags = string | string[];

/**
 * The lexicon packed (util/packed-keys.ts): its words as one string, and per word an index into
 * the few hundred distinct tag lists. For the start-up snapshot, whose heap is then a handful of
 * objects where the lexicon's own object was 40,000.
 */
interface PackedLexicon { words: PackedKeys; tagIds: Uint16Array; tags: Tags[] }
let lexicon: PackedLexicon | null = null;

function packedLexicon(): PackedLexicon {
  if (lexicon) return lexicon;
  const source = prebuiltLexicon() ?? (nlp().model() as { one: { lexicon: Lexicon } }).one.lexicon;
  const words = new PackedKeys(Object.keys(source));
  const tags = new Interned<string>();
  const lists: Tags[] = [];
  const tagIds = new Uint16Array(words.size);
  for (const [word, value] of Object.entries(source)) {
    // A list and a string of one tag are told apart, as the lexicon's callers read them apart.
    const id = tags.id(Array.isArray(value) ? `[${value.join(',')}` : value);
    lists[id] ??= value;
    tagIds[words.indexOf(word)] = id;
  }
  lexicon = { words, tagIds, tags: lists };
  return lexicon;
}

/** The lexicon packed, as plain data: for a worker thread (extract/tables.ts), which then need not build it. */
export interface LexiconParts { words: PackedKeysParts; tagIds: Uint16Array; tags: Tags[] }

export function lexiconParts(): LexiconParts {
  const { words, tagIds, tags } = packedLexicon();
  return { words: words.toParts(), tagIds, tags };
}

/** Takes the lexicon of lexiconParts (another thread's) as this thread's own. */
export function installLexicon(parts: LexiconParts): void {
  lexicon = { words: PackedKeys.fromParts(parts.words), tagIds: parts.tagIds, tags: parts.tags };
}

/** What the lexicon holds for a key (own keys only: "constructor" in an article is a word), or undefined. */
function entryOf(key: string): Tags | undefined {
  const { words, tagIds, tags } = packedLexicon();
  const i = words.indexOf(key);
  return i < 0 ? undefined : tags[tagIds[i]!];
}

/**
 * The lexicon as data/lexicon.json holds it (scripts/build-lexicon.mjs), when that file was built
 * from the compromise installed: milliseconds, where loading compromise to read it takes half a
 * second, and a run on a warm cache never needs compromise otherwise. Any other compromise, or
 * a missing or damaged file, and the lexicon is read from compromise itself.
 */
export function prebuiltLexicon(): Lexicon | null {
  try {
    const file = JSON.parse(readFileSync(new URL('../../../data/lexicon.json', import.meta.url), 'utf8')) as { compromise?: unknown; lexicon?: unknown };
    const ok = file.compromise === installedCompromiseHash() && typeof file.lexicon === 'object' && file.lexicon !== null && !Array.isArray(file.lexicon);
    return ok ? (file.lexicon as Lexicon) : null;
  } catch {
    return null;
  }
}

/** The hash data/lexicon.json records of the compromise build it was made from (scripts/build-lexicon.mjs takes the same). */
export function installedCompromiseHash(): string {
  const build = readFileSync(createRequire(import.meta.url).resolve('compromise'));
  return createHash('sha256').update(build).digest('hex').slice(0, 32);
}

function tagsOf(key: string): string[] {
  const tags = entryOf(key);
  return tags === undefined ? [] : Array.isArray(tags) ? tags : tags.split(',');
}

const has = (key: string, wanted: RegExp) => tagsOf(key).some((t) => wanted.test(t));

const NAME_TAGS = /^(FirstName|MaleName|FemaleName|LastName|Person|Place|Country|City|Region|Organization|SportsTeam|ProperNoun|Demonym|Honorific|Abbreviation)$/;

/** A key compromise knows as something other than a name: a common word of English. */
export function isCommonWord(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.test(t));
}

export const isFirstName = (lower: string) => has(lower, /^(FirstName|MaleName|FemaleName)$/) || entryOf(lower) === 'Person';
export const isLastName = (lower: string) => has(lower, /^LastName$/);
export const isKnownPerson = (lower: string) => entryOf(lower) === 'Person' && lower.includes(' ');
export const isKnownOrganization = (lower: string) => has(lower, /^(Organization|SportsTeam)$/);
export const isKnownPlace = (lower: string) => has(lower, /^(Place|Country|City|Region)$/);
export const isDemonymWord = (lower: string) => has(lower, /^Demonym$/);
