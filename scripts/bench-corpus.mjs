// Benchmark corpora made of real news text: the shared dev articles and the seeds, and past
// their number, variants of them (numbers, dates and paragraph order changed) so that no two
// files are identical and grouping still has stories to tell apart. The sizes nest: the first
// 100 articles of the 1,000 corpus are the 100 corpus. Used by scripts/bench.mjs.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ARTICLE = /\.(txt|md|markdown|html?)$/i;

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (ARTICLE.test(name)) out.push(full);
  }
  return out;
}

/** A seeded shuffle, so every run builds the same corpus. */
function shuffled(items, seed = 10) {
  const out = [...items];
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The real articles the corpora are made of: [{ rel, text }], in a fixed mixed order. */
export function baseArticles(roots) {
  const found = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const file of walk(root)) found.push({ rel: path.join(path.basename(root), path.relative(root, file)), text: readFileSync(file, 'utf8') });
  }
  return shuffled(found);
}

function shiftDate(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Variant `round` (≥ 1) of an article: small numbers moved (tolls, ages, days of the month),
 * body paragraphs rotated, the publication date moved by `round` days (an article without one gets one).
 */
export function variant(text, round) {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  let head = fm ? fm[1] : '';
  let body = fm ? text.slice(fm[0].length) : text;
  body = body.replace(/\b\d{1,2}\b/g, (n) => {
    const v = Number(n);
    return String(v <= 28 ? ((v - 1 + round) % 28) + 1 : v + round);
  });
  const paragraphs = body.split(/\n\s*\n/);
  if (paragraphs.length > 3) {
    const rest = paragraphs.slice(1);
    const k = round % rest.length;
    body = [paragraphs[0], ...rest.slice(k), ...rest.slice(0, k)].join('\n\n');
  }
  if (/^published:\s*(\d{4}-\d{2}-\d{2})/m.test(head)) head = head.replace(/^published:\s*(\d{4}-\d{2}-\d{2})/m, (_, d) => `published: ${shiftDate(d, round)}`);
  else head = `${head ? `${head}\n` : ''}published: ${shiftDate('2020-01-01', round)}`;
  return `---\n${head}\n---\n${body}`;
}

/** Writes the first `size` articles of the endless sequence (originals, then variant rounds) under `dir`. */
export function writeCorpus(dir, size, base) {
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const round = Math.floor(i / base.length);
    const { rel, text } = base[i % base.length];
    const out = round === 0 ? text : variant(text, round);
    const file = path.join(dir, `r${round}`, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, out);
    bytes += Buffer.byteLength(out);
  }
  return bytes;
}
