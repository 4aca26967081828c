/**
 * The worker thread side of workers.ts: checks the files it is sent, one at a
 * time, and posts each result back.
 */
import { parentPort } from 'node:worker_threads';
import { setBlockCacheLimit } from '../core/run.ts';
import { checkFile, CLI_BLOCK_CACHE, type FileJob } from './check-file.ts';

/** A message from a worker: a result, or an error that ends the run. */
export type WorkerReply =
  | { index: number; result: import('./check-file.ts').FileResult }
  | { index: number; fatal: { name: string; message: string } };

/** Starts answering jobs posted by the main thread. */
export function serveJobs(): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs() must run in a worker thread');
  setBlockCacheLimit(CLI_BLOCK_CACHE);
  port.on('message', (job: FileJob) => {
    checkFile(job).then(
      (result) => port.postMessage({ index: job.index, result } satisfies WorkerReply),
      (error: unknown) => {
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ index: job.index, fatal: { name, message } } satisfies WorkerReply);
      },
    );
  });
}
