/**
 * The file-reading worker: PDF.js (through unpdf) and mammoth are most of the
 * page's code, so they live here, apart from the checks, and load while the
 * first check runs. Like the checking worker it only answers the page.
 */
import { openReply } from './open-file.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerReply): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type !== 'open') return;
  openReply(request.id, request.name, request.bytes).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => scope.postMessage({ type: 'error', id: request.id, message: (error as Error).message ?? String(error) }),
  );
};
