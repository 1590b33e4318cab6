/**
 * A progress bar for long runs, drawn on one terminal line and erased when done. It stays
 * silent for the first `delay` ms, so a quick run prints nothing; it redraws at most every
 * `interval` ms, so thousands of small steps cost no terminal time. The caller decides
 * whether there is a terminal at all; this only draws, through `write`, and reads `now`.
 */
export interface Progress {
  stage: string;
  done: number;
  total: number;
}

export interface ProgressBarOptions {
  write: (text: string) => void;
  now: () => number;
  /** Columns of the terminal. */
  width: number;
  delay?: number;
  interval?: number;
}

export interface ProgressBar {
  update(progress: Progress): void;
  /** Erases the bar if one was drawn. */
  finish(): void;
}

/** "[#######.......]  48/120 extracting" fitted to `width` columns. */
export function progressLine({ stage, done, total }: Progress, width: number): string {
  const count = `${done}/${total}`;
  const label = ` ${count} ${stage}`;
  const room = Math.max(10, Math.min(40, width - label.length - 3));
  const filled = total > 0 ? Math.round((room * Math.min(done, total)) / total) : room;
  return `[${'#'.repeat(filled)}${'.'.repeat(room - filled)}]${label}`.slice(0, Math.max(1, width - 1));
}

export function createProgressBar({ write, now, width, delay = 2000, interval = 100 }: ProgressBarOptions): ProgressBar {
  const started = now();
  let drawnAt: number | null = null;
  return {
    update(progress) {
      const t = now();
      if (t - started < delay) return;
      if (drawnAt !== null && t - drawnAt < interval && progress.done < progress.total) return;
      drawnAt = t;
      write(`\r${progressLine(progress, width)}\u001b[K`);
    },
    finish() {
      if (drawnAt !== null) write('\r\u001b[K');
    },
  };
}
