import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compareText } from '../../src/util/collate.js';

const root = path.resolve(__dirname, '../..');
// Orders where a locale's own rules differ from English: Danish sorts "aa" as "å", after "z";
// Lithuanian puts "y" between "i" and "j"; Swedish sorts "ä" after "z".
const words = ['zebra', 'aarhus', 'yard', 'jury', 'ärm', 'Avenue', 'apple', 'éclair', 'Eve', 'z-1', 'z1'];
const english = [...words].sort(compareText);

function sortedUnder(lang: string): string[] {
  const script = `import(${JSON.stringify(path.join(root, 'dist/util/collate.js'))}).then(({ compareText }) => console.log(JSON.stringify(${JSON.stringify(words)}.sort(compareText))))`;
  const env = { ...process.env, LANG: lang, LC_ALL: lang };
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }));
}

describe('compareText: one order whatever the locale', () => {
  it('sorts in English order', () => {
    expect(english).toEqual(['aarhus', 'apple', 'ärm', 'Avenue', 'éclair', 'Eve', 'jury', 'yard', 'z-1', 'z1', 'zebra']);
  });

  it.each(['da_DK.UTF-8', 'lt_LT.UTF-8', 'sv_SE.UTF-8'])('gives the English order under LANG=%s (where a bare localeCompare does not)', (lang) => {
    const env = { ...process.env, LANG: lang, LC_ALL: lang };
    const bare = JSON.parse(execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(${JSON.stringify(words)}.sort((a, b) => a.localeCompare(b))))`], { env, encoding: 'utf8' }));
    expect(bare).not.toEqual(english);
    expect(sortedUnder(lang)).toEqual(english);
  });

  it('is the only text comparison in src: no localeCompare without a locale', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ts$/.test(entry.name) && /\.localeCompare\([^,()]*\)/.test(readFileSync(file, 'utf8'))) offenders.push(path.relative(root, file));
      }
    };
    walk(path.join(root, 'src'));
    expect(offenders).toEqual([]);
  });
});

describe('compareText without a collator', () => {
  // The characters compareText orders itself, and a few it leaves to the collator: accented and
  // other letters, an expansion ("…" weighs as "..."), ignored controls, tab, a non-breaking space.
  const known = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014'];
  const others = ['é', 'É', 'ß', 'ø', '…', '\u0001', '\t', '\u00a0', 'ﬁ', 'ı', '\u0301', '≠', 'Ω'];
  const collator = (a: string, b: string) => Math.sign(a.localeCompare(b, 'en-US'));

  // A small seeded generator (mulberry32): the same strings at every run.
  let seed = 0x2f6b1d3;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (chars: string[]) => chars[Math.floor(random() * chars.length)]!;
  // Mostly letters, spaces and quotation marks, so that many pairs differ only in case or mark.
  const near = ['a', 'A', 'b', 'B', 'z', 'Z', ' ', "'", '\u2018', '\u2019', '"', '\u201c', '\u201d', '-', '\u2013', '\u2014', '.', '1'];
  const word = (chars: string[], max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(random() < 0.6 ? near : chars)).join('');
  // A second string like the first: a character's case or mark changed, one added or dropped,
  // once to three times (a case and a mark changed: the mark's level decides).
  const variant = (text: string) => {
    let result = text;
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) result = changed(result);
    return result;
  };
  const changed = (text: string) => {
    const chars = [...text];
    const at = Math.floor(random() * (chars.length + 1));
    const roll = random();
    if (roll < 0.4 && at < chars.length) chars[at] = pick(near);
    else if (roll < 0.55 && at < chars.length) chars[at] = chars[at] === chars[at]!.toLowerCase() ? chars[at]!.toUpperCase() : chars[at]!.toLowerCase();
    else if (roll < 0.75) chars.splice(at, 0, pick(random() < 0.5 ? near : known));
    else chars.splice(at, 1);
    return chars.join('');
  };

  it('orders every pair of the characters it knows, and of those and others, as the collator does', () => {
    const differences: string[] = [];
    for (const a of [...known, ...others, '']) for (const b of [...known, ...others, '']) if (Math.sign(compareText(a, b)) !== collator(a, b)) differences.push(JSON.stringify([a, b]));
    expect(differences).toEqual([]);
  });

  it('orders 200,000 pairs of strings, most of them alike, as the collator does', () => {
    const differences: string[] = [];
    for (let n = 0; n < 200_000 && differences.length < 10; n++) {
      const a = word(random() < 0.02 ? [...known, ...others] : known, 10);
      const b = random() < 0.8 ? variant(a) : word(known, 10);
      if (Math.sign(compareText(a, b)) !== collator(a, b)) differences.push(JSON.stringify([a, b]));
    }
    expect(differences).toEqual([]);
  });

  it('makes no collator for printable ASCII and typographic quotes and dashes, and one for any other string', () => {
    const spy = vi.spyOn(String.prototype, 'localeCompare');
    try {
      expect(compareText('Prime Minister', 'prime minister')).toBe(1);
      expect(compareText('Norvale\u2019s council \u2014 "joint"', "Norvale's council - \u201cjoint\u201d")).toBe(1);
      expect(compareText("A'b", 'a\u2019b')).toBe(-1);
      expect(spy).not.toHaveBeenCalled();
      expect(compareText('éclair', 'eclair')).toBe(1);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
