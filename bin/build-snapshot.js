#!/usr/bin/env node
// Builds the start-up snapshot for the node that runs this script (bin/snapshot.js): run by
// `npm run build`; after installing claimcheck, `node node_modules/claimcheck/bin/build-snapshot.js`.
// A failure is reported and leaves claimcheck starting the ordinary way (exit 0 with --optional).
import { buildSnapshot } from './snapshot.js';

try {
  const blob = buildSnapshot();
  if (!process.argv.includes('--quiet')) process.stdout.write(`claimcheck: start-up snapshot ${blob}\n`);
} catch (error) {
  process.stderr.write(`claimcheck: no start-up snapshot: ${error.message}\n`);
  process.exitCode = process.argv.includes('--optional') ? 0 : 1;
}
