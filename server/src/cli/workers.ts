/**
 * Checking many files on every core. With more than {@link WORKER_THRESHOLD}
 * files, files are sent one at a time to a pool of worker threads (started
 * from the same bundle); results are handed back in file order as soon as
 * every earlier file is done, so only the findings are held, never the texts.
 * With few files, or when running from source (tests), files are checked on
 * the main thread.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkFile, type FileJob, type FileResult } from './check-file.ts';
import type { WorkerReply } from './worker.ts';

/** Workers are used only for more files than this. */
export const WORKER_THRESHOLD = 8;

/** Marks the worker data so the bundle knows to serve jobs (see bin.ts). */
export const WORKER_MARKER = 'plain-ig-check-worker';

/** An error a worker reported that ends the run (exit code 2). */
export class WorkerFailure extends Error {}

/** The script a worker runs: this bundle, when running from one. */
function workerScript(): string | undefined {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith('.mjs') || file.endsWith('.js') ? file : undefined;
}

/** How many workers to start for `files` files, given `--jobs` (undefined: one per core). */
export function workerCount(files: number, jobs: number | undefined): number {
  const wanted = jobs ?? availableParallelism();
  if (wanted <= 1 || files <= WORKER_THRESHOLD || !workerScript()) return 0;
  return Math.min(wanted, files);
}

/**
 * Checks every job and calls `onResult` once per job, in job order.
 * @param workers number of worker threads (0: check on this thread)
 * @throws WorkerFailure (or the original error on this thread) when a check fails for a reason other than an unreadable file
 */
export async function runJobs(jobs: readonly FileJob[], workers: number, onResult: (result: FileResult) => void): Promise<void> {
  if (workers === 0) {
    for (const job of jobs) onResult(await checkFile(job));
    return;
  }
  const script = workerScript()!;
  const pending = new Map<number, FileResult>();
  let nextToReport = 0;
  let nextToSend = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolvePromise, reject) => {
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const send = (worker: Worker): void => {
        const job = jobs[nextToSend++];
        if (job) worker.postMessage(job);
      };
      for (let i = 0; i < workers; i++) {
        const worker = new Worker(script, { workerData: { marker: WORKER_MARKER } });
        pool.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if ('fatal' in reply) {
            fail(new WorkerFailure(reply.fatal.message));
            return;
          }
          pending.set(reply.index, reply.result);
          send(worker);
          for (let result = pending.get(nextToReport); result; result = pending.get(nextToReport)) {
            pending.delete(nextToReport++);
            onResult(result);
          }
          if (nextToReport === jobs.length) resolvePromise();
        });
        worker.on('error', (error) => fail(new WorkerFailure(`a worker thread failed: ${error.message}`)));
        worker.on('exit', (code) => {
          if (code !== 0 && nextToReport < jobs.length) fail(new WorkerFailure(`a worker thread stopped unexpectedly (code ${code})`));
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
