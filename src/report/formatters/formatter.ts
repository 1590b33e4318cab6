import type { Report } from '../build-report.js';

/** Colours as functions; the CLI passes chalk's, tests and pipes get the plain ones. */
export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
}

const same = (s: string) => s;
export const plainPalette: Palette = { bold: same, dim: same, red: same, green: same, yellow: same, blue: same, cyan: same, magenta: same };

export interface FormatOptions {
  palette: Palette;
  /** Also list single-source claims. */
  verbose: boolean;
  /** Findings accepted by a baseline file: shown apart and not counted for the exit code. */
  accepted: ReadonlySet<string>;
  /** Where each document is, relative to the working directory (for CI annotations). */
  paths: Readonly<Record<string, string>>;
  /** Only contradictions, updates and the summary (pretty). */
  quiet?: boolean;
  /** Columns to wrap lines at (pretty): the terminal's width, 80 when not a terminal. */
  width?: number;
}

/** Lines are wrapped at this width when the output is not a terminal. */
export const DEFAULT_WIDTH = 80;

export interface Formatter {
  name: string;
  description: string;
  format(report: Report, options: FormatOptions): string;
  /**
   * The same text as `format`, in pieces, for a writer that can take them one by one: the JSON
   * report of 10,000 articles is hundreds of megabytes as one string.
   */
  chunks?(report: Report, options: FormatOptions): Iterable<string>;
}
