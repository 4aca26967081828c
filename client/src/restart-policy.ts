/**
 * When the language server stops unexpectedly, restart it, but not forever: a server
 * that keeps crashing is left stopped and the writer is told how to restart it.
 * Pure logic (no VS Code), so it is easy to reason about.
 */

/** Default: at most 4 automatic restarts in any 3 minutes. */
export const DEFAULT_MAX_RESTARTS = 4;
/** Default window for counting restarts: 3 minutes. */
export const DEFAULT_RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Counts crashes and says whether one more automatic restart is allowed. */
export class RestartPolicy {
  private readonly crashes: number[] = [];

  constructor(
    private readonly maxRestarts: number = DEFAULT_MAX_RESTARTS,
    private readonly windowMs: number = DEFAULT_RESTART_WINDOW_MS,
  ) {}

  /**
   * Records a crash at `now` (milliseconds).
   * @returns true when the server should be restarted automatically
   */
  shouldRestart(now: number): boolean {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > this.windowMs) this.crashes.shift();
    return this.crashes.length <= this.maxRestarts;
  }

  /** Forgets past crashes, e.g. after the writer restarts the server by hand. */
  reset(): void {
    this.crashes.length = 0;
  }
}
