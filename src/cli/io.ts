import type { ReadSources } from '../run/load-documents.js';

/** What the command line reads and writes: bin/claimcheck.js passes the process's, tests their own. */
export interface CliIO {
  /**
   * The report. A warm run's kept one comes as bytes, in pieces of whole UTF-8 sequences, each
   * good only during the call (its memory is used again for the next): copy one to keep it.
   */
  stdout: (text: string | Buffer) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (colour by default only then). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Columns of the stdout terminal (lines of the pretty report wrap there; 80 otherwise). */
  columns?: number;
  /** Whether stderr is a terminal (a progress bar is drawn only there), and its columns. */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
  /** Milliseconds clock for the progress bar (tests pass their own). */
  now?: () => number;
  /** Standard input, read whole, for the path "-". */
  readStdin?: () => Promise<Uint8Array>;
  /** The working directory (default: process.cwd()). */
  cwd?: string;
  /**
   * Told the size of a check's input once it is read, before anything is ingested: the process
   * started from the snapshot tunes its regular expressions to it (bin/bundle-entry.js).
   */
  onInput?: (size: InputSize) => void;
}

/** How much a check reads: its articles and their bytes. */
export interface InputSize {
  documents: number;
  bytes: number;
}

export const inputSize = (sources: ReadSources): InputSize => ({ documents: sources.read.length, bytes: sources.read.reduce((sum, source) => sum + source.size, 0) });

export const EXIT = { ok: 0, findings: 1, error: 2 } as const;
