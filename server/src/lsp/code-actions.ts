/**
 * Code actions, built generically from the finding each diagnostic carries in
 * `data` (its `expected`, `fixKind` and `safe`): no check runs again here.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { quote } from '../core/check-api.ts';
import { applyFixes, safeEdits } from '../core/fixes.ts';
import type { DocumentFormat, Finding } from '../core/types.ts';
import { findingOf, ruleCode } from './diagnostics.ts';
import { suggestedParagraphActions } from './suggested-paragraph.ts';
import { COMMANDS } from '../core/shared.ts';

/** The kind of the fix-all source action. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.plain-ig`;


/** What building code actions needs from the server. */
export interface CodeActionContext {
  document: TextDocument;
  format: DocumentFormat;
  /**
   * The edit that adds a value to the workspace allow list, or a command that
   * does it, or undefined when there is no workspace folder or its config file
   * cannot be edited.
   */
  allowList(value: string): { edit: WorkspaceEdit } | { command: Command } | undefined;
  /** The document's current findings, for fix-all (checked now if the last result is stale). */
  currentFindings(): Finding[];
}

const MAX_TITLE_TEXT = 60;

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_TITLE_TEXT) return flat;
  const cut = flat.slice(0, MAX_TITLE_TEXT);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TITLE_TEXT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

/** The edits that apply every safe fix in the document, without overlaps (one function backs fix-all everywhere). */
export function fixAllEdits(document: TextDocument, findings: readonly Finding[]): TextEdit[] {
  const { applied } = applyFixes(document.getText(), safeEdits(findings));
  return applied.map((edit) => ({
    range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) },
    newText: edit.newText,
  }));
}

/** Where "Ignore this in this file" puts its control comment: the top, after any front matter. */
export function ignoreCommentEdit(document: TextDocument, finding: Finding): TextEdit {
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const frontMatter = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  const at = document.positionAt(frontMatter ? frontMatter[0].length : 0);
  const needsBreak = frontMatter !== null && !/\n$/.test(frontMatter[0]);
  return { range: { start: at, end: at }, newText: `${needsBreak ? eol : ''}<!-- plain-ig disable ${ruleCode(finding)} -->${eol}` };
}

/** The value "Add to the allow list" adds: the words for word-level findings, the rule id for risk wording and document-level findings. */
export function allowValueFor(finding: Finding): string {
  return finding.check === 'risk' || finding.check === 'leadership' ? ruleCode(finding) : finding.actual.replace(/\s+/g, ' ').trim();
}

/** True when the diagnostic's range still holds the words the finding was about. */
function stillMatches(document: TextDocument, diagnostic: Diagnostic, finding: Finding): boolean {
  return document.getText(diagnostic.range) === finding.actual;
}

function textEditAction(title: string, document: TextDocument, diagnostic: Diagnostic, newText: string, isPreferred: boolean): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText }] } },
  };
}

/** The quick fixes for one diagnostic, best first. */
function actionsForDiagnostic(diagnostic: Diagnostic, finding: Finding, context: CodeActionContext): CodeAction[] {
  const { document } = context;
  const actions: CodeAction[] = [];
  if (stillMatches(document, diagnostic, finding)) {
    const actual = quote(short(finding.actual));
    switch (finding.fixKind) {
      case 'replace':
      case 'expand': {
        const preferred = finding.safe && finding.expected.length === 1;
        if (finding.expected.length === 0) {
          actions.push(textEditAction(`Remove ${actual}`, document, diagnostic, '', finding.safe));
        }
        for (const alternative of finding.expected) {
          actions.push(textEditAction(`Replace ${actual} with ${quote(short(alternative))}`, document, diagnostic, alternative, preferred));
        }
        break;
      }
      case 'explain': {
        const explained = finding.expected[0];
        if (explained !== undefined) actions.push(textEditAction(`Explain ${actual} on first use`, document, diagnostic, explained, finding.safe));
        break;
      }
      case 'reframe': {
        // A suggestion for a person to read and adapt: never preferred, never in fix-all.
        for (const wording of finding.expected) {
          actions.push(textEditAction(`Use suggested wording: ${quote(short(wording))}`, document, diagnostic, wording, false));
        }
        break;
      }
      case 'insert':
        actions.push(...suggestedParagraphActions(diagnostic, finding, document, context.format));
        break;
      case 'none':
        break;
    }
  }
  const value = allowValueFor(finding);
  const allow = context.allowList(value);
  if (allow) {
    actions.push({ title: `Add ${quote(short(value))} to the workspace allow list`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], ...allow });
  }
  if (context.format === 'markdown') {
    actions.push({
      title: finding.check === 'risk' ? 'Ignore this wording check in this file' : `Ignore ${quote(short(finding.actual))} in this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: { changes: { [document.uri]: [ignoreCommentEdit(document, finding)] } },
    });
  }
  actions.push({
    title: 'Show documentation for this rule',
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: 'Show documentation for this rule', command: COMMANDS.showRuleDocumentation, arguments: [finding.url] },
  });
  return actions;
}

/** The fix-all action, or undefined when there is nothing safe to fix. */
export function fixAllAction(kind: string, context: CodeActionContext): CodeAction | undefined {
  const edits = fixAllEdits(context.document, context.currentFindings());
  if (edits.length === 0) return undefined;
  return {
    title: edits.length === 1 ? 'Fix the 1 safe problem in this file' : `Fix all ${edits.length} safe problems in this file`,
    kind,
    edit: { changes: { [context.document.uri]: edits } },
  };
}

/** Every code action for a `textDocument/codeAction` request. */
export function codeActionsFor(params: CodeActionParams, context: CodeActionContext): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    let safeInRange = 0;
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(diagnostic);
      if (!finding) continue;
      if (finding.safe && finding.fixKind !== 'reframe') safeInRange++;
      actions.push(...actionsForDiagnostic(diagnostic, finding, context));
    }
    // In the light bulb too, once there is anything to fix here.
    if (safeInRange > 0 && !only) {
      const all = fixAllAction(CodeActionKind.QuickFix, context);
      if (all && (all.edit?.changes?.[context.document.uri]?.length ?? 0) > 1) actions.push(all);
    }
  }
  if (only && wants(only, FIX_ALL_KIND)) {
    const all = fixAllAction(FIX_ALL_KIND, context);
    if (all) actions.push(all);
  }
  return actions;
}
