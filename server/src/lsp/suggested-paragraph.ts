/**
 * The "Insert a suggested paragraph" code action for what a policy leaves out
 * (leadership findings, `fixKind: 'insert'`). The paragraph goes at the end of
 * the section it fits best (see `paragraphInsertion`), never over the heading
 * the finding sits on. It is a suggestion with [placeholders]: never
 * preferred, never part of fix-all or `--fix`.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { paragraphInsertion } from '../checks/leadership.ts';
import { quote } from '../core/check-api.ts';
import { dictionariesWith } from '../core/dictionaries.ts';
import { documentModel } from '../core/document.ts';
import type { DocumentFormat, Finding } from '../core/types.ts';

const TITLE_WORDS = 8;

/** The first few words of a paragraph, for the action's title. */
function opening(paragraph: string): string {
  const words = paragraph.split(/\s+/);
  return words.length <= TITLE_WORDS ? paragraph : `${words.slice(0, TITLE_WORDS).join(' ')}…`;
}

/**
 * The code action that inserts a leadership finding's suggested paragraph, or
 * none when the finding has no paragraph or its element is unknown.
 * @param extraDictionaries the resolved `dictionaries` setting, so a replaced element places its own paragraph
 */
export function suggestedParagraphActions(diagnostic: Diagnostic, finding: Finding, document: TextDocument, format: DocumentFormat, extraDictionaries: readonly string[] = []): CodeAction[] {
  const paragraph = finding.expected[0];
  if (finding.fixKind !== 'insert' || paragraph === undefined) return [];
  const element = dictionariesWith(extraDictionaries).leadership.entries.find((entry) => entry.id === finding.ruleId);
  if (!element) return [];
  const text = document.getText();
  const { sections } = documentModel(text, format);
  const insertion = paragraphInsertion(text, sections, { ...element, paragraph });
  const at = document.positionAt(insertion.offset);
  const where = insertion.after ? ` after ${quote(insertion.after.replace(/^#+\s*/, '').trim())}` : ' at the end';
  return [
    {
      title: `Insert a suggested paragraph${where}: ${quote(opening(paragraph))}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: false,
      edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: insertion.newText }] } },
    },
  ];
}
