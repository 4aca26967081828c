/** The part of word-extractor (which ships no types) that doc.ts uses. */
declare module 'word-extractor' {
  interface WordDocument {
    /** The main text, paragraphs ending in newlines. */
    getBody(): string;
  }
  export default class WordExtractor {
    /** Reads a .doc (or .docx) file from its bytes or its path. */
    extract(source: Buffer | string): Promise<WordDocument>;
  }
}
