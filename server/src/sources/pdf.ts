/**
 * PDF files: the text is read with unpdf (PDF.js built to run without a
 * worker, in Node and in the browser; loaded only when a PDF is checked) and
 * laid out as paragraphs by pdf-layout.ts. A PDF is read-only, like a Word
 * document: findings are located by page and paragraph.
 */
import { InputError } from './input-error.ts';
import { layoutPdfText, type PageBox, type PdfText, type PdfTextItem } from './pdf-layout.ts';

/** Fewer visible characters than this per page means the PDF has no text layer (a scan). */
export const SCANNED_CHARS_PER_PAGE = 5;

/** The one line shown for a PDF with no text to read. */
export const SCANNED_PDF_MESSAGE =
  'has no text to read: it looks like a scanned image. Check the original Word file instead, or run the PDF through text recognition (OCR) first';

/**
 * Extracts the text of a PDF as paragraphs, with where each page starts.
 * @throws InputError when the bytes are not a PDF that can be read, or the PDF has no text (a scan)
 */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocumentProxy, extractTextItems } = await import('unpdf');
  let pages: PdfTextItem[][];
  let boxes: PageBox[] = [];
  try {
    // PDF.js takes ownership of the buffer it is given: pass a copy.
    const document = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
    try {
      pages = (await extractTextItems(document)).items;
      // A one-page PDF's header and footer are told by where they sit on the page (pdf-layout.ts).
      if (pages.length === 1) boxes = [await document.getPage(1).then(({ view }) => ({ bottom: view[1]!, top: view[3]! }))];
    } finally {
      await document.destroy();
    }
  } catch (error) {
    const name = (error as Error | undefined)?.name;
    if (name === 'PasswordException') throw new InputError('is a password-protected PDF; remove the password and try again');
    throw new InputError('is not a PDF Plain IG can read (it may be damaged)');
  }
  const visible = pages.reduce((sum, items) => sum + items.reduce((n, item) => n + item.str.replace(/\s/g, '').length, 0), 0);
  if (visible < Math.max(1, pages.length) * SCANNED_CHARS_PER_PAGE) throw new InputError(SCANNED_PDF_MESSAGE);
  return layoutPdfText(pages, boxes);
}
