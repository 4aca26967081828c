/**
 * When documents are checked. Opening and saving check at once; typing checks
 * after a short pause (the debounce). Checks run one document at a time from a
 * queue, and the server yields to the event loop between them, so requests for
 * one document are answered while others wait their turn. A document is in
 * the queue at most once, however many edits arrive.
 */

/** Default pause after the last keystroke before checking, in milliseconds. */
export const DEFAULT_DEBOUNCE_MS = 200;

/** Checks one document; the scheduler never runs two at once. */
export type Work = (uri: string) => Promise<void>;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Debounces and queues checks of documents. */
export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly queue = new Set<string>();
  private running = false;

  /**
   * @param work checks one document (errors are the caller's to report; they never stop the queue)
   * @param debounceMs pause after the last change before checking (default {@link DEFAULT_DEBOUNCE_MS})
   */
  constructor(
    private readonly work: Work,
    private readonly debounceMs = DEFAULT_DEBOUNCE_MS,
  ) {}

  /** Checks a document as soon as its turn comes (on open and save). */
  now(uri: string): void {
    this.clearTimer(uri);
    this.queue.add(uri);
    void this.pump();
  }

  /** Checks a document after the pause (on typing); each new call restarts the pause. */
  later(uri: string): void {
    this.clearTimer(uri);
    if (this.debounceMs <= 0) {
      this.now(uri);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      this.now(uri);
    }, this.debounceMs);
    timer.unref?.();
    this.timers.set(uri, timer);
  }

  /** Forgets a document (it closed): no pending or queued check runs for it. */
  cancel(uri: string): void {
    this.clearTimer(uri);
    this.queue.delete(uri);
  }

  /** True when a check of this document is waiting for its pause or its turn. */
  isPending(uri: string): boolean {
    return this.timers.has(uri) || this.queue.has(uri);
  }

  /** Documents waiting for their pause or their turn (for stats). */
  get pending(): number {
    return this.timers.size + this.queue.size;
  }

  private clearTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(uri);
    }
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      // Let the notifications already read from the wire (more keystrokes,
      // a close) arrive before the first check.
      await nextTurn();
      for (;;) {
        const uri = this.queue.values().next().value;
        if (uri === undefined) break;
        this.queue.delete(uri);
        try {
          await this.work(uri);
        } catch {
          // The work reports its own failures; the queue carries on.
        }
        await nextTurn();
      }
    } finally {
      this.running = false;
    }
  }
}
