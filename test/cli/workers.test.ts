/**
 * Worker threads: the real command over more files than the worker threshold
 * gives exactly the output of a run on one thread, in file order.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKER_THRESHOLD, workerCount } from '../../server/src/cli/workers.ts';
import { runCli, tempDir } from './helpers.ts';

describe('worker threads', () => {
  it('are used only for many files, and not when running from source', () => {
    expect(workerCount(WORKER_THRESHOLD, 2)).toBe(0);
    expect(workerCount(100, 1)).toBe(0);
    // From source (this test) there is no bundle for a worker to load.
    expect(workerCount(100, 2)).toBe(0);
  });

  it('give the same output, in the same order, as one thread', () => {
    const dir = tempDir();
    const sentences = ['We utilise the record.', 'The IG Toolkit is due.', 'Nothing to see here.', 'We leverage the portal in order to share.'];
    for (let i = 0; i < 12; i++) {
      writeFileSync(join(dir, `policy-${String(i).padStart(2, '0')}.md`), `# Policy ${i}\n\n${sentences[i % 4]} ${sentences[(i + 1) % 4]}\n`);
    }
    const threaded = runCli(['check', '.', '--format', 'json', '--jobs', '2'], { cwd: dir });
    const single = runCli(['check', '.', '--format', 'json', '--jobs', '1'], { cwd: dir });
    expect(threaded.stderr).toBe('');
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.code).toBe(single.code);
    const paths = (JSON.parse(threaded.stdout) as { files: Array<{ path: string }> }).files.map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(12);
  });
});
