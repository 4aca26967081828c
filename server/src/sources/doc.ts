/**
 * Word 97–2003 documents (`.doc`): the text of the main document (not its
 * headers, footers or notes) is read with word-extractor, loaded only when a
 * `.doc` is checked. Like `.docx`, a `.doc` is read-only and findings are
 * located by paragraph number.
 */
import { InputError } from './input-error.ts';

/**
 * Extracts the body text of a Word 97–2003 document: one paragraph per block, separated by blank lines.
 * @throws InputError when the bytes are not a Word document word-extractor can read
 */
export async function extractDocText(bytes: Uint8Array): Promise<string> {
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody();
  } catch {
    throw new InputError('is not a Word 97–2003 document Plain IG can read (it may be damaged or password-protected)');
  }
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(/[\t ]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}
