#!/usr/bin/env node
import { runCli } from '../dist/cli.js';

const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
};

const code = await runCli(process.argv.slice(2), io);
// Exit only once piped output has drained, so `| jq` never sees a cut report.
process.stdout.write('', () => process.exit(code));
