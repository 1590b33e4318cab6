/**
 * The work one document may take, counted in units as it is done rather than timed: a clock
 * would make the output depend on the machine's load, and the same article must give the same
 * claims on every worker, from the cache and from the queue.
 *
 * The units follow where time goes: every extractor scans each character of a window (1 unit a
 * character), compromise's parse of a sentence the casualty clause reader takes costs about ten
 * times a scan, and each window of a long document copies the document's whole cleaned text.
 */
export const SCAN_UNITS_PER_CHAR = 1;
export const CLAUSE_PARSE_UNITS_PER_CHAR = 10;
export const WINDOW_UNITS_PER_KIB = 4;
/**
 * Units one document may take once its first window is checked. A document of up to 128 KiB is
 * one window, so no article is ever cut; past that a unit is about 4–7 µs of CPU (measured on
 * 5 MB of plain and of toll-dense prose), so the cap is about 2–3 s: 35 KiB of a run of tolls,
 * 95 KiB of plain prose in a 5 MB file, 244 KiB in a 1 MB one.
 */
export const WORK_UNITS_PER_DOCUMENT = 400 * 1024;

/** What extractors charge the work they do to. */
export interface WorkMeter {
  charge(units: number): void;
}

/** A document's counter: charged by extractors, read between windows. */
export class WorkBudget implements WorkMeter {
  spent = 0;
  constructor(readonly limit: number = WORK_UNITS_PER_DOCUMENT) {}
  charge(units: number): void {
    this.spent += units;
  }
  get exhausted(): boolean {
    return this.spent >= this.limit;
  }
}
