/**
 * Inputs: folders, globs, .gitignore and .plain-ig-ignore, --since in a real
 * git repository, and --stdin with --stdin-filename.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain, tempDir } from './helpers.ts';

function files(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: Array<{ path: string }> }).files.map((file) => file.path);
}

function library(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'policies/old'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
  for (const name of ['policies/a.md', 'policies/b.txt', 'policies/old/c.md', 'policies/skip.md', 'node_modules/x/d.md', 'notes.md']) writeFileSync(join(dir, name), 'Fine.\n');
  writeFileSync(join(dir, 'policies/image.png'), Buffer.from([0x89, 0x50, 0, 0]));
  writeFileSync(join(dir, '.gitignore'), 'skip.md\n');
  writeFileSync(join(dir, 'policies/.plain-ig-ignore'), 'old/\n');
  return dir;
}

describe('inputs', () => {
  it('walks folders for .md, .txt and .docx files, honouring .gitignore and .plain-ig-ignore', async () => {
    const dir = library();
    const run = await runMain(['check', '.', '--format', 'json'], { cwd: dir });
    expect(files(run.stdout)).toEqual(['notes.md', 'policies/a.md', 'policies/b.txt']);
  });

  it('expands globs, leaving out ignored files', async () => {
    const dir = library();
    const run = await runMain(['check', 'policies/**/*.md', '--format', 'json'], { cwd: dir });
    expect(files(run.stdout)).toEqual(['policies/a.md']);
  });

  it('always checks a file named on the command line, and names each file once', async () => {
    const dir = library();
    const run = await runMain(['check', 'policies/skip.md', 'policies/skip.md', '--format', 'json'], { cwd: dir });
    expect(files(run.stdout)).toEqual(['policies/skip.md']);
  });

  it('a glob that matches nothing is an input error (exit 2)', async () => {
    const run = await runMain(['check', 'nowhere/**/*.md'], { cwd: library() });
    expect(run).toMatchObject({ code: 2, stderr: 'plain-ig: nowhere/**/*.md matches no Markdown, text or Word files\n' });
  });

  it('--stdin checks standard input under --stdin-filename, using that folder’s config', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team/.plain-ig.yml'), 'checks:\n  outdated: error\n');
    const run = await runMain(['check', '--stdin', '--stdin-filename', 'team/new.md', '--format', 'json'], { cwd: dir, stdin: 'We did the IG Toolkit.\n' });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { files: Array<{ path: string; findings: Array<{ severity: string }> }> };
    expect(json.files[0]).toMatchObject({ path: 'team/new.md', findings: [{ severity: 'error' }] });
  });

  it('--stdin without a name reports <stdin>', async () => {
    const run = await runMain(['check', '--stdin', '--format', 'json'], { stdin: 'Fine.\n' });
    expect(files(run.stdout)).toEqual(['<stdin>']);
  });

  it('--since REF checks only files changed since REF (committed, edited or new)', async () => {
    const dir = tempDir();
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    for (const name of ['same.md', 'edited.md', 'committed.md']) writeFileSync(join(dir, name), 'Fine.\n');
    git('add', '.');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'one');
    git('checkout', '-q', '-b', 'change');
    writeFileSync(join(dir, 'committed.md'), 'Changed.\n');
    git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qam', 'two');
    writeFileSync(join(dir, 'edited.md'), 'Edited.\n');
    writeFileSync(join(dir, 'new.md'), 'New.\n');
    const run = await runMain(['check', '--since', 'main', '--format', 'json'], { cwd: dir });
    expect(files(run.stdout)).toEqual(['committed.md', 'edited.md', 'new.md']);
    const bad = await runMain(['check', '--since', 'no-such-branch'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^plain-ig: --since: git does not know "no-such-branch"/);
  });

  it('--since finds the git repository of each path, not of the working folder', async () => {
    const outside = tempDir();
    const repos = ['one', 'two'].map((name) => {
      const dir = join(tempDir(), name);
      mkdirSync(dir);
      const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
      git('init', '-q', '-b', 'main');
      for (const file of ['same.md', 'edited.md']) writeFileSync(join(dir, file), 'Fine.\n');
      git('add', '.');
      git('-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'one');
      writeFileSync(join(dir, 'edited.md'), 'Edited.\n');
      return dir;
    });
    const run = await runMain(['check', ...repos, '--since', 'HEAD', '--format', 'json'], { cwd: outside });
    expect(run.stderr).toBe('');
    expect(files(run.stdout)).toEqual(repos.map((dir) => join(dir, 'edited.md')));
    const loose = await runMain(['check', outside, '--since', 'HEAD'], { cwd: repos[0]! });
    expect(loose.code).toBe(2);
    expect(loose.stderr).toBe(`plain-ig: --since needs a git repository (and git installed); ${outside} is not in one\n`);
  });
});
