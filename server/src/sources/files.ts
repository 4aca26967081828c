/**
 * Reading the files to check safely: a file that is binary, too large or not
 * UTF-8 is reported with a one-line reason instead of being checked. Word
 * and PDF documents are read by read-only-documents.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { DocumentFormat } from '../core/types.ts';
import { InputError } from './input-error.ts';
import { readOnlyKindOfPath } from './read-only-documents.ts';

/** Largest file Plain IG checks, in bytes (documented in the README). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** File extensions and their formats. */
export const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.txt': 'plaintext',
  '.text': 'plaintext',
};

/** The format of a path, or undefined when Plain IG does not check that kind of file. */
export function formatOf(path: string): DocumentFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

/** True for Word documents (`.docx`), which are read with mammoth. */
export function isDocx(path: string): boolean {
  return extname(path).toLowerCase() === '.docx';
}

/** True when a folder walk should pick up this file: Markdown, text, Word (.docx, .doc) or PDF. */
export function isCheckable(path: string): boolean {
  return formatOf(path) !== undefined || readOnlyKindOfPath(path) !== undefined;
}

export { InputError } from './input-error.ts';

/**
 * Decodes file bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * @throws InputError for binary content or invalid UTF-8
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8000);
  if (sample.includes(0)) throw new InputError('looks like a binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8 text (save it as UTF-8 and try again)');
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a file's bytes, refusing folders, missing files and files over {@link MAX_FILE_BYTES}.
 * @throws InputError with a one-line reason when it cannot be read
 */
export function readFileBytes(path: string): Buffer {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError('is a folder');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new InputError(`is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit; it was skipped`);
  }
  return readFileSync(path);
}

/**
 * Reads a text file for checking.
 * @throws InputError with a one-line reason when it cannot be checked
 */
export function readTextFile(path: string): string {
  return decodeText(readFileBytes(path));
}
