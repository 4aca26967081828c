/**
 * Worker threads, proved to run: the real built command over more files than
 * the worker threshold, with a preload (test/fixtures/cli/worker-probe) that
 * records which thread posted each result. The threaded run must really use
 * two threads AND print exactly what the single-threaded run prints; a worker
 * that crashes ends the run with exit code 2 and a one-line reason.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, type RunOutput } from './helpers.ts';

const PRELOAD = join(ROOT, 'test/fixtures/cli/worker-probe/preload.mjs');
const SENTENCES = [
  'We utilise the record.',
  'The IG Toolkit is due.',
  'Nothing to see here.',
  'We leverage the portal in order to share.',
  'Send the DPIA to the team.',
];

let dir: string;
const probed = (argv: string[], env: Record<string, string> = {}): RunOutput =>
  runCli(argv, { cwd: dir, env: { NODE_OPTIONS: `--import ${PRELOAD}`, ...env } });

/** `threadId path` lines the preload wrote. */
const logged = (file: string): Array<[string, string]> =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string]);

beforeAll(() => {
  dir = tempDir();
  for (let i = 0; i < 13; i++) {
    writeFileSync(join(dir, `policy-${String(i).padStart(2, '0')}.md`), `# Policy ${i}\n\n${SENTENCES[i % 5]}\n\n${SENTENCES[(i + 2) % 5]}\n`);
  }
});

describe('worker threads (real run)', () => {
  it('check every file on two threads, and print exactly what one thread prints', () => {
    const logs = tempDir();
    const threadedLog = join(logs, 'threaded.log');
    const singleLog = join(logs, 'single.log');
    writeFileSync(threadedLog, '');
    writeFileSync(singleLog, '');
    const threaded = probed(['check', '.', '--format', 'json', '--jobs', '2', '--fail-on', 'warning'], { PLAIN_IG_TEST_WORKER_LOG: threadedLog });
    const single = probed(['check', '.', '--format', 'json', '--jobs', '1', '--fail-on', 'warning'], { PLAIN_IG_TEST_WORKER_LOG: singleLog });

    const work = logged(threadedLog);
    expect(work.map(([, path]) => path).sort()).toEqual(Array.from({ length: 13 }, (_, i) => `policy-${String(i).padStart(2, '0')}.md`));
    expect(new Set(work.map(([thread]) => thread)).size).toBe(2);
    expect(work.every(([thread]) => thread !== '0')).toBe(true);
    // One thread: no worker posted anything.
    expect(logged(singleLog)).toEqual([]);

    expect(threaded.stderr).toBe('');
    expect(threaded.code).toBe(1);
    expect(single.code).toBe(1);
    expect(threaded.stdout).toBe(single.stdout);
    const files = (JSON.parse(threaded.stdout) as { files: Array<{ path: string; findings: unknown[] }> }).files;
    expect(files.map((file) => file.path)).toEqual([...files.map((file) => file.path)].sort());
    expect(files.reduce((sum, file) => sum + file.findings.length, 0)).toBeGreaterThan(13);
  });

  it('a worker that crashes ends the run with exit code 2, saying so', () => {
    const crashed = probed(['check', '.', '--format', 'json', '--jobs', '2'], { PLAIN_IG_TEST_WORKER_CRASH: '1' });
    expect(crashed.code).toBe(2);
    expect(crashed.stdout).toBe('');
    expect(crashed.stderr.trim()).toBe('plain-ig: a worker thread failed: worker crashed on purpose (test)');
  });

  it('the crash switch is only in the workers: one thread is unaffected', () => {
    const single = probed(['check', '.', '--format', 'json', '--jobs', '1', '--fail-on', 'warning'], { PLAIN_IG_TEST_WORKER_CRASH: '1' });
    expect(single.code).toBe(1);
    expect(single.stderr).toBe('');
  });
});
