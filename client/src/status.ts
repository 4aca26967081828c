/**
 * The one status bar item: the number of findings in the active document, and the
 * checker's state when it is not running. Counts come from VS Code's diagnostics
 * (source "plain-ig"), so the server needs no extra messages.
 */
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS } from '../../server/src/core/shared.ts';

/** The diagnostic `source` the server sets on every finding. */
export const DIAGNOSTIC_SOURCE = 'plain-ig';

/** Counts of findings in one document, by how serious they are. */
export interface FindingCounts {
  total: number;
  errors: number;
  warnings: number;
  other: number;
}

/** Counts the Plain IG diagnostics in a list of diagnostics. */
export function countFindings(diagnostics: readonly vscode.Diagnostic[]): FindingCounts {
  const counts: FindingCounts = { total: 0, errors: 0, warnings: 0, other: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
    counts.total += 1;
    if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors += 1;
    else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings += 1;
    else counts.other += 1;
  }
  return counts;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Describes the counts in a plain sentence, e.g. "3 findings: 1 warning, 2 suggestions". */
export function describeCounts(counts: FindingCounts): string {
  if (counts.total === 0) return 'No findings in this document';
  const parts: string[] = [];
  if (counts.errors) parts.push(plural(counts.errors, 'error', 'errors'));
  if (counts.warnings) parts.push(plural(counts.warnings, 'warning', 'warnings'));
  if (counts.other) parts.push(plural(counts.other, 'suggestion', 'suggestions'));
  return `${plural(counts.total, 'finding', 'findings')} in this document: ${parts.join(', ')}`;
}

/** The status bar item, updated from diagnostics, the active editor and the client's state. */
export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscriptions: vscode.Disposable[] = [];
  private state: State | 'crashed' = State.Starting;

  constructor(private readonly selector: vscode.DocumentSelector) {
    this.item = vscode.window.createStatusBarItem('plain-ig.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Plain IG';
    this.item.command = CLIENT_COMMANDS.showOutput;
    this.subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** Sets the checker's state: starting, running, stopped, or crashed (stopped for good). */
  setState(state: State | 'crashed'): void {
    this.state = state;
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const relevant = document !== undefined && vscode.languages.match(this.selector, document) > 0;
    const item = this.item;
    item.backgroundColor = undefined;
    if (this.state === State.Starting) {
      item.text = '$(sync~spin) Plain IG';
      item.tooltip = 'Plain IG is starting its checker.';
    } else if (this.state === 'crashed' || this.state === State.Stopped) {
      item.text = '$(error) Plain IG: stopped';
      item.tooltip =
        this.state === 'crashed'
          ? 'Plain IG’s checker stopped several times, so it was not restarted. Click to see the log, or run “Plain IG: Restart the checker”.'
          : 'Plain IG’s checker is not running. Click to see the log, or run “Plain IG: Restart the checker”.';
      item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    } else if (!relevant) {
      item.hide();
      return;
    } else {
      const counts = countFindings(vscode.languages.getDiagnostics(document.uri));
      const icon = counts.total === 0 ? '$(check)' : counts.errors > 0 ? '$(error)' : '$(warning)';
      item.text = `${icon} Plain IG: ${counts.total}`;
      item.tooltip = `${describeCounts(counts)}. Click to see the Plain IG log.`;
      item.accessibilityInformation = { label: `Plain IG: ${describeCounts(counts)}` };
      item.show();
      return;
    }
    item.accessibilityInformation = { label: String(item.tooltip) };
    item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
