#!/usr/bin/env node
// Builds the start-up snapshot for the node that runs this script (bin/snapshot.js): run by
// `npm run build`; after installing claimcheck, by the first run (in the background,
// --background: bin/snapshot.js buildInBackground), or by hand:
// `node node_modules/claimcheck/bin/build-snapshot.js`.
// A failure is reported and leaves claimcheck starting the ordinary way (exit 0 with --optional).
const os = require('node:os');
const { buildSnapshot, endBackgroundBuild } = require('./snapshot.js');

const background = process.argv.includes('--background');
if (background) {
  // Behind the runs that go on meanwhile, never in their way.
  try {
    os.setPriority(19);
  } catch {}
}
try {
  const blob = buildSnapshot();
  if (background) endBackgroundBuild(null);
  if (!process.argv.includes('--quiet')) process.stdout.write(`claimcheck: start-up snapshot ${blob}\n`);
} catch (error) {
  if (background) endBackgroundBuild(error);
  process.stderr.write(`claimcheck: no start-up snapshot: ${error.message}\n`);
  process.exitCode = process.argv.includes('--optional') || background ? 0 : 1;
}
