/**
 * Workspace folders and URIs: which folder a document belongs to, and the
 * file path behind a `file:` URI. Untitled documents have no path.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extname, relative, isAbsolute } from 'node:path';
import type { WorkspaceFolder } from 'vscode-languageserver';
import type { DocumentFormat } from '../core/types.ts';
import { formatOf } from '../sources/files.ts';

/** The file path of a `file:` URI, or undefined for other schemes (untitled, remote). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path. */
export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * The format to check a document as, from its language id (Markdown or plain
 * text, including Neovim's `text`) or, failing that, its file extension.
 * @returns undefined when Plain IG does not check this kind of document
 */
export function formatOfDocument(languageId: string, uri: string): DocumentFormat | undefined {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext' || languageId === 'text') return 'plaintext';
  const path = pathOf(uri) ?? uri;
  return extname(path) ? formatOf(path) : undefined;
}

/** The workspace folders the client told us about (kept up to date on change). */
export class WorkspaceFolders {
  private folders: Array<{ uri: string; path: string; name: string }> = [];

  /** Replaces the list (from `initialize`). */
  set(folders: readonly WorkspaceFolder[]): void {
    this.folders = [];
    this.add(folders);
  }

  /** Adds folders (from `workspace/didChangeWorkspaceFolders`). */
  add(folders: readonly WorkspaceFolder[]): void {
    for (const folder of folders) {
      const path = pathOf(folder.uri);
      if (path && !this.folders.some((f) => f.uri === folder.uri)) this.folders.push({ uri: folder.uri, path, name: folder.name });
    }
  }

  /** Removes folders. */
  remove(folders: readonly WorkspaceFolder[]): void {
    const gone = new Set(folders.map((folder) => folder.uri));
    this.folders = this.folders.filter((folder) => !gone.has(folder.uri));
  }

  /** Every folder's path. */
  paths(): string[] {
    return this.folders.map((folder) => folder.path);
  }

  /**
   * The folder a document belongs to: the innermost folder holding its file,
   * or the first folder for untitled documents.
   */
  folderFor(uri: string): string | undefined {
    const path = pathOf(uri);
    if (!path) return this.folders[0]?.path;
    let best: string | undefined;
    for (const folder of this.folders) {
      const rel = relative(folder.path, path);
      if (rel && !rel.startsWith('..') && !isAbsolute(rel) && (!best || folder.path.length > best.length)) best = folder.path;
    }
    return best;
  }
}
