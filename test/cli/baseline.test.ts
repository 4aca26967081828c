/**
 * Baselines: today's findings are recorded, later runs fail only on new ones,
 * and a recorded finding still matches after lines are inserted above it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, tempDir } from './helpers.ts';

const BEFORE = '# Policy\n\nThe IG Toolkit return is due in June.\n';

async function recorded(): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, 'policy.md'), BEFORE);
  const run = await runMain(['check', '.', '--baseline', 'baseline.json', '--update-baseline', '--fail-on', 'warning'], { cwd: dir });
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('plain-ig: recorded 1 finding in baseline.json\n');
  return dir;
}

describe('--baseline', () => {
  it('records findings by rule, file and the words around them (no line numbers)', async () => {
    const dir = await recorded();
    const data = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { version: number; findings: unknown[] };
    expect(data.version).toBe(1);
    expect(data.findings).toEqual([{ path: 'policy.md', rule: 'outdated/ig-toolkit', context: 'The [IG Toolkit] return is due in June.' }]);
  });

  it('still matches after lines are inserted above the finding', async () => {
    const dir = await recorded();
    writeFileSync(join(dir, 'policy.md'), `# Policy\n\nA new opening paragraph.\n\nAnd another one.\n\n${BEFORE.slice('# Policy\n\n'.length)}`);
    const run = await runMain(['check', '.', '--baseline', 'baseline.json', '--fail-on', 'warning', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: { findings: number; baselined: number } }).summary).toMatchObject({ findings: 0, baselined: 1 });
  });

  it('fails on a new finding, even a second copy of a recorded one', async () => {
    const dir = await recorded();
    writeFileSync(join(dir, 'policy.md'), `${BEFORE}\nThe IG Toolkit return is due in June.\n`);
    const run = await runMain(['check', '.', '--baseline', 'baseline.json', '--fail-on', 'warning'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1 finding \(1 warning\)/);
    expect(run.stdout).toMatch(/1 finding already in the baseline was not shown/);
  });

  it('matches from another working folder (paths are relative to the baseline file)', async () => {
    const dir = await recorded();
    const run = await runMain(['check', join(dir, 'policy.md'), '--baseline', join(dir, 'baseline.json'), '--fail-on', 'warning'], { cwd: tempDir() });
    expect(run.code).toBe(0);
  });

  it('--update-baseline rewrites the file with the findings of today', async () => {
    const dir = await recorded();
    writeFileSync(join(dir, 'policy.md'), 'Nothing to see.\n');
    await runMain(['check', '.', '--baseline', 'baseline.json', '--update-baseline'], { cwd: dir });
    expect((JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { findings: unknown[] }).findings).toEqual([]);
  });

  it('a missing or broken baseline is a usage error (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), 'Fine.\n');
    expect(await runMain(['check', 'a.md', '--baseline', 'none.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^plain-ig: .*none\.json: baseline file not found \(create it with --update-baseline\)\n$/),
    });
    writeFileSync(join(dir, 'bad.json'), '{"findings": 3}');
    expect((await runMain(['check', 'a.md', '--baseline', 'bad.json'], { cwd: dir })).code).toBe(2);
  });
});
