/**
 * The commands the server handles (`workspace/executeCommand`): fix all safe
 * findings in a document, explain a rule, add words to the allow list, and
 * check the whole workspace.
 */
import { writeFileSync } from 'node:fs';
import {
  LSPErrorCodes,
  ResponseError,
  type ClientCapabilities,
  type Connection,
  type TextDocuments,
  type WorkDoneProgressReporter,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMANDS } from '../core/shared.ts';
import { allowListChange } from './allow-list.ts';
import { fixAllEdits } from './code-actions.ts';
import { uriArgument } from './options.ts';
import type { SettingsStore } from './settings.ts';
import type { CheckOutcome } from './validation.ts';
import { checkWorkspace } from './workspace-check.ts';
import { uriOf, type WorkspaceFolders } from './workspace.ts';

/** What the commands need from the server. */
export interface CommandContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: WorkspaceFolders;
  settings: SettingsStore;
  /** Closed files the workspace check published diagnostics for (filled here). */
  workspacePublished: Set<string>;
  /** The client's capabilities, once it has initialised. */
  capabilities(): ClientCapabilities;
  /** The result for a document's current version, checking now if the last one is stale. */
  freshOutcome(uri: string): Promise<CheckOutcome | undefined>;
  /** Re-checks every open document (after the allow list changed on disk). */
  recheckAll(): void;
  /** True when the client can create files through a workspace edit. */
  canCreateFiles(): boolean;
}

/** Answers `workspace/executeCommand` on the context's connection. */
export function handleCommands(context: CommandContext): void {
  const { connection, documents, folders, settings, workspacePublished, capabilities, freshOutcome, recheckAll, canCreateFiles } = context;

  const fixAll = async (uri: string): Promise<{ applied: number }> => {
    const document = documents.get(uri);
    if (!document) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Plain IG can only fix a document that is open in the editor.');
    const outcome = await freshOutcome(uri);
    const current = documents.get(uri);
    if (!outcome || !current) return { applied: 0 };
    const edits = fixAllEdits(current, outcome.findings);
    if (edits.length === 0) return { applied: 0 };
    const edit = capabilities().workspace?.workspaceEdit?.documentChanges
      ? { documentChanges: [{ textDocument: { uri, version: current.version }, edits }] }
      : { changes: { [uri]: edits } };
    const result = await connection.workspace.applyEdit({ label: 'Plain IG: fix all safe problems', edit });
    return { applied: result.applied ? edits.length : 0 };
  };

  const addToAllowList = async (uri: string, value: string): Promise<{ file: string; added: boolean }> => {
    const folder = folders.folderFor(uri);
    if (!folder) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Open a folder first: the allow list lives in the folder’s .plain-ig.yml.');
    const change = allowListChange(folder, value);
    if (change.kind === 'already') return { file: change.file, added: false };
    if (change.kind === 'unusable') throw new ResponseError(LSPErrorCodes.RequestFailed, `Plain IG cannot add to the allow list: ${change.reason}.`);
    if (capabilities().workspace?.applyEdit && (change.kind === 'edit' || canCreateFiles())) {
      const result = await connection.workspace.applyEdit({ label: 'Plain IG: add to the allow list', edit: change.edit });
      return { file: change.file, added: result.applied };
    }
    // The client cannot create files through an edit: write the file ourselves.
    writeFileSync(change.file, change.newText);
    recheckAll();
    return { file: change.file, added: true };
  };

  const runWorkspaceCheck = async (
    token: { isCancellationRequested: boolean },
    attached: WorkDoneProgressReporter,
    hasToken: boolean,
  ): Promise<unknown> => {
    let progress: WorkDoneProgressReporter | WorkDoneProgressServerReporter = attached;
    if (!hasToken && capabilities().window?.workDoneProgress) progress = await connection.window.createWorkDoneProgress();
    const progressToken = 'token' in progress ? progress.token : undefined;
    progress.begin('Plain IG: checking the workspace', 0, 'Finding Markdown and text files…', true);
    let lastPercent = -1;
    try {
      const summary = await checkWorkspace(folders.paths(), {
        settingsFor: async (uri) => {
          const found = (await settings.settingsFor(uri)).settings;
          // Closed files are not kept in the cache: a big workspace would fill it.
          if (!documents.get(uri)) settings.forget(uri);
          return found;
        },
        isOpen: (uri) => documents.get(uri) !== undefined,
        publish: (uri, diagnostics) => {
          workspacePublished.add(uri);
          void connection.sendDiagnostics({ uri, diagnostics });
        },
        progress: (done, total) => {
          const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
          if (percent === lastPercent) return;
          lastPercent = percent;
          progress.report(percent, `${done} of ${total} files`);
        },
        isCancelled: () => token.isCancellationRequested || Boolean(progressToken?.isCancellationRequested),
        uriOf,
      });
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The workspace check was cancelled.');
      return summary;
    } finally {
      progress.done();
    }
  };

  connection.onExecuteCommand(async (params, token, workDone) => {
    switch (params.command) {
      case COMMANDS.fixAll: {
        const uri = uriArgument(params.arguments);
        if (!uri) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Tell Plain IG which document to fix.');
        return fixAll(uri);
      }
      case COMMANDS.showRuleDocumentation: {
        const first = params.arguments?.[0];
        const url = typeof first === 'string' ? first : uriArgument(params.arguments) ?? (first as { url?: string } | undefined)?.url;
        if (!url || !/^https?:\/\//.test(url)) throw new ResponseError(LSPErrorCodes.RequestFailed, 'Plain IG needs the address of the rule to show.');
        if (capabilities().window?.showDocument?.support) await connection.window.showDocument({ uri: url, external: true });
        return { url };
      }
      case COMMANDS.addToAllowList: {
        const uri = uriArgument(params.arguments);
        const value = params.arguments?.[1];
        if (!uri || typeof value !== 'string' || value.trim() === '') {
          throw new ResponseError(LSPErrorCodes.RequestFailed, 'Tell Plain IG the document and the words to allow.');
        }
        return addToAllowList(uri, value.trim());
      }
      case COMMANDS.checkWorkspace:
        return runWorkspaceCheck(token, workDone, params.workDoneToken !== undefined);
      default:
        throw new ResponseError(LSPErrorCodes.RequestFailed, `Plain IG does not know the command "${params.command}".`);
    }
  });
}
