/** The parts of word-extractor (which ships no types) that doc.ts and word97.ts use. */
declare module 'word-extractor/lib/document.js' {
  /** The text of a Word document, by part. */
  export default interface WordDocument {
    /** The main text, paragraphs ending in newlines. */
    getBody(): string;
  }
}

declare module 'word-extractor/lib/word-ole-extractor.js' {
  import type WordDocument from 'word-extractor/lib/document.js';
  /**
   * Reads a Word 97–2003 document from its OLE container. `Container` is what
   * `documentStream` is given; `Stream` what it returns and `streamBuffer` reads.
   */
  export default class WordOleExtractor<Container, Stream> {
    /** One named stream of the container. */
    documentStream(container: Container, name: string): Promise<Stream>;
    /** The whole content of a stream. */
    streamBuffer(stream: Stream): Promise<import('buffer').Buffer>;
    /** The document, given the container and the bytes of its WordDocument stream. */
    extractWordDocument(container: Container, word: import('buffer').Buffer): Promise<WordDocument>;
  }
}

declare module 'word-extractor' {
  import type WordDocument from 'word-extractor/lib/document.js';
  /** word-extractor's own entry point (the tests compare word97.ts with it). */
  export default class WordExtractor {
    /** Reads a .doc (or .docx) file from its bytes or its path. */
    extract(source: import('buffer').Buffer | string): Promise<WordDocument>;
  }
}
