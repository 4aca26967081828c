/**
 * `plain-ig init`: writes the same commented starter file as the VS Code
 * command, and never overwrites a config file.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG as CLIENT_STARTER } from '../../client/src/starter-config.ts';
import { parseConfigText } from '../../server/src/core/config.ts';
import { defaultSettings } from '../../server/src/engine/settings.ts';
import { runMain, tempDir } from './helpers.ts';

describe('plain-ig init', () => {
  it('writes the VS Code starter file, which changes no setting', async () => {
    const dir = tempDir();
    const run = await runMain(['init'], { cwd: dir });
    expect(run).toEqual({ code: 0, stderr: '', stdout: 'Wrote .plain-ig.yml. Every setting in it is commented out, so nothing changes until you edit it.\n' });
    const written = readFileSync(join(dir, '.plain-ig.yml'), 'utf8');
    expect(written).toBe(CLIENT_STARTER);
    expect(written).toMatch(/^# {3}risk: warning$/m);
    expect(parseConfigText(written, join(dir, '.plain-ig.yml'), defaultSettings()).settings).toEqual(defaultSettings());
  });

  it('writes into a folder given, and refuses to overwrite any config file there', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'policies'));
    expect((await runMain(['init', 'policies'], { cwd: dir })).stdout).toBe(
      'Wrote policies/.plain-ig.yml. Every setting in it is commented out, so nothing changes until you edit it.\n',
    );
    writeFileSync(join(dir, 'policies/.plain-ig.yml'), 'audience: public\n');
    const again = await runMain(['init', 'policies'], { cwd: dir });
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plain-ig: policies/.plain-ig.yml already exists, so nothing was written (edit it, or delete it and run plain-ig init again)\n',
    });
    expect(readFileSync(join(dir, 'policies/.plain-ig.yml'), 'utf8')).toBe('audience: public\n');
  });

  it('counts a JSON config as a config file too', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.plain-ig.json'), '{}\n');
    const run = await runMain(['init'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^plain-ig: \.plain-ig\.json already exists/);
    expect(readdirSync(dir)).toEqual(['.plain-ig.json']);
  });

  it.each([
    [['init', 'nowhere'], 'plain-ig: nowhere: no such folder\n'],
    [['init', '--force'], 'plain-ig: unknown option "--force" for init (try plain-ig init --help)\n'],
    [['init', 'a', 'b'], 'plain-ig: init takes one folder at most\n'],
  ])('exits 2 for %j', async (argv, stderr) => {
    expect(await runMain(argv, { cwd: tempDir() })).toEqual({ code: 2, stdout: '', stderr });
  });
});
