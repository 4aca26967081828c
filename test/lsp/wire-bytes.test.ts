/**
 * The bytes the real server (dist/server.mjs --stdio) writes, read raw: every
 * message is framed with an exact `Content-Length` and its body is exactly
 * what `JSON.stringify` gives, including publishes put together from kept
 * diagnostic bytes after edits before and after the findings (encode-message.ts).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SERVER } from './harness.ts';

const TEXT = readFileSync(join(ROOT, 'examples/information-sharing-policy.md'), 'utf8');
const URI = 'file:///wire/policy.md';

/** Reads framed messages from the server's stdout, keeping each body's bytes. */
class RawReader {
  private buffer = Buffer.alloc(0);
  readonly frames: Array<{ header: string; body: Buffer }> = [];
  private waiting: Array<() => void> = [];
  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end + 4).toString('ascii');
      const length = Number(/^Content-Length: (\d+)\r\n\r\n$/.exec(header)?.[1] ?? Number.NaN);
      if (Number.isNaN(length)) throw new Error(`unexpected header: ${JSON.stringify(header)}`);
      if (this.buffer.length < end + 4 + length) return;
      this.frames.push({ header, body: Buffer.from(this.buffer.subarray(end + 4, end + 4 + length)) });
      this.buffer = this.buffer.subarray(end + 4 + length);
      for (const wake of this.waiting.splice(0)) wake();
    }
  }
  /** The first message (parsed) that `test` accepts, waiting for it. */
  async next(test: (message: Record<string, any>) => boolean): Promise<Record<string, any>> {
    for (;;) {
      const found = this.frames.map((frame) => JSON.parse(frame.body.toString('utf-8'))).find(test);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }
}

const frame = (message: unknown): string => {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

describe('the bytes on stdout', () => {
  const reader = new RawReader();
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  child.stdout.on('data', (chunk: Buffer) => reader.push(chunk));
  const send = (message: unknown): void => void child.stdin.write(frame(message));
  const publishOf = (version: number) => reader.next((m) => m['method'] === 'textDocument/publishDiagnostics' && m['params'].version === version);
  let text = TEXT;
  const versions: Array<{ version: number; text: string }> = [];

  beforeAll(async () => {
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }, initializationOptions: { debounceMs: 0 } } });
    await reader.next((m) => m['id'] === 1);
    send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text } } });
    versions.push({ version: 1, text });
    await publishOf(1);
    // Near the end (findings before it are handed on), then near the start (findings after it move), then a new line.
    const edits = [text.length - 40, 30, 200];
    for (const [i, at] of edits.entries()) {
      const line = text.slice(0, at).split('\n').length - 1;
      const character = at - (text.lastIndexOf('\n', at - 1) + 1);
      const inserted = i === 2 ? 'We leverage a robust portal.\n' : 'utilise ‘the’ 😀 ';
      text = text.slice(0, at) + inserted + text.slice(at);
      send({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: URI, version: i + 2 }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: inserted }] } });
      versions.push({ version: i + 2, text });
      await publishOf(i + 2);
    }
  }, 60_000);

  afterAll(() => {
    child.kill();
  });

  it('frames every message with its exact byte length, and each body is JSON.stringify of itself', () => {
    expect(reader.frames.length).toBeGreaterThanOrEqual(5);
    for (const { header, body } of reader.frames) {
      expect(header).toBe(`Content-Length: ${body.length}\r\n\r\n`);
      const text = body.toString('utf-8');
      expect(JSON.stringify(JSON.parse(text))).toBe(text);
    }
  });

  it('publishes after each edit hold offsets into that version of the text', async () => {
    for (const { version, text } of versions) {
      const { params } = await publishOf(version);
      expect(params.diagnostics.length).toBeGreaterThan(10);
      for (const diagnostic of params.diagnostics) {
        const [start, end] = diagnostic.data.offsets as [number, number];
        expect(text.slice(start, end).toLowerCase()).toBe(String(diagnostic.data.actual).toLowerCase());
        const line = text.slice(0, start).split('\n').length - 1;
        expect(diagnostic.range.start).toEqual({ line, character: start - (text.lastIndexOf('\n', start - 1) + 1) });
      }
    }
  });
});
