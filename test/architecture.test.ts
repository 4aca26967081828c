// The layers stay as ARCHITECTURE.md draws them: dependency-cruiser checks the
// rules in .dependency-cruiser.cjs (no circles; core/ never imports a check or
// a front end; front ends never import each other; the client imports only
// the shared constants), knip finds unused files and dependencies, and no
// shipped code imports a file inside node_modules by path.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (script: string) => spawnSync('npm', ['run', '--silent', script], { encoding: 'utf8', timeout: 240_000 });

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });

describe('architecture', () => {
  it('the layer rules pass with no exceptions (npm run lint:layers)', () => {
    const result = run('lint:layers');
    expect(result.stdout + result.stderr).toMatch(/no dependency violations found \((\d{3,}) modules/);
    expect(result.status).toBe(0);
  }, 240_000);

  it('no unused files or dependencies (npm run lint:unused)', () => {
    const result = run('lint:unused');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 240_000);

  it('no shipped code imports a file inside node_modules by path', () => {
    const offenders = ['server/src', 'client/src', 'web/src'].flatMap(sourceFiles).filter((file) => /from\s+['"][^'"]*node_modules\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
