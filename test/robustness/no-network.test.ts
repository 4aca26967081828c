/**
 * No network, no telemetry. The real CLI (every output format, --fix, the
 * report command, worker threads) and the language server run with every
 * networking entry point of Node replaced by a stub that records the attempt
 * and throws (test/robustness/no-network-preload.mjs, loaded with --import).
 * The runs must succeed and the record must stay empty. The core is also run
 * in this process with the same entry points spied on.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkText } from '../../server/src/engine/check-text.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { count } from './generators.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PRELOAD = join(import.meta.dirname, 'no-network-preload.mjs');
const SERVER = join(ROOT, 'dist/server.mjs');
const dir = mkdtempSync(join(tmpdir(), 'plain-ig-nonet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let logs = 0;
function freshLog(): string {
  const file = join(dir, `net-${logs++}.log`);
  writeFileSync(file, '');
  return file;
}
const recorded = (log: string): string[] => readFileSync(log, 'utf8').split('\n').filter(Boolean);

function cliBlocked(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string; attempts: string[] } {
  const log = freshLog();
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(PRELOAD).href, join(ROOT, 'bin/plain-ig.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', PLAIN_IG_NET_LOG: log },
    timeout: 120_000,
  });
  count('CLI runs with networking blocked');
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, attempts: recorded(log) };
}

describe('the preload really blocks and records', () => {
  it('records every attempt a script makes', () => {
    const log = freshLog();
    const result = spawnSync(process.execPath, ['--import', pathToFileURL(PRELOAD).href, '-e', '0'], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', PLAIN_IG_NET_LOG: log, PLAIN_IG_NET_SELFTEST: '1' },
    });
    expect(result.status).toBe(0);
    const names = recorded(log).map((line) => line.split(' ')[1]);
    expect(names).toEqual(['fetch', 'http.get', 'https.request', 'net.connect', 'net.Socket.connect', 'tls.connect', 'dns.lookup', 'dgram.createSocket']);
  });
});

describe('the CLI never connects', () => {
  it.each([
    ['stylish', ['check', '--no-progress', 'examples/']],
    ['json', ['check', '--no-progress', '--format', 'json', 'examples/']],
    ['sarif', ['check', '--no-progress', '--format', 'sarif', 'examples/']],
    ['github', ['check', '--no-progress', '--format', 'github', 'examples/']],
    ['junit', ['check', '--no-progress', '--format', 'junit', 'examples/']],
    ['one job (no worker threads)', ['check', '--no-progress', '--jobs', '1', 'examples/']],
    ['--fix-dry-run', ['check', '--no-progress', '--fix-dry-run', 'examples/']],
    ['report (HTML)', ['report', 'examples/']],
    ['report (Markdown)', ['report', '--format', 'markdown', 'examples/']],
    ['--help', ['--help']],
  ])('check %s', (_name, args) => {
    const run = cliBlocked(args);
    expect(run.stderr).not.toMatch(/network is blocked|unexpected error/);
    expect([0, 1]).toContain(run.code);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.attempts).toEqual([]);
  });

  it('--fix on a copy of the examples', () => {
    const copy = join(dir, 'examples');
    cpSync(join(ROOT, 'examples'), copy, { recursive: true });
    const run = cliBlocked(['check', '--no-progress', '--fix', '.'], copy);
    expect([0, 1]).toContain(run.code);
    expect(run.attempts).toEqual([]);
  });
});

describe('the core never connects (in this process)', () => {
  it('checkText on the examples with every network entry point spied on', () => {
    const spies = [
      vi.spyOn(net.Socket.prototype, 'connect'),
      vi.spyOn(net, 'connect'),
      vi.spyOn(net, 'createConnection'),
      vi.spyOn(tls, 'connect'),
      vi.spyOn(http, 'request'),
      vi.spyOn(http, 'get'),
      vi.spyOn(https, 'request'),
      vi.spyOn(https, 'get'),
      vi.spyOn(dns, 'lookup'),
      vi.spyOn(dgram, 'createSocket'),
      vi.spyOn(globalThis, 'fetch'),
    ];
    try {
      const settings = defaultSettings();
      for (const name of readdirSync(join(ROOT, 'examples'))) {
        const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
        checkText(text, { format: name.endsWith('.txt') ? 'plaintext' : 'markdown', settings });
        count('example documents checked in-process with network spies');
      }
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('the language server never connects', () => {
  it('initialize, open a document, get diagnostics, shut down: nothing recorded', async () => {
    expect(existsSync(SERVER), 'dist/server.mjs is built by the global setup').toBe(true);
    const log = freshLog();
    const child = spawn(process.execPath, ['--import', pathToFileURL(PRELOAD).href, SERVER, '--stdio'], {
      env: { PATH: process.env['PATH'] ?? '', PLAIN_IG_NET_LOG: log },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    // Answer whatever the server asks (configuration: null, as Neovim does; registrations: ok).
    connection.onRequest((method, params) => {
      if (method === 'workspace/configuration') return ((params as { items: unknown[] }).items ?? []).map(() => null);
      return null;
    });
    const uri = pathToFileURL(join(dir, 'policy.md')).href;
    const diagnostics = new Promise<unknown[]>((done) => {
      connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
        if (params.uri === uri && params.diagnostics.length > 0) done(params.diagnostics);
      });
    });
    connection.listen();
    try {
      await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(dir).href,
        workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'ws' }],
        capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
      });
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: '# Policy\n\nWe will leverage the cloud. Staff must never share patient information.\n' },
      });
      const got = await diagnostics;
      expect(got.length).toBeGreaterThan(0);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await exited).toBe(0);
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
    }
    count('language server sessions with networking blocked');
    expect(stderr).not.toMatch(/network is blocked/);
    expect(recorded(log)).toEqual([]);
  }, 60_000);
});
