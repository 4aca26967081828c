/** What a client passes the server: `initializationOptions` and command arguments. */

/**
 * Options a client may pass in `initializationOptions`.
 */
export interface InitializationOptions {
  /** Pause after the last keystroke before checking, in milliseconds. Default: 200. */
  debounceMs?: number;
  /**
   * `push` (default): diagnostics are pushed to every client, and pulled too
   * where the client supports it. `pull`: only pulled, for clients (such as
   * VS Code) that would otherwise show each problem twice; ignored when the
   * client cannot pull.
   */
  diagnosticMode?: 'push' | 'pull';
  /** `plainIg` settings for clients that cannot answer `workspace/configuration`. */
  settings?: unknown;
  /** False in VS Code's Restricted Mode: extra dictionaries named by the workspace are not read. Default: true. */
  workspaceTrusted?: boolean;
}

/** Reads `initializationOptions`, keeping only well-formed values. */
export function readOptions(raw: unknown): InitializationOptions {
  if (typeof raw !== 'object' || raw === null) return {};
  const input = raw as Record<string, unknown>;
  const out: InitializationOptions = {};
  if (typeof input['debounceMs'] === 'number' && input['debounceMs'] >= 0) out.debounceMs = input['debounceMs'];
  if (input['diagnosticMode'] === 'pull' || input['diagnosticMode'] === 'push') out.diagnosticMode = input['diagnosticMode'];
  if (input['settings'] !== undefined) out.settings = input['settings'];
  if (typeof input['workspaceTrusted'] === 'boolean') out.workspaceTrusted = input['workspaceTrusted'];
  return out;
}

/** The document URI a command was given: a string, or an object with a `uri`. */
export function uriArgument(args: unknown[] | undefined): string | undefined {
  const first = args?.[0];
  if (typeof first === 'string') return first;
  if (typeof first === 'object' && first !== null && typeof (first as { uri?: unknown }).uri === 'string') return (first as { uri: string }).uri;
  return undefined;
}
