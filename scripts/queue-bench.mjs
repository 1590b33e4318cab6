#!/usr/bin/env node
// What stays on one machine in the queue-backed mode: the producer's side (ingest, grouping,
// comparison, report) when every extraction is already in Redis, on 1,000 to 5,000 articles.
//   npm run build && CLAIMCHECK_EVAL=<the eval kit> node scripts/queue-bench.mjs [sizes...]
// Starts its own redis-server and one `claimcheck worker` (extraction, not measured), fills the
// cache (ingest and enqueue, no comparison), then measures an all-cached producer run (CPU
// seconds and peak RSS of that process). With --identical it also runs gva-wide one-step and checks that
// the queued JSON is the same, byte for byte.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const kit = path.resolve(process.env.CLAIMCHECK_EVAL ?? '../shared/eval');
const wide = path.join(kit, 'dev/gva-wide');
const args = process.argv.slice(2);
const identical = args.includes('--identical');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)]));
const articles = files(wide).filter((f) => /\.(md|txt|html?)$/.test(f)).sort();

const DAYLESS_NUMBER = /(?<!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+|[/\-.:]|\d(?:st|nd|rd|th)?\s)\b\d{1,2}\b(?![/\-:]|(?:st|nd|rd|th)\b|\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/g;

/** `size` articles: gva-wide as it is, then copies whose numbers are shifted so no two texts are one. */
function corpus(size) {
  const dir = mkdtempSync(path.join(tmpdir(), `claimcheck-queue-bench-${size}-`));
  for (let i = 0; i < size; i++) {
    const round = Math.floor(i / articles.length);
    const file = articles[i % articles.length];
    const text = readFileSync(file, 'utf8');
    // Counts and ages change; days of the month do not (a "July 32" is no date).
    const varied = round === 0 ? text : text.replace(DAYLESS_NUMBER, (n) => String(Number(n) + round));
    const folder = path.join(dir, `round${round}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${i}_${path.basename(file)}`), varied);
  }
  return dir;
}

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
const redisDir = mkdtempSync(path.join(tmpdir(), 'claimcheck-redis-'));
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', redisDir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
const url = `redis://127.0.0.1:${port}`;
await new Promise((r) => setTimeout(r, 500));
const worker = spawn('node', ['bin/claimcheck.js', 'worker', '--redis', url], { stdio: 'ignore' });

const probe = path.join(mkdtempSync(path.join(tmpdir(), 'claimcheck-probe-')), 'usage.cjs');
writeFileSync(probe, "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, `__usage ${(u.userCPUTime + u.systemCPUTime) / 1e6} ${u.maxRSS}\\n`); });\n");

/** The cache filled without comparing: the same ingest and enqueueing as a producer run, in this process. */
async function fill(dir) {
  const { loadDocuments } = await import('../dist/run/load-documents.js');
  const { extractThroughQueue } = await import('../dist/queue/producer.js');
  const sources = files(dir).sort().map((file) => ({ id: path.relative(process.cwd(), file), file }));
  const docs = await loadDocuments(sources, { maxFileSize: '2MB', maxArticles: '100000', published: null, boilerplate: [], given: dir }, () => {});
  return (await extractThroughQueue(docs, { redis: url, timeoutSeconds: 600 })).stats;
}

function run(dir, queued) {
  const started = process.hrtime.bigint();
  const r = spawnSync('node', ['--require', probe, 'bin/claimcheck.js', dir, '--format', 'json', '--fail-on', 'never', '--max-articles', '100000', '-v', ...(queued ? ['--redis', url, '--queue-timeout', '600'] : [])], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const [, cpu, rss] = /__usage ([\d.]+) (\d+)/.exec(r.stderr) ?? [];
  const queue = /queue: .*/.exec(r.stderr)?.[0] ?? '';
  if (r.status !== 0) console.error(r.stderr.split('\n').filter((l) => !/warning/.test(l)).join('\n'));
  return { stdout: r.stdout, wall, cpu: Number(cpu), mib: Number(rss) / 1024, queue };
}
const show = (label, r) => console.log(`${label.padEnd(34)} wall ${r.wall.toFixed(1)} s  CPU ${r.cpu.toFixed(1)} s  peak RSS ${r.mib.toFixed(0)} MiB  ${r.queue}`);

try {
  if (identical) {
    const one = run(wide, false);
    show('gva-wide one-step', one);
    const fill = run(wide, true);
    show('gva-wide via the queue', fill);
    const cached = run(wide, true);
    show('gva-wide via the queue, cached', cached);
    console.log(`gva-wide (${articles.length} articles): queued JSON ${fill.stdout === one.stdout && cached.stdout === one.stdout ? 'byte-identical to' : 'DIFFERS from'} the one-step JSON (${one.stdout.length} bytes)`);
  }
  for (const size of sizes) {
    const dir = corpus(size);
    const began = Date.now();
    const filled = await fill(dir);
    console.log(`${size} articles: ${filled.texts} distinct texts, ${filled.extracted} extracted by the worker in ${((Date.now() - began) / 1000).toFixed(0)} s (wall)`);
    show(`${size} articles, all cached (compare)`, run(dir, true));
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  worker.kill('SIGTERM');
  redis.kill('SIGTERM');
  await new Promise((r) => redis.once('exit', r));
  rmSync(redisDir, { recursive: true, force: true });
}
