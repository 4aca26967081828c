/**
 * `plain-ig serve` through the real command: it prints the address, serves
 * the built page on 127.0.0.1 with its Content-Security-Policy, refuses other
 * host names (DNS rebinding) and paths outside the page, and says what is
 * wrong with a bad port in one line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../../server/src/cli/serve.ts';
import { ROOT, runCli, runMain } from './helpers.ts';

let child: ChildProcess;
let address: string;

beforeAll(async () => {
  child = spawn(process.execPath, [join(ROOT, 'bin/plain-ig.js'), 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  address = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(printed);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`plain-ig serve exited with ${code}`)));
  });
});

afterAll(() => {
  child?.kill();
});

function get(url: string, host?: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request({ hostname: target.hostname, port: target.port, path: url.slice(target.origin.length), headers: host ? { host } : {} }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('plain-ig serve', () => {
  it('serves the page on 127.0.0.1 with its Content-Security-Policy', async () => {
    const page = await get(address);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(PAGE_CSP);
    expect(page.body).toContain('<title>Plain IG: check your information-governance writing</title>');
    expect((await get(`${address}worker.js`)).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers only to this computer’s names, and only inside the page folder', async () => {
    expect((await get(address, 'attacker.example:80')).status).toBe(403);
    expect((await get(`${address}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await get(`${address}../cli.mjs`)).status).toBe(404);
    expect((await get(`${address}nothing-here.js`)).status).toBe(404);
  });

  it('says what is wrong with a bad port', async () => {
    const run = runCli(['serve', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plain-ig: --port must be a number from 0 to 65535, not "eighty"\n');
  });

  it('says when the port is taken', async () => {
    const run = await runMain(['serve', '--port', new URL(address).port]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`plain-ig: port ${new URL(address).port} is in use; choose another with --port, or leave it out for a free one\n`);
  });
});
