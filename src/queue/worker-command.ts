import { Command, CommanderError } from 'commander';
import type { CliIO } from '../cli.js';
import { usageMessage } from '../cli/options.js';
import { InputError } from '../ingest/find-files.js';
import { parseConcurrency, parseSeconds, shownUrl } from './options.js';
import { DEFAULT_STALL_SECONDS, startWorker } from './worker.js';

interface WorkerCliOptions {
  redis: string;
  concurrency?: string;
  stallTimeout: string;
  verbose: boolean;
}

/**
 * `claimcheck worker --redis URL`: extracts the documents producers enqueue, until stopped
 * (SIGINT or SIGTERM: the jobs in hand are finished first). The CLI layer of the worker, so
 * it is the one place of the queue that hears the process's signals.
 */
export async function runWorkerCommand(argv: string[], io: CliIO): Promise<number> {
  const cmd = new Command()
    .name('claimcheck worker')
    .description('Extract the articles that `claimcheck <paths> --redis URL` runs enqueue, on this machine, until stopped.')
    .requiredOption('--redis <url>', 'the Redis the producers use (redis://host:port)')
    .option('--concurrency <n>', 'articles extracted at once, each in its own thread (default 1; one per core at most is useful)')
    .option('--stall-timeout <seconds>', 'hand the job of a worker silent this long to another worker', String(DEFAULT_STALL_SECONDS))
    .option('-v, --verbose', 'one line per article taken and extracted', false)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });
  try {
    cmd.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') return 0;
      io.stderr(`claimcheck worker: ${usageMessage(error)} (see claimcheck worker --help)\n`);
      return 2;
    }
    throw error;
  }
  const opts = cmd.opts<WorkerCliOptions>();
  const log = (line: string) => io.stderr(`claimcheck worker: ${line}\n`);
  try {
    const concurrency = parseConcurrency(opts.concurrency);
    const stallSeconds = parseSeconds('--stall-timeout', opts.stallTimeout);
    const worker = await startWorker({ redis: opts.redis, concurrency, stallSeconds, log, verbose: opts.verbose });
    log(`waiting for articles on ${shownUrl(opts.redis)} (concurrency ${concurrency})`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    log('stopping after the articles in hand');
    await worker.close();
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`claimcheck worker: ${error.message}\n`);
      return 2;
    }
    io.stderr(`claimcheck worker: internal error: ${(error as Error).message.split('\n')[0]} (please report it)\n`);
    return 2;
  }
}
