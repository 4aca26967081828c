/**
 * Word 97–2003 documents (`.doc`): the text of the main document (not its
 * headers, footers or notes) is read by word97.ts (cfb and word-extractor,
 * the same code in the CLI and the page), loaded only when a `.doc` is checked. Like `.docx`, a `.doc` is read-only and findings are
 * located by paragraph number.
 */
import { InputError } from './input-error.ts';

/**
 * Extracts the body text of a Word 97–2003 document: one paragraph per block, separated by blank lines.
 * @throws InputError when the bytes are not a Word document Plain IG can read
 */
export async function extractDocText(bytes: Uint8Array): Promise<string> {
  const { readWord97Body } = await import('./word97.ts');
  let body: string;
  try {
    body = await readWord97Body(bytes);
  } catch {
    throw new InputError('is not a Word 97–2003 document Plain IG can read (it may be damaged or password-protected)');
  }
  return body
    .split(/\r?\n/)
    .map((line) => line.replace(/[\t ]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n');
}
