/**
 * word-extractor for the browser build: it needs Node's file and zip modules,
 * so the page does not read Word 97–2003 (.doc) files; `plain-ig check` does.
 */
export default class WordExtractor {
  /** @throws always, with the reason shown to the writer */
  extract(): Promise<never> {
    return Promise.reject(new Error('Word 97–2003 (.doc) files are read by plain-ig check; in Word, save it as .docx to check it here'));
  }
}
