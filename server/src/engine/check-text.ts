/**
 * The core bound to the shipped checks: what the CLI, the language server, the
 * report, the browser page and the retext plugins call. The core itself
 * (`core/run.ts`) is given its checks and never imports them.
 */
import { CHECK_LIST } from '../checks/registry.ts';
import { DocumentChecker as CoreDocumentChecker } from '../core/document-checker.ts';
import { checkText as runChecks, type CheckOptions, type CheckResult } from '../core/run.ts';
import type { DocumentFormat } from '../core/types.ts';

/** What {@link checkText} needs besides the text: the format, the settings and, optionally, a chunk cache. */
export type EngineOptions = Omit<CheckOptions, 'checks'>;

/**
 * Checks one text with every shipped check (each as enabled in the settings).
 * @param text the document's full text, exactly as on disk or in the editor
 * @param options format and settings
 * @throws DictionaryError when an extra dictionary named in the settings is invalid
 */
export function checkText(text: string, options: EngineOptions): CheckResult {
  return runChecks(text, { ...options, checks: CHECK_LIST });
}

/** One open document re-checked cheaply after each edit, with every shipped check. */
export class DocumentChecker extends CoreDocumentChecker {
  /** @param format how to read the text */
  constructor(format: DocumentFormat) {
    super(format, CHECK_LIST);
  }
}
