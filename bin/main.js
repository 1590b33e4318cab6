// The process around runCli: its standard streams, and its exit once the report has drained.
// Shared by bin/claimcheck.js (a run in its own process) and the start-up snapshot's main
// (bin/bundle-entry.js), so that both write and exit alike.

/** Runs claimcheck with `args` (without node and script) on this process's streams, then exits. */
export async function main(runCli, args) {
  // A reader that went away (`| head`) is no error; any other failure to write the report
  // (a full disk, a closed file) is exit 2 with one line, never a success.
  let exitCode = 0;
  const failed = (error) => {
    if (error?.code === 'EPIPE') process.exit(exitCode);
    process.stderr.write(`claimcheck: cannot write the report: ${error?.code ?? String(error?.message ?? error).split('\n')[0]}\n`);
    process.exit(2);
  };
  process.stdout.on('error', failed);

  const io = {
    stdout: (text) => {
      try {
        process.stdout.write(text);
      } catch (error) {
        failed(error);
      }
    },
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrColumns: process.stderr.isTTY ? process.stderr.columns : undefined,
    readStdin: async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks);
    },
  };

  exitCode = await runCli(args, io);
  // Exit only once piped output has drained, so `| jq` never sees a cut report.
  process.stdout.write('', (error) => (error ? failed(error) : process.exit(exitCode)));
}
