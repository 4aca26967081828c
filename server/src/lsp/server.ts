/**
 * The Plain IG language server: translates between LSP and the core, nothing
 * more. Documents are checked by the core (`DocumentChecker`), scheduled by
 * {@link Scheduler}, and their findings turned into diagnostics, code actions
 * and hovers by the small modules next to this one.
 *
 * Transports: `--stdio` or `--node-ipc` on the command line (the library reads
 * `process.argv`). Nothing but the protocol is ever written to stdout.
 */
import { basename } from 'node:path';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type ClientCapabilities,
  type Connection,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { COMMANDS, CONFIG_NAMES, IGNORE_FILE, SETTINGS_SECTION, WATCHED_FILES } from '../core/shared.ts';
import { blockCacheSize } from '../core/run.ts';
import type { Finding } from '../core/types.ts';
import { allowListChange } from './allow-list.ts';
import { configDiagnostics } from './config-diagnostics.ts';
import { readOptions, type InitializationOptions } from './options.ts';
import { codeActionsFor, FIX_ALL_KIND } from './code-actions.ts';
import { handleCommands } from './commands.ts';
import { SOURCE } from './diagnostics.ts';
import { hoverFor } from './hover.ts';
import { DEFAULT_DEBOUNCE_MS, Scheduler } from './scheduler.ts';
import type { RunMode } from './settings-schema.ts';
import { SettingsStore, type DocumentSettings } from './settings.ts';
import { stdioConnection } from './stdio.ts';
import { DocumentResults, type CheckOutcome } from './validation.ts';
import { workspaceFiles } from './workspace-check.ts';
import { formatOfDocument, pathOf, uriOf, WorkspaceFolders } from './workspace.ts';

/** What `plain-ig/stats` returns (used by the soak test and for troubleshooting). */
export interface ServerStats {
  memory: NodeJS.MemoryUsage;
  documents: number;
  checkers: number;
  results: number;
  settingsCached: number;
  blockCache: number;
  pending: number;
  checks: number;
}

/** The custom request that returns {@link ServerStats}. */
export const STATS_REQUEST = 'plain-ig/stats';


const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

/** True when the command line names a transport the server can use. */
export function hasTransportArgument(argv: readonly string[] = process.argv.slice(2)): boolean {
  return firstTransport(argv) !== undefined;
}

/** The transport the library takes from the command line: the first one named. */
function firstTransport(argv: readonly string[]): string | undefined {
  for (const arg of argv) {
    const name = TRANSPORTS.find((transport) => arg === transport || arg.startsWith(`${transport}=`));
    if (name) return name;
  }
  return undefined;
}

/**
 * Starts the language server on the transport named on the command line
 * (`--stdio` or `--node-ipc`), or on the connection given (tests, embedding).
 * Without either, it explains how to start it on stderr and sets exit code 2.
 * @returns the connection, listening, or undefined when there is no transport
 */
export function startServer(given?: Connection): Connection | undefined {
  if (!given && !hasTransportArgument()) {
    process.stderr.write('plain-ig: start the language server with --stdio or --node-ipc (your editor does this for you).\n');
    process.exitCode = 2;
    return undefined;
  }
  const connection = given ?? (firstTransport(process.argv.slice(2)) === '--stdio' ? stdioConnection() : createConnection(ProposedFeatures.all));
  const documents = new TextDocuments(TextDocument);
  const folders = new WorkspaceFolders();
  const results = new DocumentResults();
  const runModes = new Map<string, RunMode>();
  const configPublished = new Map<string, string>();
  /** Closed files the workspace check published diagnostics for. */
  const workspacePublished = new Set<string>();
  let capabilities: ClientCapabilities = {};
  let options: InitializationOptions = {};
  let editorSettingsFallback: unknown = undefined;
  let pushDiagnostics = true;
  let canPull = false;
  let checks = 0;

  const settings = new SettingsStore({
    editorSettings: async (uri) => {
      if (capabilities.workspace?.configuration) {
        return connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      }
      return editorSettingsFallback;
    },
    folderFor: (uri) => folders.folderFor(uri),
    onConfig: (report) => {
      const diagnostics = configDiagnostics(report);
      const key = JSON.stringify(diagnostics);
      if (configPublished.get(report.file) === key) return;
      configPublished.set(report.file, key);
      void connection.sendDiagnostics({ uri: uriOf(report.file), diagnostics });
    },
    onEditorProblem: (problem) => connection.console.warn(`Plain IG setting ignored: ${problem.message}`),
    trusted: () => options.workspaceTrusted !== false,
  });

  /** Checks one open document now and publishes the result (the scheduler's work). */
  const validate = async (uri: string): Promise<CheckOutcome | undefined> => {
    const before = documents.get(uri);
    if (!before) return undefined;
    const format = formatOfDocument(before.languageId, uri);
    if (!format) return undefined;
    // If the settings change while they are being fetched, fetch them again: a result is never tagged with newer settings than it used.
    let generation: number;
    let documentSettings: DocumentSettings;
    do {
      generation = results.generation;
      documentSettings = await settings.settingsFor(uri);
    } while (generation !== results.generation);
    runModes.set(uri, documentSettings.run);
    // Settings came over the wire: take the text as it is now, and tag the result with its version.
    const document = documents.get(uri);
    if (!document) return undefined;
    const outcome = results.check(document, format, documentSettings.settings);
    checks++;
    if (pushDiagnostics && documents.get(uri)?.version === outcome.version) {
      void connection.sendDiagnostics({ uri, version: outcome.version, diagnostics: outcome.diagnostics });
    }
    return outcome;
  };
  const work = async (uri: string): Promise<void> => {
    await validate(uri);
  };
  let scheduler = new Scheduler(work, DEFAULT_DEBOUNCE_MS);

  /** The result for the document's current version, checking now if the last one is stale. */
  const freshOutcome = async (uri: string): Promise<CheckOutcome | undefined> => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const fresh = results.fresh(uri, document.version);
    if (fresh) return fresh;
    scheduler.cancel(uri);
    await validate(uri);
    const now = documents.get(uri);
    return now ? results.fresh(uri, now.version) : undefined;
  };

  const recheckAll = (): void => {
    settings.clear();
    results.generation++;
    for (const document of documents.all()) scheduler.now(document.uri);
    if (canPull && capabilities.workspace?.diagnostics?.refreshSupport) void connection.languages.diagnostics.refresh();
  };

  const canCreateFiles = (): boolean =>
    Boolean(capabilities.workspace?.workspaceEdit?.documentChanges && capabilities.workspace.workspaceEdit.resourceOperations?.includes('create'));

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    options = readOptions(params.initializationOptions);
    editorSettingsFallback = options.settings;
    if (params.workspaceFolders) folders.set(params.workspaceFolders);
    else if (params.rootUri) folders.set([{ uri: params.rootUri, name: basename(pathOf(params.rootUri) ?? 'workspace') }]);
    canPull = Boolean(capabilities.textDocument?.diagnostic);
    pushDiagnostics = !(canPull && options.diagnosticMode === 'pull');
    if (options.debounceMs !== undefined) scheduler = new Scheduler(work, options.debounceMs);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: capabilities.textDocument?.codeAction?.codeActionLiteralSupport
          ? { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false }
          : true,
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        ...(canPull ? { diagnosticProvider: { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'plain-ig', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_FILES }] });
    }
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders.remove(event.removed);
        folders.add(event.added);
        recheckAll();
      });
    }
  });

  documents.onDidOpen(({ document }) => {
    if (!formatOfDocument(document.languageId, document.uri)) return;
    // In pull mode the editor pulls this document's diagnostics now: drop what the workspace check pushed, or it shows twice.
    if (!pushDiagnostics && workspacePublished.delete(document.uri)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    else workspacePublished.delete(document.uri);
    scheduler.now(document.uri);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!formatOfDocument(document.languageId, document.uri)) return;
    // Opening fires this too; the open has already queued a check.
    if (scheduler.isPending(document.uri) && !results.latest(document.uri)) return;
    if ((runModes.get(document.uri) ?? 'onType') === 'onType') scheduler.later(document.uri);
  });
  documents.onDidSave(({ document }) => {
    if (formatOfDocument(document.languageId, document.uri)) scheduler.now(document.uri);
  });
  documents.onDidClose(({ document }) => {
    scheduler.cancel(document.uri);
    results.close(document.uri);
    settings.forget(document.uri);
    runModes.delete(document.uri);
    if (pushDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((params) => {
    if (!capabilities.workspace?.configuration) {
      const section = (params.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
      editorSettingsFallback = section ?? editorSettingsFallback;
    }
    recheckAll();
  });

  /** After an ignore file changed: clears what the workspace check published for files now left out. */
  const dropIgnoredWorkspaceDiagnostics = async (): Promise<void> => {
    const kept = new Set<string>();
    for (const folder of folders.paths()) for (const file of await workspaceFiles(folder)) kept.add(uriOf(file));
    for (const uri of workspacePublished) {
      if (kept.has(uri)) continue;
      workspacePublished.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  };

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => basename(pathOf(change.uri) ?? change.uri) === IGNORE_FILE)) void dropIgnoredWorkspaceDiagnostics();
    const names = new Set<string>([...CONFIG_NAMES]);
    const configChanged = params.changes.filter((change) => names.has(basename(pathOf(change.uri) ?? change.uri)));
    if (configChanged.length === 0) return;
    for (const change of configChanged) {
      const file = pathOf(change.uri);
      if (file && configPublished.has(file)) {
        configPublished.delete(file);
        void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
      }
    }
    recheckAll();
  });

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    const document = documents.get(uri);
    if (!document || !formatOfDocument(document.languageId, uri)) return { kind: 'full', items: [] };
    const outcome = await freshOutcome(uri);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    if (!outcome) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was being checked.', { retriggerRequest: true });
    if (params.previousResultId === outcome.resultId) return { kind: 'unchanged', resultId: outcome.resultId };
    return { kind: 'full', resultId: outcome.resultId, items: outcome.diagnostics };
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    const outcome = results.latest(params.textDocument.uri);
    if (!document || !outcome || outcome.version !== document.version) return null;
    return hoverFor(outcome.findings, document.offsetAt(params.position));
  });

  const allowListFor = (uri: string, value: string) => {
    const folder = folders.folderFor(uri);
    if (!folder) return undefined;
    const change = allowListChange(folder, value);
    if (change.kind === 'already' || change.kind === 'unusable') return undefined;
    if (change.kind === 'create' && !canCreateFiles()) {
      return { command: { title: 'Add to the workspace allow list', command: COMMANDS.addToAllowList, arguments: [uri, value] } };
    }
    return { edit: change.edit };
  };

  connection.onCodeAction(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const format = formatOfDocument(document.languageId, document.uri);
    if (!format) return [];
    let findings: Finding[] = results.fresh(document.uri, document.version)?.findings ?? [];
    const wantsFixAll = params.context.only?.some((kind) => FIX_ALL_KIND.startsWith(kind)) ?? false;
    if (wantsFixAll || params.context.diagnostics.some((diagnostic) => diagnostic.source === SOURCE)) {
      findings = (await freshOutcome(document.uri))?.findings ?? [];
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
    const current = documents.get(document.uri);
    if (!current) return [];
    return codeActionsFor(params, { document: current, format, allowList: (value) => allowListFor(current.uri, value), currentFindings: () => findings });
  });

  handleCommands({ connection, documents, folders, settings, workspacePublished, capabilities: () => capabilities, freshOutcome, recheckAll, canCreateFiles });

  connection.onRequest(STATS_REQUEST, (params: { gc?: boolean } | undefined): ServerStats => {
    // With node --expose-gc, `{gc: true}` collects garbage first so heap numbers compare.
    const gc = (globalThis as { gc?: () => void }).gc;
    if (params?.gc && gc) gc();
    const sizes = results.sizes();
    return {
      memory: process.memoryUsage(),
      documents: documents.all().length,
      checkers: sizes.checkers,
      results: sizes.results,
      settingsCached: settings.size,
      blockCache: blockCacheSize(),
      pending: scheduler.pending,
      checks,
    };
  });

  connection.onShutdown(() => {
    for (const document of documents.all()) scheduler.cancel(document.uri);
  });

  process.on('uncaughtException', (error) => connection.console.error(`Plain IG: unexpected error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`Plain IG: unexpected error: ${String(reason)}`));

  documents.listen(connection);
  connection.listen();
  return connection;
}
