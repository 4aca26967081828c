// The server's lifecycle over the wire: initialize, capabilities, transports, shutdown.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, SERVER, TestClient, codes, testDictionaries } from './harness.ts';

let client: TestClient | undefined;
afterEach(async () => {
  await client?.stop();
  client = undefined;
});

describe('initialize', () => {
  it('advertises incremental sync, quick fixes, fix-all, hover, commands and pull diagnostics', async () => {
    client = await TestClient.start();
    const { capabilities, serverInfo } = client.initializeResult;
    expect(serverInfo?.name).toBe('plain-ig');
    expect(capabilities.textDocumentSync).toEqual({ openClose: true, change: 2, save: { includeText: false } });
    expect(capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.plain-ig'], resolveProvider: false });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.executeCommandProvider?.commands).toEqual([
      'plain-ig.fixAll',
      'plain-ig.checkWorkspace',
      'plain-ig.showRuleDocumentation',
      'plain-ig.addToAllowList',
    ]);
    expect(capabilities.diagnosticProvider).toEqual({ identifier: 'plain-ig', interFileDependencies: false, workspaceDiagnostics: false });
  });

  it('does not offer pull diagnostics to a client that cannot pull, and pushes to it', async () => {
    client = await TestClient.start({ capabilities: { textDocument: { publishDiagnostics: {} } } });
    expect(client.initializeResult.capabilities.diagnosticProvider).toBeUndefined();
    const diagnostics = await client.open('untitled:Untitled-1', SAMPLE);
    expect(codes(diagnostics)).toContain('jargon/interoperability');
  });

  it('registers for settings and config file changes when the client allows it', async () => {
    client = await TestClient.start();
    await client.waitFor(() => client!.registrations.length >= 2, 'registrations');
    expect(client.registrations).toEqual(expect.arrayContaining(['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']));
  });

  it('shuts down and exits with code 0, writing nothing but the protocol to stdout', async () => {
    const started = await TestClient.start();
    await started.open('untitled:a', SAMPLE);
    expect(await started.stop()).toBe(0);
    expect(started.wireErrors).toEqual([]);
  });
});

describe('transports', () => {
  it('speaks over node-ipc', async () => {
    client = await TestClient.start({ transport: 'ipc' });
    const diagnostics = await client.open('untitled:ipc', SAMPLE);
    expect(codes(diagnostics)).toContain('risk/never-share-without-consent');
  });

  it('runs as `plain-ig lsp --stdio`', async () => {
    client = await TestClient.start({ command: { file: process.execPath, args: [join(ROOT, 'bin/plain-ig.js'), 'lsp', '--stdio'] } });
    const diagnostics = await client.open('untitled:cli', SAMPLE);
    expect(codes(diagnostics)).toContain('outdated/hscic');
  });

  it('explains how to start it when no transport is given', () => {
    const result = spawnSync(process.execPath, [SERVER], { encoding: 'utf8', env: { ...process.env, PLAIN_IG_DICTIONARIES: testDictionaries() } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('start the language server with --stdio or --node-ipc');
  });
});
