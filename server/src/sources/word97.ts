/**
 * The body text of a Word 97–2003 (`.doc`) file, read the same way by the CLI
 * (Node) and the browser page: the OLE compound file is opened with SheetJS's
 * `cfb` (plain JavaScript, no file system), and the Word part (the piece table,
 * deleted revisions, fields, Word's control characters) is word-extractor's
 * own `WordOleExtractor`. Only word-extractor's OLE reader, which needs Node's
 * files and streams, is left out.
 */
import { Buffer } from 'buffer';
import CFB from 'cfb';
import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';

/** The container cfb read, handed to WordOleExtractor in place of its own OLE document. */
type Container = ReturnType<typeof CFB.read>;

/** WordOleExtractor reading its streams from cfb's container, as whole buffers. */
class CompoundFileWordExtractor extends WordOleExtractor<Container, Buffer> {
  override documentStream(container: Container, name: string): Promise<Buffer> {
    const entry = CFB.find(container, name);
    if (!entry?.content) return Promise.reject(new Error(`no ${name} stream`));
    return Promise.resolve(Buffer.from(entry.content as Uint8Array));
  }

  override streamBuffer(stream: Buffer): Promise<Buffer> {
    return Promise.resolve(stream);
  }
}

/**
 * The main text of a Word 97–2003 document as word-extractor's `getBody()`
 * gives it: paragraphs end in newlines, fields show their results, curly
 * quotes and dashes are made plain.
 * @throws Error when the bytes are not a Word 97–2003 document (the caller says so to the user)
 */
export async function readWord97Body(bytes: Uint8Array): Promise<string> {
  const container = CFB.read(bytes, { type: 'array' });
  const extractor = new CompoundFileWordExtractor();
  const word = await extractor.documentStream(container, 'WordDocument');
  const document = await extractor.extractWordDocument(container, word);
  return document.getBody();
}
