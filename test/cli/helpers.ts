/**
 * Helpers for the CLI tests: run `main` in this process with captured
 * streams, run the real built CLI, and copy fixtures into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll } from 'vitest';
import { main } from '../../server/src/main.ts';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The fixture library of the CLI tests. */
export const LIBRARY = join(ROOT, 'test/fixtures/cli/library');

/** What a run printed and returned. */
export interface RunOutput {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

/** Runs `main` in this process (files are checked on this thread). */
export async function runMain(argv: string[], options: { cwd?: string; stdin?: string } = {}): Promise<RunOutput> {
  const out = new Capture();
  const err = new Capture();
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const code = await main(argv, out, err, { cwd: options.cwd ?? ROOT, stdin, env: {} });
  return { code, stdout: out.text, stderr: err.text };
}

/** Runs the real command (`node bin/plain-ig.js`), built by the global setup. */
export function runCli(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): RunOutput {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/plain-ig.js'), ...argv], {
    cwd: options.cwd ?? ROOT,
    input: options.stdin ?? '',
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file. Optionally a copy of the fixture library. */
export function tempDir(copyLibrary = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'plain-ig-cli-'));
  made.push(dir);
  if (copyLibrary) cpSync(LIBRARY, dir, { recursive: true });
  return dir;
}
