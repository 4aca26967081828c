/**
 * The language server as VS Code drives it, over its two transports side by
 * side: Node IPC (`--node-ipc`, the server started with `fork`, each message
 * serialised by Node's `process.send`) and stdio (`--stdio`, each message
 * encoded by `lsp/encode-message.ts`, which reuses the JSON of diagnostics
 * sent before). Both servers get the same 20,000-word real-shaped document
 * and the same one-word edits, pulling diagnostics after each edit as VS Code
 * does (`textDocument/diagnostic`, debounce 0); which server goes first
 * alternates. Reported: each server's CPU time per edit (main thread and all
 * threads, from /proc: Linux only) and the wall time from didChange to the
 * pulled answer.
 *
 *   npx tsx bench/transport.ts [--edits 200] [--words 20000] [--server dist/server.mjs]
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { realPolicyDocument, rng } from './corpus.ts';
import { oneWordEdit } from './lsp.ts';
import { percentile } from './stats.ts';

const repo = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '200' },
    words: { type: 'string', default: '20000' },
    server: { type: 'string', default: `${repo}dist/server.mjs` },
  },
});

type Transport = 'ipc' | 'stdio';

/** CPU time used so far by a process: [main thread, all threads], milliseconds (Linux /proc). */
function cpuOf(pid: number): [number, number] {
  let all = 0;
  let main = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const ms = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
    all += ms;
    if (Number(tid) === pid) main = ms;
  }
  return [main, all];
}

interface Server {
  transport: Transport;
  child: ChildProcess;
  connection: MessageConnection;
  resultId?: string | undefined;
  cpuMain: number[];
  cpuAll: number[];
  wall: number[];
  items: number;
}

function start(transport: Transport): Server {
  const child =
    transport === 'ipc'
      ? fork(values.server, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
      : spawn(process.execPath, [values.server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection =
    transport === 'ipc'
      ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification(() => undefined);
  connection.listen();
  return { transport, child, connection, cpuMain: [], cpuAll: [], wall: [], items: 0 };
}

const uri = pathToFileURL(`${os.tmpdir()}/plain-ig-transport-bench.md`).href;

async function pull(server: Server): Promise<void> {
  const report = (await server.connection.sendRequest('textDocument/diagnostic', {
    textDocument: { uri },
    ...(server.resultId ? { previousResultId: server.resultId } : {}),
  })) as { kind: string; resultId?: string; items?: unknown[] };
  server.resultId = report.resultId;
  if (report.items) server.items = report.items.length;
}

async function open(server: Server, text: string): Promise<void> {
  await server.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } },
    initializationOptions: { debounceMs: 0, diagnosticMode: 'pull' },
  });
  await server.connection.sendNotification('initialized', {});
  await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await pull(server);
}

async function edit(server: Server, version: number, change: { range: object; text: string }): Promise<void> {
  const [main0, all0] = cpuOf(server.child.pid!);
  const sent = performance.now();
  await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  await pull(server);
  server.wall.push(performance.now() - sent);
  const [main1, all1] = cpuOf(server.child.pid!);
  server.cpuMain.push(main1 - main0);
  server.cpuAll.push(all1 - all0);
}

const servers = [start('ipc'), start('stdio')];
let text = realPolicyDocument(Number(values.words), 3);
for (const server of servers) await open(server, text);
const r = rng(11);
const count = Number(values.edits);
const load = os.loadavg()[0]!.toFixed(1);
for (let i = 0; i < count; i++) {
  const { from, to, word, range } = oneWordEdit(text, r);
  const change = { range, text: word };
  text = text.slice(0, from) + word + text.slice(to);
  const order = i % 2 ? [...servers].reverse() : servers;
  for (const server of order) await edit(server, i + 2, change);
}
for (const server of servers) {
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  server.connection.dispose();
  server.child.kill();
}

const ms = (n: number): string => n.toFixed(1);
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const [ipc, stdio] = servers as [Server, Server];
const rows: [string, (s: Server) => number][] = [
  ['server CPU, main thread, p50', (s) => percentile(s.cpuMain, 50)],
  ['server CPU, main thread, p95', (s) => percentile(s.cpuMain, 95)],
  ['server CPU, all threads, mean', (s) => mean(s.cpuAll)],
  ['didChange → pulled answer (wall), p50', (s) => percentile(s.wall, 50)],
  ['didChange → pulled answer (wall), p95', (s) => percentile(s.wall, 95)],
];
process.stdout.write(
  [
    `npx tsx bench/transport.ts ${process.argv.slice(2).join(' ')}`.trim(),
    `${count} one-word edits, ${Number(values.words).toLocaleString('en-GB')}-word real-shaped document, ${ipc.items} diagnostics pulled per edit, load ${load} → ${os.loadavg()[0]!.toFixed(1)}`,
    '',
    '| per edit | Node IPC | stdio | stdio ÷ IPC |',
    '|---|---:|---:|---:|',
    ...rows.map(([label, f]) => `| ${label} | ${ms(f(ipc))} ms | ${ms(f(stdio))} ms | ${(f(stdio) / f(ipc)).toFixed(2)}× |`),
    '',
  ].join('\n'),
);
