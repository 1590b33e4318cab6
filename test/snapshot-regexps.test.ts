import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERPRETED_REGEXPS_MAX_BYTES, regExpFlagsAtStart, regExpFlagsFor } from '../bin/main.js';
import type { InputSize } from '../src/cli/io.js';
import { runCli } from '../src/cli.js';
import { tempDir } from './helpers/temp-dir.js';

// A process started from the snapshot keeps a small run's regular expressions to V8's bytecode
// interpreter (compiling them to machine code costs a few articles more than it saves), told
// the run's size by runCli once its input is read, before anything is ingested.
describe("a run's regular expressions by the size of its input", () => {
  it('are interpreted from the start, and V8\'s defaults come back above a few articles', () => {
    const small = ['--regexp-interpret-all', '--no-regexp-peephole-optimization'];
    const defaults = ['--no-regexp-interpret-all', '--regexp-tier-up', '--regexp-peephole-optimization'];
    expect(regExpFlagsAtStart(false)).toEqual(small);
    // extract and compare never learn their input's size: they keep V8's defaults throughout.
    expect(regExpFlagsAtStart(true)).toEqual([]);
    expect(regExpFlagsFor({ documents: 4, bytes: 16_238 })).toEqual([]);
    expect(regExpFlagsFor({ documents: 1, bytes: INTERPRETED_REGEXPS_MAX_BYTES })).toEqual([]);
    expect(regExpFlagsFor({ documents: 30, bytes: INTERPRETED_REGEXPS_MAX_BYTES + 1 })).toEqual(defaults);
    expect(regExpFlagsFor({ documents: 1000, bytes: 1_400_000 })).toEqual(defaults);
  });

  it("runCli tells the size of the articles read, once, before the report", async () => {
    const dir = tempDir('regexps');
    const texts = ['Two people were hurt in a fire on Elm Street in Norvale on Monday, officials said.', 'A fire on Elm Street in Norvale injured three people, the fire chief said.'];
    texts.forEach((text, i) => writeFileSync(path.join(dir, `a${i}.txt`), text));
    const told: Array<InputSize | string> = [];
    const code = await runCli([dir, '--format', 'json', '--fail-on', 'never'], {
      stdout: () => void told.push('report'),
      stderr: () => {},
      isTTY: false,
      env: {},
      onInput: (size) => void told.push(size),
    });
    expect(code).toBe(0);
    expect(told[0]).toEqual({ documents: 2, bytes: Buffer.byteLength(texts.join('')) });
    expect(told.slice(1).every((item) => item === 'report')).toBe(true);
  });
});

// The snapshot's regular expressions hold bytecode only. One compiled to machine code while the
// snapshot was built (its tables were built first, at V8's defaults) and kept by a module
// crashed V8's regexp interpreter (SIGSEGV) in some small runs, which interpret every regular
// expression (regExpFlagsFor). V8 tells no script how a regular expression was compiled, so the
// build's order is checked: bytecode only, before the first table is built.
describe('the start-up snapshot build', () => {
  it('sets --regexp-interpret-all before it builds any table or runs any warm-up', () => {
    const entry = readFileSync(path.resolve(__dirname, '../bin/bundle-entry.js'), 'utf8');
    const flag = entry.indexOf("v8.setFlagsFromString('--regexp-interpret-all')");
    expect(flag).toBeGreaterThan(0);
    for (const step of ['preloadTables()', 'compileRegExps(', 'warmUpExtractors()', 'warmUpRuns(']) {
      expect(entry.indexOf(step), step).toBeGreaterThan(flag);
    }
  });
});
