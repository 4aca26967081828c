/**
 * Checking every Markdown, text, Word and PDF file in the workspace folders
 * (Word and PDF findings sit on the first line, named by page and paragraph,
 * with no fixes: those files are read-only), honouring
 * `.gitignore` files and a `.plain-ig-ignore` (same syntax) at the folder
 * root. Files are checked one at a time with a turn of the event loop between
 * them, so the server keeps answering while it works, and the check stops
 * between files when it is cancelled.
 */
import { existsSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver';
import { formatOf, InputError, readFileBytes, readTextFile } from '../sources/files.ts';
import { filesIn } from '../sources/inputs.ts';
import { extractReadOnly, readOnlyKindOfPath, type ExtractedDocument } from '../sources/read-only-documents.ts';
import { checkText } from '../engine/check-text.ts';
import type { Finding, Settings } from '../core/types.ts';
import { documentNotice, toDiagnostic } from './diagnostics.ts';
import { failureNotice } from './validation.ts';

/** What the workspace check needs from the server. */
export interface WorkspaceCheckHooks {
  /** Settings for a file. */
  settingsFor(uri: string): Promise<Settings>;
  /** True when the file is open in the editor (open documents are checked as they change, so they are left alone). */
  isOpen(uri: string): boolean;
  /** Shows a file's diagnostics. */
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** Reports progress: files done out of total. */
  progress(done: number, total: number, file: string): void;
  /** True once the user has cancelled. */
  isCancelled(): boolean;
  /** File path → URI. */
  uriOf(path: string): string;
}

/** What a workspace check did. */
export interface WorkspaceCheckSummary {
  files: number;
  checked: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The files of one workspace folder that are not ignored, sorted: the CLI's
 * walker ({@link filesIn}), so `plain-ig check` and the workspace check agree.
 * @param folder the folder's path
 */
export async function workspaceFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  return filesIn(folder).sort();
}

/**
 * A finding in a Word or PDF file: on the first line (offsets in the extracted
 * text mean nothing in the file), named by page and paragraph with a quote,
 * and without the finding data that quick fixes are built from.
 */
function readOnlyDiagnostic(finding: Finding, document: ExtractedDocument): Diagnostic {
  const { data: _data, ...diagnostic } = toDiagnostic(finding);
  const where = document.locate(finding.start.offset, finding.end.offset);
  const place = `${where.page === undefined ? 'Paragraph' : `Page ${where.page}, paragraph`} ${where.paragraph}`;
  return { ...diagnostic, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: `${place} (“${where.quote}”): ${finding.message}` };
}

/**
 * Checks every file in the folders that is not open, publishing its diagnostics.
 * @returns counts, and whether the check was cancelled part way
 */
export async function checkWorkspace(folders: readonly string[], hooks: WorkspaceCheckHooks): Promise<WorkspaceCheckSummary> {
  const files: string[] = [];
  for (const folder of folders) for (const file of await workspaceFiles(folder)) files.push(file);
  const summary: WorkspaceCheckSummary = { files: files.length, checked: 0, findings: 0, skipped: 0, cancelled: false };
  for (let i = 0; i < files.length; i++) {
    if (hooks.isCancelled()) {
      summary.cancelled = true;
      break;
    }
    const file = files[i]!;
    const uri = hooks.uriOf(file);
    hooks.progress(i, files.length, file);
    if (hooks.isOpen(uri)) {
      summary.checked++;
      continue;
    }
    let text: string;
    let document: ExtractedDocument | undefined;
    try {
      const readOnly = readOnlyKindOfPath(file);
      document = readOnly ? await extractReadOnly(readOnly, readFileBytes(file)) : undefined;
      text = document ? document.text : readTextFile(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      hooks.publish(uri, [documentNotice('skipped', `Plain IG did not check this file: it ${error.message}.`)]);
      summary.skipped++;
      continue;
    }
    try {
      const settings = await hooks.settingsFor(uri);
      const { findings } = checkText(text, { format: formatOf(file) ?? 'plaintext', settings });
      hooks.publish(uri, findings.map((finding) => (document ? readOnlyDiagnostic(finding, document) : toDiagnostic(finding))));
      summary.findings += findings.length;
      summary.checked++;
    } catch (error) {
      hooks.publish(uri, [failureNotice(error)]);
      summary.skipped++;
    }
    await nextTurn();
  }
  if (!summary.cancelled) hooks.progress(files.length, files.length, '');
  return summary;
}
