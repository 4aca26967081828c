/**
 * How the client is created and what it does when the server stops: the
 * options handed to the language client (documents, watched files, settings
 * section, pull diagnostics), and the error handler wired to the restart
 * policy — restart while the policy allows, then stop for good, tell the
 * writer once, and mark the status as crashed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => import('./fake-vscode.ts'));

const created: Array<{ id: string; name: string; server: unknown; options: Record<string, any> }> = [];
vi.mock('vscode-languageclient/node', () => ({
  CloseAction: { DoNotRestart: 1, Restart: 2 },
  ErrorAction: { Continue: 1, Shutdown: 2 },
  RevealOutputChannelOn: { Debug: 0, Info: 1, Warn: 2, Error: 3, Never: 4 },
  TransportKind: { stdio: 0, ipc: 1 },
  LanguageClient: class {
    constructor(id: string, name: string, server: unknown, options: Record<string, any>) {
      created.push({ id, name, server, options });
    }
  },
}));

const { fake } = await import('./fake-vscode.ts');
const { createLanguageClient, DOCUMENT_SELECTOR } = await import('../../client/src/language-client.ts');
const { SETTINGS_SECTION, WATCHED_FILES } = await import('../../server/src/core/shared.ts');
const { RestartPolicy } = await import('../../client/src/restart-policy.ts');

const output = () => {
  const lines: string[] = [];
  return {
    lines,
    info: (m: string) => lines.push(`info ${m}`),
    warn: (m: string) => lines.push(`warn ${m}`),
    error: (m: string) => lines.push(`error ${m}`),
    show: () => undefined,
  };
};

beforeEach(() => {
  created.length = 0;
  fake.reset();
});

describe('createLanguageClient', () => {
  it('starts the bundled server over stdio for Markdown and plain text, and watches the config files', () => {
    const log = output();
    createLanguageClient('/ext/dist/server.mjs', log as never, new RestartPolicy(), () => undefined, undefined);
    const [client] = created;
    expect(client).toMatchObject({ id: 'plain-ig', name: 'Plain IG' });
    expect(client!.server).toMatchObject({ run: { module: '/ext/dist/server.mjs', transport: 0 }, debug: { module: '/ext/dist/server.mjs', transport: 0 } });
    const options = client!.options;
    expect(options['documentSelector']).toBe(DOCUMENT_SELECTOR);
    expect(DOCUMENT_SELECTOR).toEqual([
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ]);
    expect(options['synchronize']).toMatchObject({ configurationSection: SETTINGS_SECTION, fileEvents: { glob: WATCHED_FILES } });
    expect(SETTINGS_SECTION).toBe('plainIg');
    expect(WATCHED_FILES).toBe('**/{.plain-ig.yml,.plain-ig.yaml,.plain-ig.json,.plain-ig-ignore}');
    expect(options['revealOutputChannelOn']).toBe(4);
    expect(options['middleware']).toBeUndefined();
    fake.trusted = false;
    expect(options['initializationOptions']()).toEqual({ diagnosticMode: 'pull', workspaceTrusted: false });
  });

  it('restarts a crashed server while the policy allows, then stops for good and says so once', () => {
    const log = output();
    let gaveUp = 0;
    createLanguageClient('/s.mjs', log as never, new RestartPolicy(2, 60_000), () => gaveUp++, {} as never);
    const handler = created[0]!.options['errorHandler'];
    expect(created[0]!.options['middleware']).toEqual({});
    expect(handler.closed()).toEqual({ action: 2, handled: true });
    expect(handler.closed()).toEqual({ action: 2, handled: true });
    expect(gaveUp).toBe(0);
    expect(handler.closed()).toEqual({ action: 1, handled: true });
    expect(gaveUp).toBe(1);
    expect(log.lines.filter((line) => line.startsWith('info'))).toHaveLength(2);
    expect(log.lines.filter((line) => line.startsWith('error'))).toEqual([expect.stringContaining('stopped several times')]);
    expect(fake.messages).toEqual([expect.stringContaining('Restart the checker')]);
  });

  it('keeps going after up to three failed messages, then shuts the connection down', () => {
    const log = output();
    createLanguageClient('/s.mjs', log as never, new RestartPolicy(), () => undefined, undefined);
    const handler = created[0]!.options['errorHandler'];
    const error = new Error('write EPIPE');
    expect([1, 2, 3, 4].map((count) => handler.error(error, undefined, count).action)).toEqual([1, 1, 1, 2]);
    expect(handler.error(error, undefined, undefined).action).toBe(2);
    expect(log.lines[0]).toBe('warn Plain IG: a message to the checker failed (write EPIPE).');
  });
});
