/**
 * The page's side of the checking worker: one request at a time per kind,
 * answers matched by id. Checks never pile up: while one runs, only the
 * latest text waits, and an answer for text that has since changed is
 * dropped by the caller (it compares versions).
 */
import type { DocumentFormat } from '../../server/src/core/types.ts';
import type { EarlyWorker } from './boot.ts';
import type { Anchors, CheckInfo, CheckReply, OpenReply, PageSettings, ReadyReply, WorkerReply, WorkerRequest } from './protocol.ts';

type Pending = (reply: WorkerReply) => void;

/** Files the reader worker reads (Word and PDF); Markdown and text go to the checking worker, which is ready sooner. */
export const READ_BY_READER = /\.(?:docx|doc|pdf)$/i;

/** A client for web/src/worker.ts. */
export class Checker {
  /** Resolves with the checks' titles and descriptions once the worker has loaded the core. */
  readonly ready: Promise<CheckInfo[]>;
  /** The worker's start-up times, once it is ready (see ReadyReply). */
  startup: ReadyReply['startup'] | undefined;
  private readonly worker: Worker;
  private reader: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private prepared = false;
  private readonly receive: (reply: WorkerReply) => void;

  /**
   * @param url the worker script, started here unless boot.js already started it
   * @param started the worker boot.js started, with the messages it sent meanwhile
   */
  constructor(url: string, started?: EarlyWorker) {
    this.worker = started?.worker ?? new Worker(url);
    let resolveReady: (checks: CheckInfo[]) => void = () => undefined;
    this.ready = new Promise((resolve) => (resolveReady = resolve));
    this.receive = (reply: WorkerReply): void => {
      if (reply.type === 'ready') {
        this.startup = reply.startup;
        return resolveReady(reply.checks);
      }
      const answer = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      answer?.(reply);
    };
    this.worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    for (const message of started?.early.splice(0) ?? []) this.receive(message as WorkerReply);
  }

  /**
   * Starts the file reader (PDF.js and mammoth, in their own worker), once.
   * The page starts it once its first findings are shown (so it does not compete with the
   * first check), and opening a file later needs no request.
   */
  startReader(url = 'reader.js'): void {
    if (this.reader) return;
    this.reader = new Worker(url);
    this.reader.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
  }

  private send<T extends WorkerReply>(request: WorkerRequest): Promise<T> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, (reply) => (reply.type === 'error' ? reject(new Error(reply.message)) : resolve(reply as T)));
      if (request.type === 'open' && READ_BY_READER.test(request.name)) {
        this.startReader();
        this.reader!.postMessage(request, [request.bytes]);
      } else {
        this.worker.postMessage(request, request.type === 'open' ? [request.bytes] : []);
      }
    });
  }

  /**
   * Asks the worker, once, to load the word-form library now, while the page
   * waits for the writer, rather than during the first check that needs it.
   */
  prepare(): void {
    if (this.prepared) return;
    this.prepared = true;
    this.worker.postMessage({ type: 'prepare', id: this.nextId++ } satisfies WorkerRequest);
  }

  /** Checks a text. */
  check(text: string, format: DocumentFormat, settings: PageSettings): Promise<CheckReply> {
    return this.send({ type: 'check', id: this.nextId++, text, format, settings });
  }

  /** Reads a file (Word, PDF, Markdown or text) into text. */
  open(name: string, bytes: ArrayBuffer): Promise<OpenReply> {
    return this.send({ type: 'open', id: this.nextId++, name, bytes });
  }

  /** The board report for a text, as a standalone HTML page. */
  async report(name: string, text: string, format: DocumentFormat, settings: PageSettings, anchors: Anchors | undefined): Promise<string> {
    const reply = await this.send<{ type: 'report'; id: number; html: string }>({
      type: 'report',
      id: this.nextId++,
      name,
      text,
      format,
      settings,
      ...(anchors ? { anchors } : {}),
    });
    return reply.html;
  }
}
