import type { Sentence } from '../../types.js';

/** One word of a sentence, with what name finding needs to know about it. */
export interface Token {
  start: number;
  end: number;
  /** The word as written, without surrounding punctuation (abbreviation periods kept). */
  text: string;
  lower: string;
  /** Starts with a capital, or is a particle-prefixed name ("al-Rifai"). */
  cap: boolean;
  /** Only capitals (and digits, dots, hyphens): "CENTCOM", "U.S.", "CJTF-OIR". */
  upper: boolean;
  /** Punctuation or a possessive right after the word: a name cannot run past it. */
  breakAfter: boolean;
  /** An opening quote or bracket right before the word. */
  breakBefore: boolean;
  /** An opening bracket right before the word. */
  bracket: boolean;
  /** The punctuation stripped after the word ("," or ")."). */
  trail: string;
  /** Index of the word in its sentence. */
  index: number;
  /** The first word of its sentence (or of a quotation): capitalized whatever it is. */
  initial: boolean;
}

// Periods that belong to the word: initials and acronyms ("U.S.", "M."), abbreviations.
const KEEP_PERIOD = /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Rev|Prof|Mt|Ft|Corp|Inc|Co|Ltd|Bros|Cmdr|Brig|Cpl)\.)$/u;
// A lower-case tail glued to a name by a hyphen: "U.S.-led", "Iran-backed".
const LOWER_TAIL = /^(.*\p{Lu}.*?)-(\p{Ll}+)$/u;

export function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence.text))) {
    let word = m[0];
    // "Bowman,20," (scraped text, no space after the comma): the word ends at the comma; the number is the next token.
    const glued = /^[^,]*\p{L},(?=\d)/u.exec(word);
    if (glued) {
      word = glued[0];
      re.lastIndex = m.index + word.length;
    }
    let start = sentence.start + m.index;
    let breakBefore = false;
    let quoted = false;
    let trailing = '';
    let breakAfter = false;
    const lead = /^["“‘'(\[«]+/.exec(word)?.[0] ?? '';
    if (lead) {
      breakBefore = true;
      quoted = /["“‘']/.test(lead);
      word = word.slice(lead.length);
      start += lead.length;
    }
    const trail = /[.…"”’'),;:!?\]»]+$/.exec(word);
    if (trail) {
      let core = word.slice(0, trail.index);
      // An abbreviation keeps its own period ("U.S.", "Gen.").
      if (trail[0].startsWith('.') && KEEP_PERIOD.test(`${core}.`)) core += '.';
      breakAfter = core.length < word.length;
      trailing = word.slice(core.length);
      word = core;
    }
    const possessive = /['’]s$/.exec(word);
    if (possessive && word.length > 2) {
      word = word.slice(0, possessive.index);
      breakAfter = true;
    }
    const tail = LOWER_TAIL.exec(word);
    if (tail) {
      word = tail[1]!;
      breakAfter = true;
    }
    if (!/[\p{L}\p{N}&]/u.test(word)) {
      // Bare punctuation ("-", "–", "/") separates names.
      if (tokens.length) tokens[tokens.length - 1]!.breakAfter = true;
      continue;
    }
    const letters = word.replace(/[^\p{L}]/gu, '');
    const cap = /^\p{Lu}/u.test(word) || /^(al|el|bin|ibn|abu|ben|da|de|di|van|von|d|l|o|mc|mac)[-'’]\p{Lu}/u.test(word);
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower: word.toLowerCase(),
      cap,
      upper: letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
      breakAfter,
      breakBefore,
      bracket: lead.includes('('),
      trail: trailing,
      index: tokens.length,
      initial: tokens.length === 0 || quoted,
    });
  }
  // A word right after a colon or an opening quote starts a sentence of its own.
  for (let i = 1; i < tokens.length; i++) {
    const gap = sentence.text.slice(tokens[i - 1]!.end - sentence.start, tokens[i]!.start - sentence.start);
    if (/[:"“‘]|\s[-–—]\s/.test(gap)) tokens[i]!.initial = true;
  }
  return tokens;
}

/** A line written in capitals (a headline, a results table): case says nothing there. */
export function isShoutingLine(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t.text));
  if (words.length < 2) return words.length === 1 && words[0]!.upper && words[0]!.text.length > 5;
  return words.filter((t) => t.upper).length / words.length > 0.7;
}

// Short words a title-case headline leaves in lower case.
const HEADLINE_LOWER = new Set('a an and as at but by for from in into of off on onto or over per than the to up upon via with vs'.split(' '));

/** A headline in title case ("Head of ISIS Killed in Joint Operation"): case says little there. */
export function isTitleCaseLine(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t.text) && !HEADLINE_LOWER.has(t.text));
  // Lists of names ("Defenders - Paulinho Santos (Porto), Sergio Conceicao (Porto)") are no headline.
  const listMarks = tokens.filter((t) => t.bracket || t.breakAfter).length;
  return words.length >= 3 && listMarks <= 2 && words.every((t) => t.cap || !/^\p{L}/u.test(t.text));
}
