import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';

/**
 * The hostile-input cases of the issue, one row each, as data: how to build the files in a
 * folder, the arguments, what exit code and stderr line to expect, and whether the run goes
 * on to a valid report for the good article beside the bad one. `scale` shrinks the big
 * inputs for the unit suite (1: the sizes of the issue, used by scripts/hostile-bench.mjs).
 */
export interface HostileCase {
  name: string;
  /** Writes the case's files into `dir`; returns the arguments (paths relative to `dir`). */
  build(dir: string, scale: number): string[];
  exit: number;
  /** A line stderr must hold (a warning or the one-line error), or null for none required. */
  stderr: RegExp | null;
  /** The run goes on: the JSON report must be valid and hold the good article's toll. */
  goesOn: boolean;
  /** Seconds the case may take at full scale, and whether it is only run at full scale. */
  seconds?: number;
  fullOnly?: boolean;
  /** What else must hold of the report (throws when it does not). */
  check?: (report: HostileReport) => void;
}

/** The parts of the JSON report the checks read. */
export interface HostileReport {
  documents: { id: string; warnings: string[] }[];
  claims: { document: string; kind: string; text: string; span: { line: number }; value: Record<string, unknown> }[];
}

const must = (ok: boolean, what: string) => {
  if (!ok) throw new Error(what);
};

export const GOOD = '---\ntitle: Gunman kills three in Springfield\npublished: 2025-03-05\n---\nA gunman killed three people in Springfield on Monday, police said.\n';

const repeat = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const MB = 1024 * 1024;
const size = (bytes: number, scale: number) => Math.max(4096, Math.round(bytes * scale));

/** A folder with the good article and one bad file. */
function withGood(dir: string, name: string, content: string | Uint8Array): string[] {
  writeFileSync(path.join(dir, 'good.md'), GOOD);
  writeFileSync(path.join(dir, name), content);
  return [dir];
}

const PROSE = 'Police said seven people were killed and 12 injured in Baghdad on Monday, officials said. ';
const names = ['Ahmed', 'Karim', 'Yusuf', 'Sarah', 'John', 'Mary', 'Smith', 'Jones'];
const capitalizedWords = (n: number) => Array.from({ length: n }, (_, i) => names[(i * 7 + (i >> 3)) % names.length]).join(' ');

function manyFiles(dir: string, count: number, content: (i: number) => string): string[] {
  writeFileSync(path.join(dir, 'good.md'), GOOD);
  const sub = path.join(dir, 'many');
  mkdirSync(sub);
  for (let i = 0; i < count; i++) writeFileSync(path.join(sub, `f${String(i).padStart(5, '0')}.txt`), content(i));
  return [dir];
}

export const hostileCases: HostileCase[] = [
  // Hangs and crashes: each a warning about that file at most, and the run goes on.
  { name: 'one 5 MB line (--max-file-size 10MB)', build: (d, s) => [...withGood(d, 'line.txt', repeat(PROSE, size(5 * MB, s))), '--max-file-size', '10MB'], exit: 0, stderr: null, goesOn: true, seconds: 10 },
  { name: 'one 5 MB line (default cap)', build: (d, s) => withGood(d, 'line.txt', repeat(PROSE, size(5 * MB, s))), exit: 0, stderr: null, goesOn: true, seconds: 10, fullOnly: true },
  { name: 'a 1 MB sentence with no period', build: (d, s) => withGood(d, 'run-on.txt', repeat('the police said people were killed and injured in the city on monday ', size(MB, s))), exit: 0, stderr: /run-on\.txt: .*over-long sentence/, goesOn: true, seconds: 10 },
  { name: '1 MB of "1,1,1,…"', build: (d, s) => withGood(d, 'ones.txt', repeat('1,', size(MB, s))), exit: 0, stderr: /ones\.txt: .*cut into pieces/, goesOn: true, seconds: 10 },
  { name: 'many weekdays', build: (d, s) => withGood(d, 'weekdays.txt', repeat('on Monday on Tuesday on Wednesday ', size(MB, s))), exit: 0, stderr: /weekdays\.txt: .*over-long sentence/, goesOn: true, seconds: 10 },
  { name: 'many dates', build: (d, s) => withGood(d, 'dates.txt', repeat('March 3, 2025, ', size(MB, s))), exit: 0, stderr: /dates\.txt: .*over-long sentence/, goesOn: true, seconds: 10 },
  { name: '"U.S." repeated', build: (d, s) => withGood(d, 'us.txt', repeat('U.S. ', size(MB, s))), exit: 0, stderr: /us\.txt: .*over-long sentence/, goesOn: true, seconds: 10 },
  { name: 'runs of initials', build: (d, s) => withGood(d, 'initials.txt', repeat('A. B. C. D. E. ', size(MB, s))), exit: 0, stderr: /initials\.txt: .*over-long sentence/, goesOn: true, seconds: 10 },
  { name: 'a 1 MB front-matter block', build: (d, s) => withGood(d, 'front.md', `---\ntitle: A title\n${repeat('key: value\n', size(MB, s))}---\nA gunman killed two people.\n`), exit: 0, stderr: null, goesOn: true, seconds: 10 },
  { name: 'a 100 KB one-word title', build: (d, s) => withGood(d, 'title.md', `---\ntitle: ${repeat('a', size(100 * 1024, s))}\n---\nA gunman killed two people.\n`), exit: 0, stderr: null, goesOn: true, seconds: 10 },
  { name: 'the same article copied 2,000 times', build: (d, s) => manyFiles(d, Math.max(20, Math.round(2000 * s)), () => GOOD), exit: 0, stderr: null, goesOn: true, seconds: 20 },
  { name: '2,000 tiny files', build: (d, s) => manyFiles(d, Math.max(50, Math.round(2000 * s)), (i) => `Note ${i}.\n`), exit: 0, stderr: null, goesOn: true, seconds: 20 },
  // Past --max-articles (default 10,000) a run is refused before any file is read; the unit
  // suite lowers the limit rather than writing 10,000 files.
  {
    name: '50,000 tiny files',
    build: (d, s) => [...manyFiles(d, s < 1 ? 300 : 50000, (i) => `Note ${i}.\n`), ...(s < 1 ? ['--max-articles', '200'] : [])],
    exit: 2, stderr: /\d+ articles found in .*: more than --max-articles (200|10000); give the folder of one story, or raise --max-articles/, goesOn: false, seconds: 10,
  },
  { name: '10,000 tiny files (at --max-articles)', build: (d) => manyFiles(d, 9999, (i) => `Note ${i}.\n`), exit: 0, stderr: null, goesOn: true, seconds: 20, fullOnly: true },
  { name: '100,000 capitalized words in a row', build: (d, s) => withGood(d, 'caps.txt', capitalizedWords(Math.round(100000 * s))), exit: 0, stderr: /caps\.txt: .*over-long sentence/, goesOn: true, seconds: 10 },
  { name: 'one name repeated', build: (d, s) => withGood(d, 'name.txt', repeat('John Smith ', size(MB, s))), exit: 0, stderr: /name\.txt: .*over-long sentence/, goesOn: true, seconds: 10 },
  { name: 'a "said" / quote mix', build: (d, s) => withGood(d, 'quotes.txt', repeat('"We are safe," said John Smith. "They fled," he said, ', size(MB, s))), exit: 0, stderr: null, goesOn: true, seconds: 10 },
  { name: 'a 200 MB file with --max-file-size 500MB', build: (d, s) => [...withGood(d, 'huge.txt', repeat(PROSE, size(200 * MB, s))), '--max-file-size', '500MB'], exit: 0, stderr: /huge\.txt: file is larger than/, goesOn: true, seconds: 10, fullOnly: true },
  {
    name: 'a 3 GB sparse file',
    build: (d) => {
      writeFileSync(path.join(d, 'good.md'), GOOD);
      const fd = openSync(path.join(d, 'sparse.txt'), 'w');
      ftruncateSync(fd, 3 * 1024 * MB);
      closeSync(fd);
      return [d];
    },
    exit: 0, stderr: /sparse\.txt: .*not a text file/, goesOn: true, seconds: 10,
  },
  // Wrong results or messages.
  {
    name: 'lone-CR line endings', build: (d) => withGood(d, 'cr.txt', 'First line.\rSecond line.\rA gunman killed four people in Dayton on Tuesday.\r'), exit: 0, stderr: null, goesOn: true,
    check: (r) => must(r.claims.some((c) => c.document === 'cr.txt' && c.kind === 'casualty' && c.span.line === 3), 'the toll is on line 3'),
  },
  {
    name: 'a symlinked article file',
    build: (d) => {
      mkdirSync(path.join(d, 'elsewhere'));
      writeFileSync(path.join(d, 'elsewhere', 'real.txt'), GOOD);
      mkdirSync(path.join(d, 'articles'));
      symlinkSync(path.join(d, 'elsewhere', 'real.txt'), path.join(d, 'articles', 'good.md'));
      return [path.join(d, 'articles')];
    },
    exit: 0, stderr: null, goesOn: true,
  },
  {
    name: 'a symlink loop in the folder',
    build: (d) => {
      withGood(d, 'other.txt', 'Nothing here.');
      symlinkSync(d, path.join(d, 'loop'));
      symlinkSync(path.join(d, 'nowhere'), path.join(d, 'dangling.txt'));
      return [d];
    },
    exit: 0, stderr: /dangling\.txt: ENOENT: skipped/, goesOn: true,
  },
  {
    name: 'a symlink to / given as input',
    build: (d) => {
      symlinkSync('/', path.join(d, 'root'));
      return [path.join(d, 'root')];
    },
    exit: 2, stderr: /is the root folder \//, goesOn: false,
  },
  {
    name: 'one folder given twice under two spellings', build: (d) => { withGood(d, 'b.txt', 'Police said one man was hurt.'); return [d, `${d}/./`]; }, exit: 0, stderr: null, goesOn: true,
    check: (r) => must(r.documents.length === 2, `two documents, not ${r.documents.length}`),
  },
  {
    name: 'invalid UTF-8 in a UTF-8 file', build: (d) => withGood(d, 'mixed.txt', new Uint8Array([...Buffer.from('Café in Zürich: '), 0xff, 0xfe, ...Buffer.from(' two people were hurt in Zürich, police said.')])), exit: 0, stderr: /mixed\.txt: 2 invalid UTF-8 byte sequences replaced/, goesOn: true,
    check: (r) => must(r.claims.some((c) => c.document === 'mixed.txt' && c.text === 'Zürich'), 'Zürich decoded as UTF-8'),
  },
  { name: 'a Windows-1252 file', build: (d) => withGood(d, 'cp1252.txt', new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' '), 0x93, ...Buffer.from('quoted'), 0x94, ...Buffer.from(' two people were hurt.')])), exit: 0, stderr: /cp1252\.txt: not valid UTF-8: read as Windows-1252/, goesOn: true },
  {
    name: '"constructor" and "__proto__" in an article', build: (d) => withGood(d, 'proto.txt', 'The constructor said __proto__ toString valueOf hasOwnProperty. Constructor Smith said seven people were killed in Iraq.\n'), exit: 0, stderr: null, goesOn: true,
    check: (r) => {
      must(!r.documents.some((doc) => doc.warnings.some((w) => /failed/.test(w))), 'no extractor failed');
      must(r.claims.some((c) => c.document === 'proto.txt' && c.kind === 'place'), 'the place is still found');
    },
  },
  { name: 'an unterminated front matter', build: (d) => withGood(d, 'open.md', '---\ntitle: No end\nA gunman killed two people.\n'), exit: 0, stderr: /open\.md: front matter is not closed/, goesOn: true },
  { name: '--published 2025-03-05junk', build: (d) => [...withGood(d, 'a.txt', 'x'), '--published', '2025-03-05junk'], exit: 2, stderr: /--published takes a date as YYYY-MM-DD, not "2025-03-05junk"/, goesOn: false },
  { name: 'a config that is an array', build: (d) => { writeFileSync(path.join(d, 'c.json'), '[]'); return [...withGood(d, 'a.txt', 'x'), '--config', path.join(d, 'c.json')]; }, exit: 2, stderr: /c\.json: expected a JSON object of settings/, goesOn: false },
  { name: 'a config value of the wrong type', build: (d) => { writeFileSync(path.join(d, 'c.json'), '{"organizations": {"CPD": "Chicago Police"}}'); return [...withGood(d, 'a.txt', 'x'), '--config', path.join(d, 'c.json')]; }, exit: 2, stderr: /c\.json: "organizations" must be \{"Canonical name"/, goesOn: false },
  { name: 'a config with a UTF-8 BOM', build: (d) => { writeFileSync(path.join(d, 'c.json'), '\ufeff{"organizations": {"Chicago Police Department": ["CPD"]}}'); return [...withGood(d, 'a.txt', 'Police said one man was hurt.'), '--config', path.join(d, 'c.json')]; }, exit: 0, stderr: null, goesOn: true },
  { name: '--write-baseline into a missing folder', build: (d) => [...withGood(d, 'a.txt', 'x'), '--write-baseline', path.join(d, 'missing', 'b.json')], exit: 2, stderr: /cannot write .*b\.json: no folder/, goesOn: false },
  { name: '--write-baseline onto a folder', build: (d) => [...withGood(d, 'a.txt', 'x'), '--write-baseline', d], exit: 2, stderr: /it is a folder/, goesOn: false },
  { name: '--max-articles 0', build: (d) => [...withGood(d, 'a.txt', 'x'), '--max-articles', '0'], exit: 2, stderr: /--max-articles takes a whole number of at least 1, not "0"/, goesOn: false },
  { name: '--max-file-size 100', build: (d) => [...withGood(d, 'a.txt', repeat(PROSE, 1000)), '--max-file-size', '100'], exit: 0, stderr: /a\.txt: file is larger than 100 bytes/, goesOn: false },
];
