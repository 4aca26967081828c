// A real JSON-RPC client for the language server: starts dist/server.mjs over
// stdio (or node-ipc), keeps documents as an editor would, applies workspace
// edits, and lets tests wait on messages (never on fixed sleeps).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  CodeAction,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../server/src/core/types.ts';
import { findingOf as readFinding } from '../../server/src/lsp/diagnostics.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER = join(ROOT, 'dist/server.mjs');
const FIXTURE_DICTIONARIES = join(ROOT, 'test/lsp/fixtures/dictionaries');

let dictionaries: string | undefined;

/** A dictionaries folder with the small test dictionaries, the real schemas, and the real trust and leadership dictionaries (made once per test file). */
export function testDictionaries(): string {
  if (!dictionaries) {
    dictionaries = mkdtempSync(join(tmpdir(), 'plain-ig-lsp-dicts-'));
    cpSync(join(ROOT, 'dictionaries/schema'), join(dictionaries, 'schema'), { recursive: true });
    cpSync(FIXTURE_DICTIONARIES, dictionaries, { recursive: true });
    // The trust and leadership checks are tested with their real dictionaries, copied rather than kept twice.
    for (const name of ['trust.yml', 'leadership.yml']) cpSync(join(ROOT, 'dictionaries', name), join(dictionaries, name));
  }
  return dictionaries;
}

/** A fresh folder for a test workspace, with files written from a map of relative path → text. */
export function makeWorkspace(files: Record<string, string> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'plain-ig-lsp-ws-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

export const uriOf = (path: string): string => pathToFileURL(path).href;

/** Text used across the tests: one finding of each kind, each on its own line. */
export const SAMPLE = [
  '# Sharing policy',
  '',
  'We value interoperability between teams.',
  '',
  'Our data lake keeps records.',
  '',
  'The firewall protects us.',
  '',
  'Staff must not share records without consent.',
  '',
  'We report through the DSPT.',
  '',
  'The HSCIC said so.',
  '',
].join('\n');

export interface ClientOptions {
  /** Extra or replacement client capabilities (merged over {@link fullCapabilities}). */
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
  /** Workspace folder paths. */
  folders?: string[];
  /** The answer to each `workspace/configuration` item (default: null, as Neovim sends). */
  configuration?: (scopeUri: string | undefined, section: string | undefined) => unknown;
  /** `stdio` (default) or `ipc`. */
  transport?: 'stdio' | 'ipc';
  /** Command and arguments instead of `node dist/server.mjs --stdio`. */
  command?: { file: string; args: string[] };
  /** Extra environment variables for the server. */
  env?: Record<string, string>;
  /** Node options for the server process (for example --expose-gc). */
  execArgv?: string[];
}

/** Capabilities of a capable editor: pull diagnostics, resource operations, progress, showDocument. */
export function fullCapabilities(): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      applyEdit: true,
      workspaceFolders: true,
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      diagnostics: { refreshSupport: true },
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    },
    window: { workDoneProgress: true, showDocument: { support: true } },
  };
}

type Waiter = { test: () => boolean; resolve: () => void };

/** A `$/progress` notification. */
export interface ProgressParams {
  token: string | number;
  value: unknown;
}

/** A language client for tests. */
export class TestClient {
  readonly docs = new Map<string, TextDocument>();
  /** Every publishDiagnostics notification, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Every `$/progress` notification. */
  readonly progress: ProgressParams[] = [];
  /** Every `window/showDocument` request. */
  readonly shown: string[] = [];
  /** Every `workspace/applyEdit` request. */
  readonly applied: ApplyWorkspaceEditParams[] = [];
  /** Registrations the server asked for (method names). */
  readonly registrations: string[] = [];
  /** Problems on the wire (anything not JSON-RPC on stdout shows up here). */
  readonly wireErrors: string[] = [];
  stderr = '';
  configuration: NonNullable<ClientOptions['configuration']>;
  initializeResult!: InitializeResult;
  private waiters: Waiter[] = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    options: ClientOptions,
  ) {
    this.configuration = options.configuration ?? (() => null);
    this.exited = new Promise((resolveExit) => process.once('exit', (code) => resolveExit(code)));
    process.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
    connection.onError(([error]) => this.wireErrors.push(error.message));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.wake();
    });
    connection.onNotification('$/progress', (params: ProgressParams) => {
      this.progress.push(params);
      this.wake();
    });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) =>
      params.items.map((item) => this.configuration(item.scopeUri, item.section)),
    );
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string }> }) => {
      this.registrations.push(...params.registrations.map((registration) => registration.method));
      this.wake();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('window/showDocument', (params: { uri: string }) => {
      this.shown.push(params.uri);
      this.wake();
      return { success: true };
    });
    connection.onRequest('workspace/applyEdit', (params: ApplyWorkspaceEditParams) => {
      this.applied.push(params);
      this.applyWorkspaceEdit(params.edit);
      this.wake();
      return { applied: true };
    });
  }

  /** Starts the server and completes `initialize`/`initialized`. */
  static async start(options: ClientOptions = {}): Promise<TestClient> {
    const env = { ...process.env, PLAIN_IG_DICTIONARIES: testDictionaries(), ...options.env };
    let child: ChildProcess;
    let connection: MessageConnection;
    if (options.transport === 'ipc') {
      child = fork(SERVER, ['--node-ipc'], { env, stdio: ['pipe', 'pipe', 'pipe', 'ipc'], execArgv: options.execArgv ?? [] });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      const command = options.command ?? { file: process.execPath, args: [...(options.execArgv ?? []), SERVER, '--stdio'] };
      child = spawn(command.file, command.args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new TestClient(child, connection, options);
    connection.listen();
    const capabilities = { ...fullCapabilities(), ...options.capabilities };
    const folders = options.folders ?? [];
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders.length > 0 ? folders.map((folder, i) => ({ uri: uriOf(folder), name: `folder${i}` })) : null,
      capabilities,
      initializationOptions: { debounceMs: 20, ...options.initializationOptions },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const still: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (waiter.test()) waiter.resolve();
      else still.push(waiter);
    }
    this.waiters = still;
  }

  /** Waits until `test` is true, re-testing after every message; fails after `timeoutMs` with `what`. */
  waitFor(test: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolveWait, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== entry);
        reject(new Error(`Timed out waiting for ${what}. stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      const entry: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolveWait();
        },
      };
      this.waiters.push(entry);
    });
  }

  /** The latest diagnostics published for a URI, if any. */
  latest(uri: string): PublishDiagnosticsParams | undefined {
    for (let i = this.published.length - 1; i >= 0; i--) if (this.published[i]!.uri === uri) return this.published[i];
    return undefined;
  }

  /**
   * Waits for a publishDiagnostics for `uri` after index `since` (default: any),
   * matching `test` (default: the document's current version).
   */
  async diagnostics(uri: string, test?: (params: PublishDiagnosticsParams) => boolean, since = 0): Promise<PublishDiagnosticsParams> {
    const doc = this.docs.get(uri);
    const check = test ?? ((params: PublishDiagnosticsParams) => params.version === doc?.version);
    let found: PublishDiagnosticsParams | undefined;
    await this.waitFor(() => {
      for (let i = this.published.length - 1; i >= since; i--) {
        const params = this.published[i]!;
        if (params.uri === uri && check(params)) {
          found = params;
          return true;
        }
      }
      return false;
    }, `diagnostics for ${uri}${doc ? ` version ${doc.version}` : ''}`);
    return found!;
  }

  /** Opens a document (`didOpen`) and waits for its first diagnostics unless `wait` is false. */
  async open(uri: string, text: string, languageId = 'markdown', wait = true): Promise<Diagnostic[]> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    const since = this.published.length;
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    if (!wait) return [];
    return (await this.diagnostics(uri, (params) => params.version === 1, since)).diagnostics;
  }

  /** Sends incremental changes (each applied in turn, as LSP says) and bumps the version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    this.docs.set(uri, TextDocument.update(doc, changes, version));
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Replaces `[start, end)` (offsets in the current text) with `text`, as one incremental change. */
  async edit(uri: string, start: number, end: number, text: string): Promise<number> {
    const doc = this.docs.get(uri)!;
    return this.change(uri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text }]);
  }

  /** Changes a document and waits for the diagnostics of the new version. */
  async editAndWait(uri: string, start: number, end: number, text: string): Promise<Diagnostic[]> {
    const since = this.published.length;
    const version = await this.edit(uri, start, end, text);
    return (await this.diagnostics(uri, (params) => params.version === version, since)).diagnostics;
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Code actions for a range (default: the diagnostic's range, with that diagnostic in the context). */
  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  /** Applies a workspace edit as an editor would: open documents change (sending didChange); other files change on disk. */
  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    const perUri: Array<[string, TextEdit[]]> = [];
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) perUri.push([uri, edits]);
    for (const change of edit.documentChanges ?? []) {
      if ('kind' in change) {
        if (change.kind === 'create') {
          const path = fileURLToPath(change.uri);
          if (!existsSync(path) || !change.options?.ignoreIfExists) writeFileSync(path, '');
        }
        continue;
      }
      perUri.push([change.textDocument.uri, change.edits as TextEdit[]]);
    }
    for (const [uri, edits] of perUri) {
      const doc = this.docs.get(uri);
      if (doc) {
        // Send the edits bottom-up so each range is still right when it is applied.
        const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
        void this.change(uri, sorted.map((textEdit) => ({ range: textEdit.range, text: textEdit.newText })));
      } else {
        const path = fileURLToPath(uri);
        const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
        const after = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, before), edits);
        writeFileSync(path, after);
      }
    }
  }

  /** The text after applying a code action's edit to a copy of the document (nothing is sent). */
  preview(uri: string, action: CodeAction): string {
    const doc = this.docs.get(uri)!;
    const edits = [
      ...(action.edit?.changes?.[uri] ?? []),
      ...(action.edit?.documentChanges ?? []).flatMap((change) => ('textDocument' in change && change.textDocument.uri === uri ? (change.edits as TextEdit[]) : [])),
    ];
    return TextDocument.applyEdits(doc, edits);
  }

  /** Tells the server a watched file changed. */
  async fileChanged(path: string, type: 1 | 2 | 3 = 2): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type }] });
  }

  /** shutdown + exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const code = await Promise.race([this.exited, new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
    if (code === null && this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
    return code;
  }
}

/** The finding a diagnostic stands for (rebuilt from it and its `data` by the server's own reader). */
export const findingOf = (diagnostic: Diagnostic): Finding => {
  const finding = readFinding(diagnostic);
  if (!finding) throw new Error(`diagnostic ${String(diagnostic.code)} carries no finding`);
  return finding;
};

/** The diagnostic with this code (`check/ruleId`). */
export function byCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.find((diagnostic) => diagnostic.code === code);
  if (!found) throw new Error(`no diagnostic ${code} among ${diagnostics.map((d) => d.code).join(', ')}`);
  return found;
}

/** Codes of a list of diagnostics. */
export const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((diagnostic) => String(diagnostic.code));
