/**
 * compromise's tokenizer (fromString, compromise/one 14.x src/1-one/tokenize/methods/parse.js) with
 * its word step remembered. A sentence is split into compromise's sentences and each of those into
 * raw words as compromise does; a raw word's text, punctuation around it and normal form depend on
 * that raw word alone, and the same few thousand words make most of the news, so each is worked
 * out once a process (about half of what tokenizing cost). test/extract/clause-terms.test.ts holds
 * the terms equal to compromise's own.
 */

/** A term as compromise's fromString gives it. */
export interface TokenTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal: string;
}

/** What of compromise's world the tokenizer reads. */
export interface TokenWorld {
  model: unknown;
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: TokenWorld): string[];
        splitTerms(text: string, model: unknown): string[];
        splitWhitespace(word: string, model: unknown): { text: string; pre: string; post: string; tags: Set<string> };
      };
    };
  };
}

/** Gives each term its normal form, as compromise's 'normal' compute step does over a document. */
export type Normalize = (document: TokenTerm[][]) => void;

type Known = Pick<TokenTerm, 'text' | 'pre' | 'post' | 'normal'>;

/**
 * Raw words remembered. Bounded: past this many the memory is emptied and filled again, which
 * changes only how often a word is worked out, never its term.
 */
export const REMEMBERED_WORDS = 50_000;
const known = new Map<string, Known>();

/** compromise's terms of a text: its sentences, each a list of terms, as `fromString(text, world)` gives them. */
export function termsOf(text: string, world: TokenWorld, normalize: Normalize): TokenTerm[][] {
  const { splitSentences, splitTerms, splitWhitespace } = world.methods.one.tokenize;
  const fresh: TokenTerm[] = [];
  const words: string[] = [];
  const document = splitSentences(text || '', world).map((sentence) =>
    splitTerms(sentence, world.model).map((word) => {
      const seen = known.get(word);
      if (seen) return { text: seen.text, pre: seen.pre, post: seen.post, tags: new Set<string>(), normal: seen.normal };
      const term = splitWhitespace(word, world.model) as TokenTerm;
      fresh.push(term);
      words.push(word);
      return term;
    }),
  );
  if (fresh.length) {
    normalize([fresh]);
    if (known.size + fresh.length > REMEMBERED_WORDS) known.clear();
    fresh.forEach(({ text, pre, post, normal }, k) => known.set(words[k]!, { text, pre, post, normal }));
  }
  return document;
}

/** Forgets every word (tests compare fresh tokenizing). */
export function forgetWords(): void {
  known.clear();
}
