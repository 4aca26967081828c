/**
 * Exit codes: 0 clean, 1 findings at or above --fail-on (or more warnings
 * than --max-warnings), 2 usage, config and input errors with one line on
 * stderr per problem. The real command is run for a few, to cover bin/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIBRARY, runCli, runMain, tempDir } from './helpers.ts';

describe('exit codes', () => {
  it('0 for a clean file, with nothing on stderr', async () => {
    const run = await runMain(['check', 'clean.md'], { cwd: LIBRARY });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/No problems found in 1 file/);
  });

  it('0 for findings below the fail level, 1 at or above it', async () => {
    expect((await runMain(['check', 'policy.md'], { cwd: LIBRARY })).code).toBe(0);
    expect((await runMain(['check', 'policy.md', '--fail-on', 'warning'], { cwd: LIBRARY })).code).toBe(1);
    expect((await runMain(['check', 'sub/annual-report.md'], { cwd: LIBRARY })).code).toBe(1);
  });

  it.each([
    [['--max-warnings', '100'], 0],
    [['--max-warnings', '0'], 1],
  ])('--max-warnings %j gives %i', async (extra, code) => {
    const run = await runMain(['check', 'policy.md', ...extra], { cwd: LIBRARY });
    expect(run.code).toBe(code);
    if (code === 1) expect(run.stderr).toMatch(/^plain-ig: \d+ warnings is more than --max-warnings 0\n$/);
  });

  it('2 for a malformed config, with one line naming the file and line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.plain-ig.yml'), 'checks:\n  jargon: loud\n');
    writeFileSync(join(dir, 'a.md'), 'Fine.\n');
    const run = await runMain(['check', 'a.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plain-ig: \.plain-ig\.yml:2: checks → jargon: use off, on, or a severity.*\n$/);
    expect(run.stdout).toBe('');
  });

  it('2 for a config with broken YAML given with --config', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'team.yml'), 'checks: [unclosed\n');
    writeFileSync(join(dir, 'a.md'), 'Fine.\n');
    const run = await runMain(['check', 'a.md', '--config', 'team.yml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plain-ig: team\.yml:\d+: not valid YAML/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('2 for a missing --config file', async () => {
    const run = await runMain(['check', 'clean.md', '--config', 'nope.yml'], { cwd: LIBRARY });
    expect(run).toMatchObject({ code: 2, stderr: 'plain-ig: nope.yml: config file not found\n' });
  });

  it('2 for a missing file, but the other files are still checked and reported', async () => {
    const run = await runMain(['check', 'missing.md', 'policy.md', '--format', 'json'], { cwd: LIBRARY });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('plain-ig: missing.md does not exist\n');
    expect((JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(['policy.md']);
  });

  it('2 for a binary file, an invalid UTF-8 file and a damaged Word file: one line each', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 policy\n', 'latin1'));
    writeFileSync(join(dir, 'broken.docx'), Buffer.from('PK\u0003\u0004 this is not a zip'));
    writeFileSync(join(dir, 'good.md'), 'Fine.\n');
    const run = await runMain(['check', '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'plain-ig: broken.docx is not a Word document Plain IG can read (it may be damaged, or an older .doc file renamed)',
      'plain-ig: image.md looks like a binary file, not text',
      'plain-ig: latin1.txt is not valid UTF-8 text (save it as UTF-8 and try again)',
    ]);
    expect(run.stdout).toBe('Nothing found in 1 file (1 word), but 3 files could not be checked (see the messages above).\n');
  });

  it('never says "No problems found" when a file could not be read', async () => {
    const run = await runMain(['check', 'missing.md'], { cwd: LIBRARY });
    expect(run).toEqual({ code: 2, stderr: 'plain-ig: missing.md does not exist\n', stdout: 'Nothing was checked: 1 file could not be checked (see the messages above).\n' });
    const some = await runMain(['check', 'missing.md', 'policy.md'], { cwd: LIBRARY });
    expect(some.stdout).not.toContain('No problems found');
    expect(some.stdout.trim().split('\n').at(-1)).toBe('1 file could not be checked (see the messages above).');
  });

  it.each([
    [['check'], /no files given/],
    [['check', 'a.md', '--format', 'xml'], /unknown format "xml"/],
    [['check', 'a.md', '--fail-on', 'severe'], /--fail-on must be one of/],
    [['check', 'a.md', '--max-warnings', 'many'], /--max-warnings needs a whole number/],
    [['check', 'a.md', '--fix', '--fix-dry-run'], /either --fix or --fix-dry-run/],
    [['check', 'a.md', '--update-baseline'], /--update-baseline needs --baseline/],
    [['check', 'a.md', '--bogus'], /Unknown option '--bogus'/],
    [['check', '--stdin', '--fix'], /--fix cannot change standard input/],
    [['check', 'a.md', '--audience', 'aliens'], /audience must be/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('2 with one line for %j', async (argv, reason) => {
    const run = await runMain(argv, { cwd: LIBRARY });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^plain-ig: /);
  });

  it('the real command returns the same codes', () => {
    expect(runCli(['check', 'clean.md'], { cwd: LIBRARY }).code).toBe(0);
    expect(runCli(['check', 'sub/annual-report.md'], { cwd: LIBRARY }).code).toBe(1);
    const missing = runCli(['check', 'missing.md'], { cwd: LIBRARY });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('plain-ig: missing.md does not exist\n');
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await runMain(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--baseline FILE');
  });

  it('a folder with nothing to check is clean', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const run = await runMain(['check', 'empty'], { cwd: dir });
    expect(run.code).toBe(0);
  });
});
