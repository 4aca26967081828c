/**
 * Word (`.docx`, `.doc`) and PDF files: read-only inputs whose text is
 * extracted and checked as plain text. Line numbers mean nothing there, so
 * each finding is located by paragraph (and page, for a PDF) with a quote of
 * its sentence. The file's first bytes decide how it is read, so an old
 * `.doc` renamed `.docx` is still read. Safe fixes are never written back.
 */
import { ParagraphIndex } from './docx.ts';
import { InputError } from './input-error.ts';
import { pageAt } from './pdf-layout.ts';

/** The kinds of read-only document Plain IG reads. */
export type ReadOnlyKind = 'docx' | 'doc' | 'pdf';

/** File extensions of read-only documents. */
export const READ_ONLY_EXTENSIONS: Readonly<Record<string, ReadOnlyKind>> = { '.docx': 'docx', '.doc': 'doc', '.pdf': 'pdf' };

/** How each kind is named to the user. */
export const KIND_NAMES: Readonly<Record<ReadOnlyKind, string>> = { docx: 'Word document', doc: 'Word 97–2003 document', pdf: 'PDF' };

/** Where a finding sits in a read-only document. */
export interface DocumentLocation {
  /** 1-based, counting the paragraphs that have text. */
  paragraph: number;
  /** PDF only: the 1-based page. */
  page?: number;
  /** The sentence around the finding, shortened. */
  quote: string;
}

/** The text of a read-only document and a way to locate offsets in it. */
export interface ExtractedDocument {
  kind: ReadOnlyKind;
  text: string;
  /** Where [start, end) of `text` sits in the original document. */
  locate(start: number, end?: number): DocumentLocation;
  /** PDF only: the offset in `text` where each page starts (index 0 is page 1). */
  pageStarts?: number[];
}

/** The read-only kind a path's extension names, if any. */
export function readOnlyKindOfPath(path: string): ReadOnlyKind | undefined {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : READ_ONLY_EXTENSIONS[path.slice(dot).toLowerCase()];
}

/** The kind the bytes really are (a `.doc` renamed `.docx` is a `doc`), falling back to the extension's kind. */
export function sniffKind(bytes: Uint8Array, fallback: ReadOnlyKind): ReadOnlyKind {
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf'; // %PDF
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc'; // OLE compound file
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx'; // zip
  return fallback;
}

/**
 * Runs a reader. In the built CLI the PDF and .doc readers are a bundle of
 * their own (dist/readers.mjs) with their own copy of InputError; their
 * errors are turned into this module's, so `instanceof InputError` holds.
 */
async function asOurs<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof Error && error.name === 'InputError' && !(error instanceof InputError)) throw new InputError(error.message);
    throw error;
  }
}

/**
 * Extracts the text of a Word or PDF document.
 * @param kind what the file's extension says it is (the bytes have the last word)
 * @throws InputError with a one-line reason when it cannot be read
 */
export async function extractReadOnly(kind: ReadOnlyKind, bytes: Uint8Array): Promise<ExtractedDocument> {
  const real = sniffKind(bytes, kind);
  if (real === 'pdf') {
    const { extractPdfText } = await import('./pdf.ts');
    const pdf = await asOurs(() => extractPdfText(bytes));
    const paragraphs = new ParagraphIndex(pdf.text);
    return {
      kind: real,
      text: pdf.text,
      locate: (start, end = start) => ({ ...paragraphs.locate(start, end), page: pageAt(pdf.pageStarts, start) }),
      pageStarts: pdf.pageStarts,
    };
  }
  let text: string;
  if (real === 'doc') {
    const { extractDocText } = await import('./doc.ts');
    text = await asOurs(() => extractDocText(bytes));
  } else {
    const { extractDocxText } = await import('./docx.ts');
    text = await extractDocxText(bytes);
  }
  const paragraphs = new ParagraphIndex(text);
  return { kind: real, text, locate: (start, end = start) => paragraphs.locate(start, end) };
}
