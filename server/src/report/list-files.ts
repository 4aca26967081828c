/**
 * The files a report covers, found by the same walker as `plain-ig check`.
 * Kept apart from collect.ts, which the browser page bundles.
 */
import { existsSync, statSync } from 'node:fs';
import { filesIn } from '../sources/inputs.ts';
import { MissingPathError } from './collect.ts';

/**
 * Lists the files to check: folders are walked by the same walker as
 * `plain-ig check` ({@link filesIn}: `.gitignore` and `.plain-ig-ignore` are
 * honoured, hidden folders and node_modules skipped); files named directly
 * are always included, so that a file Plain IG cannot read is reported as not
 * checked rather than silently left out.
 * @throws MissingPathError when a path does not exist
 */
export function listFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (!existsSync(input)) throw new MissingPathError(`${input}: no such file or folder`);
    if (statSync(input).isDirectory()) for (const file of filesIn(input)) files.push(file);
    else files.push(input);
  }
  return [...new Set(files)];
}
