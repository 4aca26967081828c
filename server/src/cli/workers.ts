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

/** Strings kept for sharing: a run repeats a few hundred messages, notes and links many thousand times. */
const MAX_SHARED_STRINGS = 50_000;

/**
 * Returns a function that makes a result's repeated strings (message, note,
 * link, alternatives, evidence, reasons) one shared copy each, in place. A
 * result posted by a worker arrives as a fresh copy of every string, and the
 * run holds every finding until the report is written: over a library of 200
 * policies that was 17 million characters of copies of 65,000.
 */
function sharedStrings(): (result: FileResult) => FileResult {
  const seen = new Map<string, string>();
  const one = (text: string): string => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    if (seen.size >= MAX_SHARED_STRINGS) seen.clear();
    seen.set(text, text);
    return text;
  };
  return (result) => {
    for (const finding of result.findings) {
      finding.ruleId = one(finding.ruleId);
      finding.message = one(finding.message);
      finding.note = one(finding.note);
      finding.url = one(finding.url);
      for (let i = 0; i < finding.expected.length; i++) finding.expected[i] = one(finding.expected[i]!);
      if (finding.unsafeReason !== undefined) finding.unsafeReason = one(finding.unsafeReason);
      if (finding.form !== undefined) finding.form = one(finding.form);
      for (const item of finding.evidence ?? []) {
        item.title = one(item.title);
        item.text = one(item.text);
        item.url = one(item.url);
      }
    }
    return result;
  };
}

/**
 * Checks every job and calls `onResult` once per job, in job order.
 * @param workers number of worker threads (0: check on this thread)
 * @throws WorkerFailure (or the original error on this thread) when a check fails for a reason other than an unreadable file
 */
export async function runJobs(jobs: readonly FileJob[], workers: number, onResult: (result: FileResult) => void): Promise<void> {
  const shared = sharedStrings();
  if (workers === 0) {
    for (const job of jobs) onResult(shared(await checkFile(job)));
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
          pending.set(reply.index, shared(reply.result));
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
