/**
 * Starts the checking worker as soon as the page's head is read, before the
 * editor's larger script has loaded, so the two load in parallel. Messages the
 * worker sends before the page is ready are kept for it (see checker.ts).
 */

/** What boot.js leaves for the page script. */
export interface EarlyWorker {
  worker: Worker;
  /** Messages that arrived before the page took over. */
  early: unknown[];
}

const early: unknown[] = [];
const worker = new Worker('worker.js');
worker.onmessage = (event: MessageEvent) => void early.push(event.data);
(globalThis as unknown as { plainIgWorker?: EarlyWorker }).plainIgWorker = { worker, early };
