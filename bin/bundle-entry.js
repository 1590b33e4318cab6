// The entry of dist/claimcheck.cjs (scripts/build-bundle.mjs): the whole command line in one
// file, which bin/claimcheck.js loads instead of the 170 modules of dist/, and which is also
// the script a start-up snapshot is built from (bin/snapshot.js), since that must be one file.
import v8 from 'node:v8';
import { runCli } from '../dist/cli.js';
import { preloadTables } from '../dist/preload.js';
import { main } from './main.js';

export { runCli, main };

if (v8.startupSnapshot?.isBuildingSnapshot()) {
  // The tables every run reads, built now and kept in the snapshot's heap.
  preloadTables();
  // A snapshot's process gets `node <args>`: `node --snapshot-blob file -- args` leaves the
  // arguments from the second place on.
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    // Started by bin/claimcheck.js, which holds a channel to this process: when that process
    // ends (killed, even by SIGKILL), so does this one, as a run in one process would.
    if (process.channel) {
      process.channel.unref();
      process.on('disconnect', () => process.exit(1));
    }
    main(runCli, process.argv.slice(1));
  });
}
