/**
 * Checking one file: read it (text, Word or PDF), apply safe fixes when asked
 * (never to Word or PDF files, which are read-only), check it, and locate Word
 * and PDF findings by paragraph (and page). This is the unit of work a
 * worker thread runs; it holds one file's text at a time and returns only
 * the findings.
 */
import { checkText } from '../engine/check-text.ts';
import type { DocumentFormat, Finding, Settings } from '../core/types.ts';
import { decodeText, formatOf, InputError, readFileBytes } from '../sources/files.ts';
import { extractReadOnly, readOnlyKindOfPath, type DocumentLocation, type ReadOnlyKind } from '../sources/read-only-documents.ts';
import { encodeLike, fixText, unifiedDiff, writeFileAtomic } from './fix.ts';

/** Blocks kept in the cache during a CLI run: repeated paragraphs across files still hit, memory stays low. */
export const CLI_BLOCK_CACHE = 2_000;

/** A finding as the CLI reports it: Word and PDF findings also carry a paragraph number (and page) and a quote. */
export interface ReportedFinding extends Finding {
  /** Word and PDF documents only: 1-based number of the paragraph (counting paragraphs with text). */
  paragraph?: number;
  /** PDF documents only: the 1-based page. */
  page?: number;
  /** Word and PDF documents only: the sentence around the finding. */
  quote?: string;
}

/** What to do with safe fixes. */
export type FixMode = 'off' | 'write' | 'dry-run';

/** One file to check. Plain data, so it can be posted to a worker thread. */
export interface FileJob {
  /** Position in the run; results are reported in this order. */
  index: number;
  /** Absolute path to read (and to write when fixing). */
  file: string;
  /** The path shown to the user (relative to the working folder, forward slashes). */
  path: string;
  settings: Settings;
  fix: FixMode;
  /** The content, when it does not come from `file` (standard input). */
  bytes?: Uint8Array;
}

/** The result of checking one file. */
export interface FileResult {
  index: number;
  path: string;
  kind: DocumentFormat | ReadOnlyKind;
  /** True when fixes were asked for but the file is read-only (Word or PDF), so nothing was fixed. */
  readOnly?: boolean;
  findings: ReportedFinding[];
  /** For each finding, the words around it (baseline matching and SARIF fingerprints). */
  contexts: string[];
  words: number;
  /** Safe fixes applied (or, with `--fix-dry-run`, that would be). */
  fixesApplied: number;
  /** With `--fix-dry-run`: the unified diff of the fixes, when there are any. */
  patch?: string;
  /** Why the file could not be checked (one line); there are no findings then. */
  error?: string;
}

/** How many characters on each side of a finding make its context. */
export const CONTEXT_CHARS = 32;

/** The words around a finding, whitespace collapsed, within its line or paragraph. */
export function contextOf(text: string, start: number, end: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - CONTEXT_CHARS);
  const next = text.indexOf('\n', end);
  const lineEnd = Math.min(next < 0 ? text.length : next, end + CONTEXT_CHARS);
  const squash = (s: string): string => s.replace(/\s+/g, ' ');
  return `${squash(text.slice(lineStart, start)).trimStart()}[${squash(text.slice(start, end))}]${squash(text.slice(end, lineEnd)).trimEnd()}`;
}

interface ReadDocument {
  text: string;
  bytes: Uint8Array | undefined;
  kind: FileResult['kind'];
  locate?: (start: number, end: number) => DocumentLocation;
}

async function readDocument(job: FileJob): Promise<ReadDocument> {
  const bytes = job.bytes ?? readFileBytes(job.file);
  const readOnly = readOnlyKindOfPath(job.path);
  if (readOnly) {
    const extracted = await extractReadOnly(readOnly, bytes);
    return { text: extracted.text, bytes: undefined, kind: extracted.kind, locate: extracted.locate };
  }
  return { text: decodeText(bytes), bytes, kind: formatOf(job.path) ?? 'plaintext' };
}

/**
 * Checks one file.
 * @returns the result; a file that cannot be read gives a result with `error` set
 * @throws DictionaryError when an extra dictionary in the settings is invalid
 */
export async function checkFile(job: FileJob): Promise<FileResult> {
  const base = { index: job.index, path: job.path, findings: [], contexts: [], words: 0, fixesApplied: 0 };
  let document;
  try {
    document = await readDocument(job);
  } catch (error) {
    if (error instanceof InputError) return { ...base, kind: formatOf(job.path) ?? 'plaintext', error: error.message };
    throw error;
  }
  const { kind } = document;
  const readOnly = document.locate !== undefined;
  const format: DocumentFormat = kind === 'markdown' ? 'markdown' : 'plaintext';
  const check = (text: string) => checkText(text, { format, settings: job.settings });

  let text = document.text;
  let fixesApplied = 0;
  let patch: string | undefined;
  let result;
  if (job.fix !== 'off' && !readOnly) {
    const fixed = fixText(text, check);
    fixesApplied = fixed.applied;
    result = fixed.result;
    if (fixed.text !== text) {
      if (job.fix === 'write' && document.bytes) writeFileAtomic(job.file, encodeLike(document.bytes, fixed.text));
      else patch = await unifiedDiff(job.path, text, fixed.text);
      text = fixed.text;
    }
  } else {
    result = check(text);
  }

  const { locate } = document;
  const findings: ReportedFinding[] = locate
    ? result.findings.map((finding) => ({ ...finding, ...locate(finding.start.offset, finding.end.offset) }))
    : result.findings;
  return {
    ...base,
    kind,
    ...(readOnly && job.fix !== 'off' ? { readOnly: true } : {}),
    findings,
    contexts: findings.map((finding) => contextOf(text, finding.start.offset, finding.end.offset)),
    words: result.stats.words,
    fixesApplied,
    ...(patch === undefined ? {} : { patch }),
  };
}
