/**
 * Bundle entry of the PDF and Word 97–2003 readers (dist/readers.mjs). PDF.js
 * is larger than the rest of Plain IG together, so the build keeps these
 * readers out of the CLI and server bundles, which load this one only when a
 * PDF or .doc file is read (see scripts/build.mjs).
 */
export { extractPdfText } from './pdf.ts';
export { extractDocText } from './doc.ts';
