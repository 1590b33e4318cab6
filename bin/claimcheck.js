#!/usr/bin/env node
// CommonJS (bin/package.json), not an ES module: node starts its ES module loader for an ES
// module entry (some 15 ms of this process's start, and a thread pool its exit then joins),
// and the usual run needs no module of its own but bin/snapshot.js.
const { readdirSync } = require('node:fs');
const path = require('node:path');
const { BUNDLE, buildInBackground, bundleIsCurrent, runFromSnapshot, usableSnapshot } = require('./snapshot.js');

const args = process.argv.slice(2);
// Fastest: a second node started from the snapshot, its tables already built (bin/snapshot.js).
// Else this process runs the bundle (one file), else the modules of dist/ (a build without it).
// A worker runs for hours: its start matters not, and it stays one process, as a queue expects.
const blob = args[0] === 'worker' ? null : usableSnapshot();
// A warm run (--cache, nothing changed since a run kept its output) is answered here, from the
// bundle, before any snapshot is started: its work is a fraction of that start.
const warm = async () => {
  if (!keptOutputs()) return false;
  const { runWarm, mainWarm } = require(BUNDLE);
  return mainWarm(runWarm, args);
};

/**
 * Whether the cache folder the arguments name (--cache-location, else --cache's folder,
 * DEFAULT_CACHE_LOCATION in src/run/extraction-cache.ts) holds a formatted output at all: where
 * none is, no run is warm, and the bundle is not loaded for nothing.
 */
function keptOutputs() {
  const at = args.findIndex((a) => a === '--cache-location' || a.startsWith('--cache-location='));
  if (at < 0 && !args.includes('--cache')) return false;
  const folder = at < 0 ? 'node_modules/.cache/claimcheck' : args[at].includes('=') ? args[at].slice(args[at].indexOf('=') + 1) : args[at + 1];
  try {
    return readdirSync(path.join(folder ?? '', 'runs')).some((name) => name.endsWith('.out'));
  } catch {
    return false;
  }
}

async function start() {
  if (blob) {
    if (!(await warm())) runFromSnapshot(blob, args);
  } else if (process.env.CLAIMCHECK_SNAPSHOT === '1') {
    // Asked for the snapshot (its tests): never the ordinary start instead.
    process.stderr.write('claimcheck: CLAIMCHECK_SNAPSHOT=1 but no usable start-up snapshot (npm run build:snapshot)\n');
    process.exit(2);
  } else {
    // None yet (an installed copy, a changed data file): built meanwhile for the next runs.
    if (args[0] !== 'worker') buildInBackground();
    const { main } = require('./main.js');
    const { runCli } = bundleIsCurrent() && process.env.CLAIMCHECK_BUNDLE !== '0' ? require(BUNDLE) : await import('../dist/cli.js');
    await main(runCli, args);
  }
}
// A failure is node's unhandled rejection: the error, and exit 1, as an ES module's top-level await.
start();
