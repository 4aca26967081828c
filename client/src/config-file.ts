/**
 * The "Open the config file" command: opens the `.plain-ig.yml` that applies to the
 * active document, or creates a commented starter file in the workspace folder.
 */
import * as vscode from 'vscode';
import { CONFIG_NAMES } from '../../server/src/core/shared.ts';
import { STARTER_CONFIG } from './starter-config.ts';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds the nearest config file for `documentUri` inside its workspace folder.
 * @returns the file, or undefined when there is none
 */
async function findConfigFile(folder: vscode.WorkspaceFolder, documentUri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const root = folder.uri.path.replace(/\/$/, '');
  let dir = documentUri && documentUri.scheme === folder.uri.scheme && documentUri.path.startsWith(`${root}/`)
    ? documentUri.path.slice(0, documentUri.path.lastIndexOf('/'))
    : root;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = folder.uri.with({ path: `${dir}/${name}` });
      if (await exists(candidate)) return candidate;
    }
    if (dir === root || !dir.startsWith(root)) return undefined;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
}

/** Opens the config file for the active document, creating a starter file when there is none. */
export async function openConfigFile(): Promise<void> {
  const documentUri = vscode.window.activeTextEditor?.document.uri;
  const folder = (documentUri && vscode.workspace.getWorkspaceFolder(documentUri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showInformationMessage(
      'Plain IG: open a folder first. The config file (.plain-ig.yml) lives in the folder with your policies.',
    );
    return;
  }
  let file = await findConfigFile(folder, documentUri);
  if (!file) {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showInformationMessage(
        'Plain IG: this folder is in Restricted Mode, so no config file was created. Trust the folder to create one.',
      );
      return;
    }
    file = vscode.Uri.joinPath(folder.uri, CONFIG_NAMES[0]);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(STARTER_CONFIG));
  }
  await vscode.window.showTextDocument(file);
}
