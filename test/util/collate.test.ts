import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
