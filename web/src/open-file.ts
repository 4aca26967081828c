/**
 * Reading a file the writer opened or dropped into text: Word (.docx and
 * Word 97–2003 .doc, told apart by their first bytes) and PDF with the CLI's
 * own readers (server/src/sources/read-only-documents.ts), Markdown
 * and text decoded as the CLI decodes them. Word and PDF text comes with the
 * paragraph (and page) starts, so findings can name them.
 */
import { decodeText, formatOf, InputError } from '../../server/src/sources/files.ts';
import { extractReadOnly, readOnlyKindOfPath } from '../../server/src/sources/read-only-documents.ts';
import type { Anchors, OpenReply } from './protocol.ts';

/** Where each paragraph with text starts (paragraphs are separated by blank lines, as ParagraphIndex counts them). */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  for (let start = 0; ; ) {
    const next = text.indexOf('\n\n', start);
    const end = next < 0 ? text.length : next;
    if (text.slice(start, end).trim() !== '') starts.push(start);
    if (next < 0) return starts;
    start = next + 2;
  }
}

/**
 * Reads one file.
 * @throws InputError with a one-line reason when it cannot be read here
 */
export async function openFile(name: string, bytes: Uint8Array): Promise<Omit<OpenReply, 'type' | 'id'>> {
  const kind = readOnlyKindOfPath(name);
  if (kind) {
    const document = await extractReadOnly(kind, bytes);
    const anchors: Anchors = { paragraphs: paragraphStarts(document.text) };
    if (document.pageStarts) anchors.pages = document.pageStarts;
    return { name, kind: document.kind, format: 'plaintext', text: document.text, anchors };
  }
  const format = formatOf(name);
  if (!format) throw new InputError('is not a kind of file Plain IG reads here (use .docx, .doc, .pdf, .md or .txt)');
  return { name, kind: format, format, text: decodeText(bytes) };
}


/** The reply to an open request: the text, or the one-line reason it could not be read. */
export async function openReply(id: number, name: string, bytes: ArrayBuffer): Promise<OpenReply> {
  try {
    return { type: 'opened', id, ...(await openFile(name, new Uint8Array(bytes))) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { type: 'opened', id, name, kind: 'plaintext', format: 'plaintext', text: '', error: `${name} ${error.message}` };
  }
}
