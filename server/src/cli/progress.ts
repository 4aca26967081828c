/**
 * A progress bar on the error output, shown only on a terminal, redrawn at
 * most ten times a second and cleared when the run ends.
 */

/** Redraws no more often than this (milliseconds). */
export const PROGRESS_INTERVAL_MS = 100;

/** Width of the bar in characters. */
const BAR_WIDTH = 24;

/** Counts finished files and draws `Checking ▕█████░░░░▏ 120/200 files`. */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;

  /**
   * @param stream where to draw (the error output)
   * @param total the number of files
   * @param enabled false to draw nothing (not a terminal, `--no-progress`, or few files)
   */
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  /** Marks one more file as finished. */
  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < PROGRESS_INTERVAL_MS && this.done < this.total) return;
    this.lastDraw = now;
    const filled = Math.round((this.done / Math.max(1, this.total)) * BAR_WIDTH);
    this.stream.write(`\r\u001b[2KChecking ▕${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}▏ ${this.done}/${this.total} files`);
    this.drawn = true;
  }

  /** Clears the bar. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\u001b[2K');
    this.drawn = false;
  }
}
