/**
 * Drives the real language server (dist/server.mjs) over stdio with a
 * JSON-RPC client: start to ready, open a 20k-word document, then single-word
 * edits at random places, timing each from sending didChange to receiving
 * publishDiagnostics for that version. The debounce is set to 0 through
 * initializationOptions so the figure is the server's own work.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { rng } from './corpus.ts';
import { median, percentile } from './stats.ts';

/** What the language-server benchmark measured (milliseconds). */
export interface LspResult {
  startToReady: number;
  open: number;
  edits: number;
  p50: number;
  p95: number;
  max: number;
  /** Median size of one publishDiagnostics for an edit (its JSON, bytes). */
  bytes: number;
  /** Diagnostics in the last publish. */
  diagnostics: number;
  /**
   * The server's CPU time per edit, from sending didChange to receiving the
   * publish (Linux: /proc/PID/task/TID/schedstat, nanoseconds), which a busy
   * machine does not inflate as it does wall time: its main thread's p50 and
   * p95, and the mean over all its threads (garbage collection runs partly
   * on helper threads). Undefined where /proc is not there.
   */
  cpu?: { p50: number; p95: number; allThreadsMean: number };
}

/** CPU time used so far by a process's threads, in milliseconds: [main thread, all threads]; undefined without /proc. */
function cpuOf(pid: number | undefined): [number, number] | undefined {
  if (pid === undefined) return undefined;
  try {
    let all = 0;
    let main = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const ns = Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      all += ns;
      if (Number(tid) === pid) main = ns;
    }
    return [main, all];
  } catch {
    return undefined;
  }
}

const REPLACEMENTS = ['policy', 'backend', 'utilise', 'share', 'records', 'portal', 'data', 'team'];

/** A one-word edit at a random place: a word of three letters or more replaced by one of a few (some of them flagged). */
export function oneWordEdit(text: string, r: () => number): { from: number; to: number; word: string; range: { start: Position; end: Position } } {
  let match: RegExpExecArray | null = null;
  let at = 0;
  while (!match) {
    at = Math.floor(r() * text.length);
    match = /[A-Za-z]{3,}/.exec(text.slice(at, at + 40));
  }
  const from = at + match.index;
  const to = from + match[0].length;
  const word = REPLACEMENTS[Math.floor(r() * REPLACEMENTS.length)]!;
  return { from, to, word, range: { start: positionAt(text, from), end: positionAt(text, to) } };
}

type Position = { line: number; character: number };

/** Where offset `at` is as an LSP position. */
function positionAt(text: string, at: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: at - lineStart };
}

/**
 * Measures the server.
 * @param server path to dist/server.mjs
 * @param file the document to open
 * @param count number of single-word edits
 * @param nodeArgs options for the server's node, before the script (e.g. `--cpu-prof`); default none
 */
export async function measureLsp(server: string, file: string, count: number, nodeArgs: readonly string[] = []): Promise<LspResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: process.env });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).href;
  const waiting = new Map<number, (at: number) => void>();
  const sizes: number[] = [];
  let diagnostics = 0;
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
    if (params.uri !== uri) return;
    const at = performance.now();
    sizes.push(Buffer.byteLength(JSON.stringify(params)));
    diagnostics = params.diagnostics.length;
    const version = params.version ?? -1;
    for (const [v, resolve] of waiting) {
      if (version === -1 || v <= version) {
        waiting.delete(v);
        resolve(at);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } },
      initializationOptions: { debounceMs: 0 },
    });
    const startToReady = performance.now() - started;
    await connection.sendNotification('initialized', {});
    let text = readFileSync(file, 'utf8');
    let version = 1;
    const diagnosticsFor = (v: number): Promise<number> => new Promise((resolve) => waiting.set(v, resolve));
    let sent = performance.now();
    let done = diagnosticsFor(version);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    const open = (await done) - sent;
    const r = rng(7);
    const times: number[] = [];
    const mainCpu: number[] = [];
    const allCpu: number[] = [];
    for (let i = 0; i < count; i++) {
      const { from, to, word, range } = oneWordEdit(text, r);
      text = text.slice(0, from) + word + text.slice(to);
      version++;
      done = diagnosticsFor(version);
      const cpuBefore = cpuOf(child.pid);
      sent = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: word }] });
      times.push((await done) - sent);
      const cpuAfter = cpuOf(child.pid);
      if (cpuBefore && cpuAfter) {
        mainCpu.push(cpuAfter[0] - cpuBefore[0]);
        allCpu.push(cpuAfter[1] - cpuBefore[1]);
      }
    }
    return {
      startToReady,
      open,
      edits: times.length,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: Math.max(...times),
      bytes: median(sizes.slice(1)),
      diagnostics,
      ...(mainCpu.length === times.length
        ? { cpu: { p50: percentile(mainCpu, 50), p95: percentile(mainCpu, 95), allThreadsMean: allCpu.reduce((a, b) => a + b, 0) / allCpu.length } }
        : {}),
    };
  } finally {
    try {
      await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))]);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await connection.sendNotification('exit');
      // Let it exit on its own (a --cpu-prof profile is written at exit), but not for ever.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    } catch {
      // The server may already be gone.
    }
    connection.dispose();
    child.kill();
  }
}
