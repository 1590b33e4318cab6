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

/**
 * The length of a word's run of ASCII letters when nothing but one closing mark (, . ; : ! ?) may
 * follow it; -1 for any other word. Most words of an article are such: tokenize reads them
 * without its dozen patterns, each of which would leave them as they are.
 */
function plainLetters(word: string): number {
  let n = 0;
  while (n < word.length) {
    const c = word.charCodeAt(n) | 0x20;
    if (c < 97 || c > 122) break;
    n++;
  }
  if (n === 0) return -1;
  if (n === word.length) return n;
  return n === word.length - 1 && ',.;:!?'.includes(word[n]!) ? n : -1;
}

export const tokenize = (sentence: Sentence): Token[] => tokenizeWith(sentence, true);

/** tokenize reading every word the long way: the tests hold the short way to it. */
export const tokenizeLongWay = (sentence: Sentence): Token[] => tokenizeWith(sentence, false);

function tokenizeWith(sentence: Sentence, shortcut: boolean): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence.text))) {
    let word = m[0];
    const plain = shortcut ? plainLetters(word) : -1;
    if (plain > 0) {
      const start = sentence.start + m.index;
      // An abbreviation keeps its own period ("Gen.", "Mr."), as below.
      const core = plain < word.length && word[plain] === '.' && KEEP_PERIOD.test(word) ? word : word.slice(0, plain);
      const first = word.charCodeAt(0);
      let upper = true;
      for (let i = 0; i < plain && upper; i++) upper = word.charCodeAt(i) <= 90;
      tokens.push({
        start,
        end: start + core.length,
        text: core,
        lower: core.toLowerCase(),
        cap: first <= 90,
        upper,
        breakAfter: core.length < word.length,
        breakBefore: false,
        bracket: false,
        trail: word.slice(core.length),
        index: tokens.length,
        initial: tokens.length === 0,
      });
      continue;
    }
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
    // A single space, the usual gap, is neither.
    if (shortcut && tokens[i]!.start - tokens[i - 1]!.end === 1 && sentence.text.charCodeAt(tokens[i - 1]!.end - sentence.start) === 32) continue;
    const gap = sentence.text.slice(tokens[i - 1]!.end - sentence.start, tokens[i]!.start - sentence.start);
    if (/[:"“‘]|\s[-–—]\s/.test(gap)) tokens[i]!.initial = true;
  }
  return tokens;
}

/** Whether a word holds two letters in a row (/\p{L}{2,}/u), read by character codes when it is ASCII. */
export function hasTwoLetters(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return /\p{L}{2,}/u.test(text);
    const lower = c | 0x20;
    if (lower >= 97 && lower <= 122) {
      if (++run === 2) return true;
    } else run = 0;
  }
  return false;
}

/** A line written in capitals (a headline, a results table): case says nothing there. */
export function isShoutingLine(tokens: Token[]): boolean {
  const words = tokens.filter((t) => hasTwoLetters(t.text));
  if (words.length < 2) return words.length === 1 && words[0]!.upper && words[0]!.text.length > 5;
  return words.filter((t) => t.upper).length / words.length > 0.7;
}

// Short words a title-case headline leaves in lower case.
const HEADLINE_LOWER = new Set('a an and as at but by for from in into of off on onto or over per than the to up upon via with vs'.split(' '));

/** A headline in title case ("Head of ISIS Killed in Joint Operation"): case says little there. */
export function isTitleCaseLine(tokens: Token[]): boolean {
  const words = tokens.filter((t) => hasTwoLetters(t.text) && !HEADLINE_LOWER.has(t.text));
  // Lists of names ("Defenders - Paulinho Santos (Porto), Sergio Conceicao (Porto)") are no headline.
  const listMarks = tokens.filter((t) => t.bracket || t.breakAfter).length;
  return words.length >= 3 && listMarks <= 2 && words.every((t) => t.cap || !/^\p{L}/u.test(t.text));
}
