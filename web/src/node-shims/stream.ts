/**
 * Node's `stream` for the reader worker's build. word-extractor's own OLE
 * reader streams its parts through `Readable`; the page reads `.doc` files
 * with cfb instead (server/src/sources/word97.ts), so that reader is bundled but
 * never called. This stands in for `Readable` and says so if it ever is.
 */
export class Readable {
  constructor() {
    throw new Error('streams are not available in the browser page');
  }
}
