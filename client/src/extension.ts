/**
 * Plain IG for VS Code: a thin client. It starts the bundled language server, wires the
 * status item and the commands, and leaves all checking to the server.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient, type Middleware } from 'vscode-languageclient/node';
import { openConfigFile } from './config-file.ts';
import { createLanguageClient, DOCUMENT_SELECTOR } from './language-client.ts';
import { RestartPolicy } from './restart-policy.ts';
import { DIAGNOSTIC_SOURCE, StatusItem } from './status.ts';
import { COMMANDS } from '../../server/src/core/shared.ts';

let client: LanguageClient | undefined;

/** The link to the rule behind the Plain IG finding under the cursor, if there is one. */
function ruleUrlAtCursor(editor: vscode.TextEditor): string | undefined {
  const position = editor.selection.active;
  const here = vscode.languages
    .getDiagnostics(editor.document.uri)
    .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && diagnostic.range.contains(position));
  return here[0]?.code && typeof here[0].code === 'object' ? here[0].code.target.toString() : undefined;
}

/**
 * Server commands run from the command palette arrive without arguments: give them the
 * active document, or the finding under the cursor, and say plainly what happened.
 */
const middleware: Middleware = {
  async executeCommand(command, args, next) {
    if (command === COMMANDS.checkWorkspace) {
      const summary = (await next(command, args)) as { checked?: number; findings?: number; cancelled?: boolean } | undefined;
      if (summary && typeof summary.checked === 'number' && !summary.cancelled) {
        void vscode.window.showInformationMessage(
          `Plain IG checked ${summary.checked} ${summary.checked === 1 ? 'document' : 'documents'} and found ${summary.findings ?? 0} things to look at. They are listed in the Problems panel.`,
        );
      }
      return summary;
    }
    if (args.length > 0 || (command !== COMMANDS.fixAll && command !== COMMANDS.showRuleDocumentation)) {
      return next(command, args);
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor || vscode.languages.match(DOCUMENT_SELECTOR as vscode.DocumentSelector, editor.document) === 0) {
      void vscode.window.showInformationMessage('Plain IG: open a Markdown or text document first, then run this command again.');
      return undefined;
    }
    if (command === COMMANDS.showRuleDocumentation) {
      const url = ruleUrlAtCursor(editor);
      if (!url) {
        void vscode.window.showInformationMessage('Plain IG: put the cursor on an underlined word first, then run this command again.');
        return undefined;
      }
      return next(command, [url]);
    }
    const result = (await next(command, [editor.document.uri.toString()])) as { applied?: number } | undefined;
    if (result?.applied === 0) {
      void vscode.window.showInformationMessage(
        'Plain IG found nothing it can fix safely here. The other findings need a person to decide: hover over them to see why.',
      );
    }
    return result;
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

  const start = async (): Promise<void> => {
    try {
      if (languageClient.isRunning()) await languageClient.restart();
      else await languageClient.start();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      output.error(`Plain IG: the checker could not start (${reason}).`);
      status.setState('crashed');
      void vscode.window
        .showErrorMessage('Plain IG could not start its checker, so documents are not being checked. The log says why.', 'Show log')
        .then((choice) => choice && output.show(true));
    }
  };

  context.subscriptions.push(
    output,
    status,
    languageClient.onDidChangeState(({ newState }) => status.setState(newState)),
    vscode.commands.registerCommand('plain-ig.restartServer', async () => {
      policy.reset();
      output.info('Plain IG: restarting the checker.');
      status.setState(State.Starting);
      await start();
    }),
    vscode.commands.registerCommand('plain-ig.openConfigFile', openConfigFile),
    vscode.commands.registerCommand('plain-ig.showOutput', () => output.show(true)),
    // Trust changes what the server may read (extra dictionaries), and it is told at start.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      output.info('Plain IG: the workspace is now trusted; restarting the checker so it can use the workspace dictionaries.');
      void start();
    }),
  );

  await start();
}

/** Stops the language server when VS Code closes or the extension is turned off. */
export async function deactivate(): Promise<void> {
  if (client?.isRunning()) await client.stop();
  client = undefined;
}
