/**
 * Creates the language client: how to start the bundled server (dist/server.mjs over
 * stdio), which documents it checks, which files it watches, and what happens when
 * it stops unexpectedly.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type CloseHandlerResult,
  type DocumentSelector,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { RestartPolicy } from './restart-policy.ts';
import { CLIENT_COMMANDS, SETTINGS_SECTION, WATCHED_FILES } from '../../server/src/core/shared.ts';


/** Markdown and plain text, saved on disk or untitled. Virtual file systems are not supported. */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
];


/** Called when the server has stopped for good after crashing too often. */
export type GaveUpListener = () => void;

function restartingErrorHandler(output: vscode.LogOutputChannel, policy: RestartPolicy, onGaveUp: GaveUpListener): ErrorHandler {
  return {
    error(error, _message, count): ErrorHandlerResult {
      output.warn(`Plain IG: a message to the checker failed (${error.message}).`);
      return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed(): CloseHandlerResult {
      if (policy.shouldRestart(Date.now())) {
        output.info('Plain IG: the checker stopped unexpectedly; restarting it.');
        return { action: CloseAction.Restart, handled: true };
      }
      onGaveUp();
      const message =
        'Plain IG’s checker stopped several times in a few minutes, so it has not been restarted. ' +
        'The log may say why. You can restart it from the command palette: “Plain IG: Restart the checker”.';
      output.error(message);
      void vscode.window.showErrorMessage(message, 'Show log', 'Restart').then((choice) => {
        if (choice === 'Show log') output.show(true);
        if (choice === 'Restart') void vscode.commands.executeCommand(CLIENT_COMMANDS.restartServer);
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

/**
 * Builds (does not start) the language client for the bundled server.
 * @param serverModule absolute path of dist/server.mjs
 */
export function createLanguageClient(
  serverModule: string,
  output: vscode.LogOutputChannel,
  policy: RestartPolicy,
  onGaveUp: GaveUpListener,
  middleware: LanguageClientOptions['middleware'],
): LanguageClient {
  // stdio, not Node IPC: over stdio the server writes each diagnostics answer from the JSON it kept for the
  // diagnostics it sent before (lsp/stdio.ts), where over IPC Node serialises the whole answer again on every edit
  // (bench/transport.ts, 200 edits of a 20,000-word policy: the server's CPU time per edit p50 0.90×).
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED_FILES),
    },
    // Pull diagnostics only: VS Code supports pulling, and pushing as well would show each finding twice.
    initializationOptions: () => ({ diagnosticMode: 'pull', workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel: output,
    traceOutputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: restartingErrorHandler(output, policy, onGaveUp),
    ...(middleware ? { middleware } : {}),
  };
  return new LanguageClient('plain-ig', 'Plain IG', serverOptions, clientOptions);
}
