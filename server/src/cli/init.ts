/**
 * `plain-ig init [FOLDER]`: writes the commented starter `.plain-ig.yml` (the
 * same text as the VS Code command), refusing to overwrite any config file
 * already in the folder.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONFIG_NAMES } from '../core/shared.ts';
import { STARTER_CONFIG } from '../engine/settings.ts';
import { UsageError } from './args.ts';

/** The help text of `plain-ig init`. */
export const INIT_USAGE = `Usage: plain-ig init [FOLDER]

Writes a starter .plain-ig.yml in FOLDER (default: this folder). Every setting
in it is commented out, so nothing changes until you edit it. An existing
config file is never overwritten.`;

/**
 * Runs `plain-ig init` with the arguments after `init`.
 * @returns 0 when written
 * @throws UsageError when a config file is already there, the folder is missing or the file cannot be written
 */
export function runInit(args: string[], out: NodeJS.WritableStream, cwd: string): number {
  if (args.includes('-h') || args.includes('--help')) {
    out.write(`${INIT_USAGE}\n`);
    return 0;
  }
  const options = args.filter((arg) => arg.startsWith('-'));
  if (options.length > 0) throw new UsageError(`unknown option "${options[0]}" for init (try plain-ig init --help)`);
  if (args.length > 1) throw new UsageError('init takes one folder at most');
  const folder = resolve(cwd, args[0] ?? '.');
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`${args[0]}: no such folder`);
  const shown = (name: string): string => relative(cwd, join(folder, name)) || name;
  const existing = CONFIG_NAMES.find((name) => existsSync(join(folder, name)));
  if (existing) throw new UsageError(`${shown(existing)} already exists, so nothing was written (edit it, or delete it and run plain-ig init again)`);
  const file = join(folder, CONFIG_NAMES[0]);
  try {
    writeFileSync(file, STARTER_CONFIG, { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`${shown(CONFIG_NAMES[0])}: cannot write the config file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  out.write(`Wrote ${shown(CONFIG_NAMES[0])}. Every setting in it is commented out, so nothing changes until you edit it.\n`);
  return 0;
}
