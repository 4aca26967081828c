/**
 * Plain IG for VS Code: a thin client. It starts the bundled language server, wires the
 * status item and the commands, and leaves all checking to the server.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { openConfigFile } from './config-file.ts';
import { createLanguageClient, DOCUMENT_SELECTOR } from './language-client.ts';
import { RestartPolicy } from './restart-policy.ts';
import { StatusItem } from './status.ts';

/** Server commands that act on one document: from the palette they get the active one. */
const DOCUMENT_COMMANDS = new Set(['plain-ig.fixAll', 'plain-ig.showRuleDocumentation']);

let client: LanguageClient | undefined;

/**
 * Server commands run from the command palette arrive without arguments: give them the
 * active document (and, for rule documentation, the finding under the cursor).
 */
const middleware: Middleware = {
  executeCommand(command, args, next) {
    if (args.length === 0 && DOCUMENT_COMMANDS.has(command)) {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage('Plain IG: open a policy first, then run this command again.');
        return undefined;
      }
      args = [editor.document.uri.toString(), editor.document.version, editor.selection.active.line, editor.selection.active.character];
    }
    return next(command, args);
  },
};

/** Starts Plain IG: the language server, the status item and the commands. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Plain IG', { log: true });
  const status = new StatusItem(DOCUMENT_SELECTOR as vscode.DocumentSelector);
  const policy = new RestartPolicy();
  const serverModule = context.asAbsolutePath('dist/server.mjs');
  const languageClient = createLanguageClient(serverModule, output, policy, () => status.setState('crashed'), middleware);
  client = languageClient;

  context.subscriptions.push(
    output,
    status,
    languageClient.onDidChangeState(({ newState }) => status.setState(newState)),
    vscode.commands.registerCommand('plain-ig.restartServer', async () => {
      policy.reset();
      output.info('Plain IG: restarting the checker.');
      status.setState(State.Starting);
      try {
        if (languageClient.isRunning()) await languageClient.restart();
        else await languageClient.start();
      } catch (error) {
        reportStartFailure(output, error);
      }
    }),
    vscode.commands.registerCommand('plain-ig.openConfigFile', openConfigFile),
    vscode.commands.registerCommand('plain-ig.showOutput', () => output.show(true)),
  );

  try {
    await languageClient.start();
  } catch (error) {
    reportStartFailure(output, error);
  }
}

function reportStartFailure(output: vscode.LogOutputChannel, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  output.error(`Plain IG: the checker could not start (${reason}).`);
  void vscode.window.showErrorMessage(
    'Plain IG could not start its checker, so documents are not being checked. The log says why.',
    'Show log',
  ).then((choice) => {
    if (choice) output.show(true);
  });
}

/** Stops the language server when VS Code closes or the extension is turned off. */
export async function deactivate(): Promise<void> {
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
