/** What the side-by-side benchmarks share: their command-line options, and another git ref's core extracted to compare with. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const repo = new URL('../', import.meta.url).pathname;

/** The value after `--name` on the command line, or `fallback`. */
export function option(name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 && argv[at + 1] ? argv[at + 1]! : fallback;
}

/** True when `--name` is on the command line. */
export function flag(name: string): boolean {
  return argv.includes(`--${name}`);
}

/**
 * Extracts `ref`'s `server/src` and `dictionaries/` from git into
 * `.bench-ref/<prefix><ref>` (read-only: nothing else in the tree changes),
 * sharing this tree's node_modules, and returns the folder.
 */
export function extractRef(ref: string, prefix = ''): string {
  const refDir = join(repo, '.bench-ref', `${prefix}${ref.replace(/[^\w.-]/g, '_')}`);
  rmSync(refDir, { recursive: true, force: true });
  mkdirSync(refDir, { recursive: true });
  const archive = execFileSync('git', ['archive', ref, 'server/src', 'dictionaries'], { cwd: repo, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', refDir], { input: archive });
  // Some sources import from node_modules by relative path; share this tree's.
  symlinkSync(join(repo, 'node_modules'), join(refDir, 'node_modules'));
  return refDir;
}
