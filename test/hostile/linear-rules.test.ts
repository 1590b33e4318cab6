import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/extract/context.js';
import { extractDocument, LONG_WINDOW_CHARS } from '../../src/extract/extract-document.js';
import { extractors } from '../../src/extract/index.js';
import { datelineEnd } from '../../src/extract/not-event.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { documentFrom } from '../helpers/documents.js';

// Every rule of every extractor, whoever adds or changes it, is run on adversarial near-match
// strings of 50,000 characters built from its own example: the example cut short and repeated
// with no sentence end, so that a quantifier that backtracks over the same characters shows as
// time growing with the square of the length. (Many whole matches: the hostile-input cases.)
const LENGTH = 50_000;
// Rules that parse their sentences (casualty clauses over compromise) take longer than a regular
// expression, so each rule is held to linear growth: four times the text may take at most eight
// times as long (a quadratic rule takes sixteen), plus slack for timer noise on a busy machine.
const GROWTH = 8;
const SLACK_MS = 250;

const fill = (unit: string, length = LENGTH) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function nearMatch(example: string, length = LENGTH): string {
  const words = example.replace(/[.!?]+["”’)]*\s*$/, '').split(/\s+/);
  return fill(`${words.slice(0, Math.max(1, Math.ceil(words.length / 2))).join(' ')} `, length);
}

/**
 * Whether `whole` stays within linear growth of `quarter`; each is timed again (up to three
 * times, the fastest kept) before failing, so a garbage collection or a busy neighbour on a
 * loaded machine is not read as a quadratic rule, which is slower every time.
 */
function growsLinearly(quarter: () => number, whole: () => number): { quarter: number; whole: number } {
  let q = quarter();
  let w = whole();
  for (let attempt = 1; attempt < 3 && w >= GROWTH * q + SLACK_MS; attempt++) {
    q = Math.min(q, quarter());
    w = Math.min(w, whole());
  }
  return { quarter: q, whole: w };
}

/** Runs one extractor over a text, timing only the extraction. */
function timed(kind: string, text: string): number {
  const extractor = extractors.find((e) => e.kind === kind)!;
  const ctx = createContext(documentFrom(text));
  const began = performance.now();
  extractor.extract(ctx);
  return performance.now() - began;
}

describe('every rule is linear on a 50,000-character near-match', () => {
  // Word lists and gazetteers load on first use: not part of any rule's time.
  extractDocument(documentFrom('Gen. John Smith said two people were killed in Baghdad on Monday.'));
  for (const extractor of extractors) {
    for (const rule of extractor.rules) {
      it(`${rule.id}`, () => {
        const { quarter, whole } = growsLinearly(
          () => timed(extractor.kind, nearMatch(rule.example, LENGTH / 4)),
          () => timed(extractor.kind, nearMatch(rule.example)),
        );
        expect(whole).toBeLessThan(GROWTH * quarter + SLACK_MS);
      });
    }
  }
});

describe('character runs that make backtracking patterns blow up', () => {
  const runs = ['March 3, 2025, ', 'on Monday ', '1,', 'A.', "A'", 'A-', 'U.S. ', 'A. B. ', 'Aa Bb ', '. ', '"a ', '(A ', 'at 12 ', 'killed ', ', ', '\u00a0'];
  it.each(runs)('%j × 50,000 characters, through every extractor', (unit) => {
    let warnings: string[] = [];
    const run = (length: number) => {
      const began = performance.now();
      const extracted = extractDocument(documentFrom(fill(unit, length)));
      if (length === LENGTH) warnings = extracted.warnings;
      return performance.now() - began;
    };
    const { quarter, whole } = growsLinearly(() => run(LENGTH / 4), () => run(LENGTH));
    expect(whole).toBeLessThan(GROWTH * quarter + SLACK_MS);
    expect(warnings.filter((w) => /failed|more work than/.test(w))).toEqual([]);
  });
});

describe('the sentence budget', () => {
  it('cuts an over-long sentence at spaces into pieces of at most 1,000 characters, and words at 120', () => {
    const text = `${fill('word ')}\n${'x'.repeat(500)}`;
    const sentences = splitSentences(text);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(1000);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const word of s.text.split(/\s+/)) expect(word.length).toBeLessThanOrEqual(120);
    }
    expect(sentences.filter((s) => /^word/.test(s.text)).every((s) => s.text.endsWith('word'))).toBe(true);
  });

  it('says so in a warning, and a normal article gets none', () => {
    expect(extractDocument(documentFrom(fill('word '))).warnings.join('\n')).toMatch(/1 over-long sentence was cut into pieces/);
    expect(extractDocument(documentFrom('Police said two people were killed.')).warnings.join('\n')).not.toMatch(/cut/);
  });

  it('a document over its work budget keeps what its first window found and says what was not checked', () => {
    const doc = documentFrom(fill('Police said two people were killed in Baghdad. ', 200 * 1024));
    const extracted = extractDocument(doc, { workUnits: 1 });
    expect(extracted.warnings.join('\n')).toMatch(/more work than one document may take: only the first \d+ KiB were checked/);
    expect(extracted.claims.some((c) => c.kind === 'casualty')).toBe(true);
    const checkedTo = extracted.sentences[extracted.sentences.length - 1]!.end;
    expect(checkedTo).toBeLessThanOrEqual(LONG_WINDOW_CHARS);
    expect(extracted.claims.every((c) => c.end <= checkedTo)).toBe(true);
  });

  it('where the budget stops a document depends on its text alone: the same document, the same output', () => {
    const doc = documentFrom(fill('Police said two people were killed in Baghdad. The weather was fine. The market was open. ', 300 * 1024));
    const first = extractDocument(doc, { workUnits: 100_000 });
    expect(first.warnings.join('\n')).toMatch(/more work than one document may take/);
    expect(JSON.stringify(extractDocument(doc, { workUnits: 100_000 }))).toBe(JSON.stringify(first));
  });

  it('a document of one window (up to 128 KiB) is checked whole, whatever the budget', () => {
    const doc = documentFrom(fill('The weather was fine and the market was open. ', 100 * 1024));
    const extracted = extractDocument(doc, { workUnits: 1 });
    expect(extracted.warnings.join('\n')).not.toMatch(/more work/);
    expect(extracted.sentences[extracted.sentences.length - 1]!.end).toBeGreaterThan(99 * 1024);
  });
});

describe('datelines on long lines', () => {
  it('reads the dateline at the start of the line, wherever on the line the claim is', () => {
    const text = 'Intro line.\nBAGHDAD, Iraq, March 5 (Reuters) - Two people were killed.\nNo dateline here.';
    const line = text.indexOf('BAGHDAD');
    expect(datelineEnd(text, line + 3)).toBe(text.indexOf(' Two'));
    expect(datelineEnd(text, text.indexOf('killed'))).toBe(text.indexOf(' Two'));
    expect(datelineEnd(text, text.indexOf('No dateline'))).toBe(-1);
    expect(datelineEnd('WASHINGTON 2025-03-05', 3)).toBe(21);
  });

  it('a claim far along a megabyte line is past any dateline, and finding that does not read the line', () => {
    const text = `WASHINGTON — ${'March 3, 2025, '.repeat(70_000)}`;
    expect(datelineEnd(text, 2)).toBe('WASHINGTON —'.length);
    expect(datelineEnd(text, 500_000)).toBe(-1);
    // A date-only line end ("$") is not taken at a cut: the line goes on.
    expect(datelineEnd(`WASHINGTON 2025-03-05${' '.repeat(390)}x${'y'.repeat(1000)}`, 3)).toBe(-1);
  });
});
