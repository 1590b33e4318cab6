// The entry of dist/claimcheck.cjs (scripts/build-bundle.mjs): the whole command line in one
// file, which bin/claimcheck.js loads instead of the 170 modules of dist/, and which is also
// the script a start-up snapshot is built from (bin/snapshot.js), since that must be one file.
// An ES module in a CommonJS folder (bin/package.json): only esbuild reads it, never node.
import v8 from 'node:v8';
import { runCli, runWarm } from '../dist/cli.js';
import { isSplitCommand } from '../dist/cli/split-commands.js';
import { main, mainWarm, regExpFlagsAtStart, regExpFlagsFor, watchLauncher } from './main.js';

export { runCli, runWarm, main, mainWarm };

if (v8.startupSnapshot?.isBuildingSnapshot()) {
  // Required here, not imported above: a process that runs the bundle without building a
  // snapshot (a warm run answered before one starts, bin/claimcheck.js) initializes none of
  // the stages' modules it does not use.
  const { preloadTables, warmUpExtractors, warmUpRuns, leanRegExps, compileRegExps } = require('../dist/preload.js');
  // Regular expressions compile to bytecode only from the first one the build runs, the tables'
  // too: V8 cannot save one compiled to machine code, and one run as machine code while the
  // tables were built, then kept by a module, was left in a state that crashed V8's regexp
  // interpreter (SIGSEGV) in small runs, which interpret every regular expression (bin/main.js
  // regExpFlagsAtStart). The flags are put back once the warm-up below has run.
  v8.setFlagsFromString('--regexp-interpret-all');
  // The tables every run reads, built now and kept in the snapshot's heap.
  preloadTables();
  // A snapshot's process gets `node <args>`: `node --snapshot-blob file -- args` leaves the
  // arguments from the second place on.
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    // Started by bin/claimcheck.js: when that process ends (killed, even by SIGKILL), so does
    // this one, as a run in one process would. (The variable: bin/snapshot.js LAUNCHER_VAR, not
    // imported, which would bring the launcher's module into the bundle and its snapshot.)
    watchLauncher('CLAIMCHECK_LAUNCHER');
    // At run time, not in SNAPSHOT_FLAGS: what the snapshot is built and started with cannot
    // depend on a run's input, and these change nothing the snapshot holds.
    const args = process.argv.slice(1);
    for (const flag of regExpFlagsAtStart(isSplitCommand(args))) v8.setFlagsFromString(flag);
    main(runCli, args, (size) => {
      for (const flag of regExpFlagsFor(size)) v8.setFlagsFromString(flag);
    });
  });
  // The code of every stage compiled too: the extractors on their warm-up sentence, then the
  // whole command line on a made-up sample (src/preload-sample.ts), so that a run of a few
  // articles compiles next to nothing. Then both regexp flags are put back (the one implies the
  // other's negation), since V8 starts from a snapshot only under the flags it was made with,
  // and bin/claimcheck.js gives none. The snapshot is taken once the event loop is empty, after
  // the sample's last run; a failed run fails the build.
  // A few large regular expressions, most anchored at the start of their text, compiled first
  // without V8's regexp optimizations: their bytecode is a fifth to a third the size, for about
  // as much work per match where a match is tried at one position, and for the casualty rules'
  // count shapes as measured (src/preload.ts); 1.4 MB less snapshot. The flag is put back
  // before anything else compiles, and V8 keeps the bytecode.
  v8.setFlagsFromString('--no-regexp-optimization');
  compileRegExps(leanRegExps());
  v8.setFlagsFromString('--regexp-optimization');
  warmUpExtractors();
  warmUpRuns(runCli).then(
    () => {
      v8.setFlagsFromString('--no-regexp-interpret-all');
      v8.setFlagsFromString('--regexp-tier-up');
    },
    (error) => {
      process.stderr.write(`claimcheck: ${error.message}\n`);
      process.exit(1);
    },
  );
}
