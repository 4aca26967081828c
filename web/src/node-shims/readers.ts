/**
 * unpdf, mammoth and the PDF and `.doc` readers for the checking worker's
 * build: the checking worker never reads files (reader-worker.ts does, with
 * the real libraries), but the report's module can reach the readers, so they
 * are replaced here to keep PDF.js, cfb and word-extractor out of the checking
 * worker.
 */
function unavailable(): never {
  throw new Error('files are read by the reader worker, not the checking worker');
}
export const getDocumentProxy = unavailable;
export const extractTextItems = unavailable;
export default { extractRawText: unavailable };
export const extractPdfText = unavailable;
export const extractDocText = unavailable;
