/**
 * The messages between the page and its checking worker. Plain data only, so
 * they cross postMessage unchanged. Every request has an id; the page drops
 * any answer that is not for the latest request of its kind.
 */
import type { CheckId, DocumentFormat, Finding } from '../../server/src/core/types.ts';

/** The settings a writer can change on the page (and the only thing it stores). */
export interface PageSettings {
  audience: 'staff' | 'public';
  nation: 'england' | 'wales' | 'scotland' | 'northern-ireland';
  checks: Record<CheckId, boolean>;
}

/** What kind of document is in the editor: typed or pasted text, or a file's text. */
export type SourceKind = 'markdown' | 'plaintext' | 'docx' | 'doc' | 'pdf';

/** Where paragraphs (and PDF pages) started in the file the text came from, as offsets into the text. */
export interface Anchors {
  paragraphs: number[];
  pages?: number[];
}

/** Check this text. */
export interface CheckRequest {
  type: 'check';
  id: number;
  text: string;
  format: DocumentFormat;
  settings: PageSettings;
}

/** Read this file into text. */
export interface OpenRequest {
  type: 'open';
  id: number;
  name: string;
  bytes: ArrayBuffer;
}

/** Render the board report for this text. */
export interface ReportRequest {
  type: 'report';
  id: number;
  name: string;
  text: string;
  format: DocumentFormat;
  settings: PageSettings;
  anchors?: Anchors;
}

/**
 * Load now what a later check may need (the word-form library, for a word the
 * build's table does not hold). Sent once the page has shown its first findings
 * or has nothing to check; no answer.
 */
export interface PrepareRequest {
  type: 'prepare';
  id: number;
}

/** A request to the worker. */
export type WorkerRequest = CheckRequest | OpenRequest | ReportRequest | PrepareRequest;

/** The findings for one check request. */
export interface CheckReply {
  type: 'checked';
  id: number;
  findings: Finding[];
  words: number;
  /** Time spent checking in the worker, in milliseconds. */
  ms: number;
}

/** A file read into text, or why it could not be. */
export interface OpenReply {
  type: 'opened';
  id: number;
  name: string;
  kind: SourceKind;
  format: DocumentFormat;
  text: string;
  anchors?: Anchors;
  /** One line saying why the file could not be read (then `text` is empty). */
  error?: string;
}

/** The report as a standalone HTML page. */
export interface ReportReply {
  type: 'report';
  id: number;
  html: string;
}

/** What the page shows about each check (sent once, when the worker starts). */
export interface CheckInfo {
  id: CheckId;
  title: string;
  description: string;
}

/** The worker has loaded the core and is ready. */
export interface ReadyReply {
  type: 'ready';
  id: 0;
  checks: CheckInfo[];
  /**
   * When (ms since the epoch, on the worker's clock) its script began to run,
   * its embedded data was read, and its warm-up check ended: for the benchmark.
   */
  startup: { started: number; dataRead: number; warmedUp: number };
}

/** A failure the worker could not answer otherwise. */
export interface ErrorReply {
  type: 'error';
  id: number;
  message: string;
}

/** An answer from the worker. */
export type WorkerReply = ReadyReply | CheckReply | OpenReply | ReportReply | ErrorReply;
