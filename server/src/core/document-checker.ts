/**
 * Checking one open document again and again as it changes (the language
 * server keeps one per document). Only blocks whose text changed are parsed
 * and checked again; the rest come from the block cache.
 */
import { checkText, type CheckResult } from './run.ts';
import type { DocumentFormat, Settings } from './types.ts';

/** Re-checks one document cheaply after each edit. */
export class DocumentChecker {
  constructor(readonly format: DocumentFormat) {}

  /**
   * Checks the document's current full text.
   * @param text the whole text after the edit
   * @param settings the settings for this document
   */
  check(text: string, settings: Settings): CheckResult {
    return checkText(text, { format: this.format, settings });
  }

  /** Frees what this document holds (call when it closes). */
  dispose(): void {}
}
