/**
 * Turning the command line's files, folders and globs into the list of files
 * to check: folders are walked for Markdown, text and Word files, `.gitignore`
 * and `.plain-ig-ignore` are honoured, and `--since REF` keeps only the files
 * git says changed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { InputsError } from './input-error.ts';
import { isCheckable } from './files.ts';

/** Files whose patterns leave files out of a check, read in every folder. */
export const IGNORE_FILES = ['.gitignore', '.plain-ig-ignore'] as const;

/** A command-line input that gave nothing to check, and why (one line). */
export interface InputProblem {
  path: string;
  message: string;
}

/** The files to check (absolute, in a stable order, no repeats) and the inputs that gave none. */
export interface InputSet {
  files: string[];
  problems: InputProblem[];
}

const GLOB_CHARS = /[*?[\]{}]/;

/** Reads and caches the ignore rules of each folder. */
class IgnoreRules {
  private readonly byFolder = new Map<string, Ignore | null>();

  private rulesIn(folder: string): Ignore | null {
    let rules = this.byFolder.get(folder);
    if (rules === undefined) {
      rules = null;
      for (const name of IGNORE_FILES) {
        const file = join(folder, name);
        if (!existsSync(file)) continue;
        try {
          rules ??= ignore();
          rules.add(readFileSync(file, 'utf8'));
        } catch {
          // An unreadable ignore file leaves nothing out.
        }
      }
      this.byFolder.set(folder, rules);
    }
    return rules;
  }

  /** True when the rules of the folders from `root` down to the path's folder leave it out. */
  ignores(path: string, isFolder: boolean, root: string): boolean {
    const folders: string[] = [];
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      folders.unshift(dir);
      if (dir === root || dirname(dir) === dir || !(dir + sep).startsWith(root + sep)) break;
    }
    let ignored = false;
    for (const folder of folders) {
      const rules = this.rulesIn(folder);
      if (!rules) continue;
      const rel = relative(folder, path).split(sep).join('/') + (isFolder ? '/' : '');
      if (rel === '' || rel.startsWith('..')) continue;
      const result = rules.test(rel);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }
}

/** The nearest folder at or above `path` that holds `.git`, else `fallback`. */
function repositoryRoot(path: string, fallback: string): string {
  for (let dir = path; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return fallback;
  }
}

function walk(folder: string, root: string, rules: IgnoreRules, files: string[]): void {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (!isFolder && !isCheckable(path)) continue;
    if (rules.ignores(path, isFolder, root)) continue;
    if (isFolder) walk(path, root, rules, files);
    else files.push(path);
  }
}

/**
 * The files Plain IG checks in a folder and the folders below it (Markdown,
 * text, Word and PDF files), in a stable order, leaving out hidden files and
 * folders, `node_modules`, and what `.gitignore` and `.plain-ig-ignore` files
 * (in the folder, below it, and above it up to the repository root) leave out.
 * The one walker of the CLI, the report and the language server's workspace check.
 * @param folder an absolute folder path
 */
export function filesIn(folder: string, rules: IgnoreRules = new IgnoreRules()): string[] {
  const files: string[] = [];
  walk(folder, repositoryRoot(folder, folder), rules, files);
  return files;
}

/**
 * Finds the files to check. A file named on the command line is always
 * checked; files found in folders or by globs are Markdown, text or Word
 * files not left out by `.gitignore` or `.plain-ig-ignore`.
 * @param inputs files, folders and globs (relative to `cwd`)
 */
export async function collectInputs(inputs: readonly string[], cwd: string = process.cwd()): Promise<InputSet> {
  const rules = new IgnoreRules();
  const files: string[] = [];
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      for (const file of filesIn(path, rules)) files.push(file);
    } else if (stat) {
      files.push(path);
    } else if (GLOB_CHARS.test(input)) {
      const { glob } = await import('tinyglobby');
      const matches = await glob([input], { cwd, absolute: true, dot: false, onlyFiles: true, ignore: ['**/node_modules/**'] });
      const found = matches
        .map((match) => resolve(match))
        .filter((match) => isCheckable(match) && !rules.ignores(match, false, repositoryRoot(dirname(match), cwd)))
        .sort();
      if (found.length === 0) problems.push({ path: input, message: 'matches no Markdown, text or Word files' });
      for (const file of found) files.push(file); // not push(...found): a huge glob would overflow the stack
    } else {
      problems.push({ path: input, message: 'does not exist' });
    }
  }
  return { files: [...new Set(files)], problems };
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/**
 * The top folder of the git repository `folder` is in.
 * @param shown how to name the folder in the error
 * @throws InputsError when git is missing or the folder is not in a repository
 */
export function repositoryTop(folder: string, shown = 'this folder'): string {
  try {
    return git(['rev-parse', '--show-toplevel'], folder).trim();
  } catch {
    throw new InputsError(`--since needs a git repository (and git installed); ${shown} is not in one`);
  }
}

/**
 * The files (absolute paths) changed since a git ref: committed, staged, unstaged
 * and new untracked files, compared with the point where this branch left REF.
 * @throws InputsError when git is missing, this is not a repository or REF is unknown
 */
export function changedSince(ref: string, cwd: string = process.cwd()): Set<string> {
  const top = repositoryTop(cwd);
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
  } catch {
    throw new InputsError(`--since: git does not know "${ref}" (in CI, fetch it first, for example with fetch-depth: 0)`);
  }
  let base = ref;
  try {
    base = git(['merge-base', ref, 'HEAD'], top).trim() || ref;
  } catch {
    // No common history: compare with the ref itself.
  }
  const changed = git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', base, '--'], top);
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top);
  return new Set(
    `${changed}\0${untracked}`
      .split('\0')
      .filter(Boolean)
      .map((name) => resolve(top, name)),
  );
}

/**
 * The files changed since a git ref in the repositories of the given paths:
 * each input (a file or folder, named as on the command line) and each file
 * found is looked up in its own repository, so `plain-ig check ../other-repo
 * --since main` works from any folder.
 * @param inputs the inputs as given and as resolved; globs (which do not exist as paths) are skipped
 * @param files the files found, absolute
 * @returns the changed files among all those repositories, absolute
 * @throws InputsError when an input is not in a git repository, or REF is unknown in one
 */
export function changedSinceIn(ref: string, inputs: ReadonlyArray<{ given: string; path: string }>, files: readonly string[]): Set<string> {
  const topOf = new Map<string, string>();
  const top = (folder: string, shown: string): string => {
    let found = topOf.get(folder);
    if (found === undefined) {
      found = repositoryTop(folder, shown);
      topOf.set(folder, found);
    }
    return found;
  };
  const tops = new Set<string>();
  for (const { given, path } of inputs) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    tops.add(top(stat.isDirectory() ? path : dirname(path), given === '.' ? 'this folder' : given));
  }
  for (const file of files) tops.add(top(dirname(file), file));
  const changed = new Set<string>();
  for (const root of tops) for (const file of changedSince(ref, root)) changed.add(file);
  return changed;
}
