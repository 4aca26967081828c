/**
 * Bundle entry of the CLI: exports `main` for bin/plain-ig.js. The same bundle
 * is the script of the worker threads of `plain-ig check` (see workers.ts).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { WORKER_MARKER } from './cli/workers.ts';
import { serveJobs } from './cli/worker.ts';

export { main } from './main.ts';

if (!isMainThread && (workerData as { marker?: unknown } | null)?.marker === WORKER_MARKER) serveJobs();
