/**
 * Checking open documents: one core `DocumentChecker` per open document, the
 * latest result of each (tagged with the document version it was made from),
 * and the rules for documents that cannot be checked (too big, binary, or a
 * check that throws). Results from an older version are never published.
 */
import { isAbsolute, relative } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_FILE_BYTES } from '../sources/files.ts';
import { DictionaryError, dictionariesDir } from '../core/dictionaries.ts';
import { DocumentChecker } from '../engine/check-text.ts';
import type { DocumentFormat, Finding, Settings } from '../core/types.ts';
import { diagnosticsFor, documentNotice } from './diagnostics.ts';

/** Longest document the server checks, in UTF-16 code units (the CLI's 5 MB file limit). */
export const MAX_DOCUMENT_LENGTH = MAX_FILE_BYTES;

/** The result of checking one version of a document. */
export interface CheckOutcome {
  /** The document version the result was made from. */
  version: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
  /** Changes whenever the result may differ (new version or new settings): the pull-diagnostics result id. */
  resultId: string;
  /** The settings generation the result was made with. */
  generation: number;
}

/**
 * Why a text cannot be checked, as one plain sentence, or undefined when it can.
 * @param text the document's text
 */
export function whySkipped(text: string): string | undefined {
  if (text.length > MAX_DOCUMENT_LENGTH) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return `Plain IG skipped this document: it is ${mb} MB, over the ${MAX_DOCUMENT_LENGTH / 1024 / 1024} MB limit. Split it into smaller documents to check it.`;
  }
  if (text.slice(0, 8000).includes('\u0000')) return 'Plain IG skipped this document: it looks like a binary file, not text.';
  return undefined;
}

/** True when `file` is `folder` or lies inside it. */
function isInside(file: string, folder: string): boolean {
  const rest = relative(folder, file);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/** The diagnostic for a check that failed, in plain words. */
export function failureNotice(error: unknown): Diagnostic {
  if (error instanceof DictionaryError) {
    const reason = /ENOENT/.test(error.reason) ? 'there is no such file' : error.reason.replace(/[.\s]+$/, '');
    const where = error.line ? ` (line ${error.line})` : '';
    // Plain IG's own dictionaries (a file in the bundled folder, or one named, not a path: "risk dictionary")
    // are nothing the user added: say so, rather than ask them to fix a file they never wrote.
    const named = !/[/\\]/.test(error.file);
    const bundled = named || isInside(error.file, dictionariesDir());
    return documentNotice(
      'dictionary-error',
      bundled
        ? `Plain IG could not check this document: its own ${named ? error.file : `dictionary ${error.file}`}${where} cannot be used: ${reason}. Reinstalling Plain IG should mend it; please report this if it does not.`
        : `Plain IG could not check this document: the extra dictionary ${error.file}${where} cannot be used: ${reason}. Fix the dictionary or remove it from the settings; other documents are still checked.`,
      DiagnosticSeverity.Error,
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return documentNotice(
    'internal-error',
    `Plain IG could not check this document because of a problem in Plain IG itself (${reason}). Other documents are still checked. Please report this, with the document if you can.`,
    DiagnosticSeverity.Error,
  );
}

/** Open documents' checkers and latest results. */
export class DocumentResults {
  private readonly checkers = new Map<string, DocumentChecker>();
  private readonly results = new Map<string, CheckOutcome>();
  private nextResultId = 1;
  /** Bumped whenever settings change: older results are stale for pull diagnostics. */
  generation = 0;

  /**
   * Checks one version of a document now and keeps the result.
   * Never throws: a failing check becomes one diagnostic saying so.
   */
  check(document: TextDocument, format: DocumentFormat, settings: Settings): CheckOutcome {
    const text = document.getText();
    let findings: Finding[] = [];
    let diagnostics: Diagnostic[];
    const skipped = whySkipped(text);
    if (skipped) {
      diagnostics = [documentNotice('skipped', skipped, DiagnosticSeverity.Information)];
    } else {
      try {
        let checker = this.checkers.get(document.uri);
        if (!checker || checker.format !== format) {
          checker?.dispose();
          checker = new DocumentChecker(format);
          this.checkers.set(document.uri, checker);
        }
        findings = checker.check(text, settings).findings;
        diagnostics = diagnosticsFor(findings, this.results.get(document.uri)?.findings ?? []);
      } catch (error) {
        findings = [];
        diagnostics = [failureNotice(error)];
      }
    }
    const outcome: CheckOutcome = { version: document.version, findings, diagnostics, resultId: String(this.nextResultId++), generation: this.generation };
    this.results.set(document.uri, outcome);
    return outcome;
  }

  /** The latest result, if it was made from `version` with the current settings. */
  fresh(uri: string, version: number): CheckOutcome | undefined {
    const outcome = this.results.get(uri);
    return outcome && outcome.version === version && outcome.generation === this.generation ? outcome : undefined;
  }

  /** The latest result whatever its version (hovers on a document being edited). */
  latest(uri: string): CheckOutcome | undefined {
    return this.results.get(uri);
  }

  /** Frees a closed document's checker and result. */
  close(uri: string): void {
    this.checkers.get(uri)?.dispose();
    this.checkers.delete(uri);
    this.results.delete(uri);
  }

  /** Sizes, for the soak test. */
  sizes(): { checkers: number; results: number } {
    return { checkers: this.checkers.size, results: this.results.size };
  }
}
