/**
 * `--fix` and `--fix-dry-run`: apply the safe fixes (never a reframe), check
 * again and repeat until nothing changes (at most {@link MAX_FIX_PASSES}
 * times), then write the file atomically or show a unified diff.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { applyFixes, safeEdits } from '../core/fixes.ts';
import type { CheckResult } from '../core/run.ts';

/** The most times the fixes are applied and the text re-checked. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies safe fixes until the text is stable.
 * @param check checks a text (the same settings every pass)
 * @returns the fixed text, how many fixes were applied, and the findings of the fixed text
 */
export function fixText(text: string, check: (text: string) => CheckResult): { text: string; applied: number; result: CheckResult } {
  let current = text;
  let applied = 0;
  let result = check(current);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = safeEdits(result.findings);
    if (edits.length === 0) break;
    const next = applyFixes(current, edits);
    if (next.applied.length === 0 || next.text === current) break;
    current = next.text;
    applied += next.applied.length;
    result = check(current);
  }
  return { text: current, applied, result };
}

/**
 * Encodes fixed text the way the original bytes were: UTF-8 (keeping a BOM) or UTF-16 LE/BE with a BOM.
 */
export function encodeLike(original: Uint8Array, text: string): Buffer {
  if (original[0] === 0xff && original[1] === 0xfe) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (original[0] === 0xfe && original[1] === 0xff) {
    const le = Buffer.from(text, 'utf16le');
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
  }
  const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf;
  return Buffer.from(bom ? `\ufeff${text}` : text, 'utf8');
}

/**
 * Writes a file atomically: a temporary file in the same folder, then a rename,
 * so a reader never sees half a file. The file keeps its permissions.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.plain-ig-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(temp, data, mode === undefined ? {} : { mode });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
    throw error;
  }
}

/** A unified diff between the text before and after fixing (the `diff` package is loaded only here). */
export async function unifiedDiff(path: string, before: string, after: string): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const [from, to] = path.startsWith('/') ? [path, path] : [`a/${path}`, `b/${path}`];
  return createTwoFilesPatch(from, to, before, after, undefined, undefined, { context: 3 });
}
