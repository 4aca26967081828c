/**
 * Baselines: `--baseline FILE` records the findings a library already has, so
 * that later runs fail only on new ones. A finding is matched by its rule, its
 * file and the words around it (not its line), so findings still match when
 * lines are inserted or removed above them. Each recorded finding absorbs at
 * most one finding of a later run, so a second copy of the same wording is new.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from './args.ts';
import type { FileResult } from './check-file.ts';
import { writeFileAtomic } from './fix.ts';

/** One recorded finding. */
export interface BaselineEntry {
  /** Path relative to the baseline file's folder, with forward slashes. */
  path: string;
  /** `check/ruleId`. */
  rule: string;
  /** The words around the finding, the flagged words in [brackets]. */
  context: string;
}

/** The baseline file (version 1). */
export interface BaselineFile {
  version: 1;
  note: string;
  findings: BaselineEntry[];
}

const NOTE =
  'Findings recorded by plain-ig check --update-baseline. Runs with --baseline report only findings not listed here. ' +
  'Remove an entry (or run --update-baseline again) once the wording is fixed.';

function keyOf(entry: BaselineEntry): string {
  return `${entry.path}\u0000${entry.rule}\u0000${entry.context}`;
}

/** The path of a checked file (as shown, relative to `cwd`) as the baseline records it. */
function baselinePath(baselineFile: string, file: string, cwd: string): string {
  return relative(dirname(resolve(cwd, baselineFile)), resolve(cwd, file)).split(sep).join('/');
}

/** The baseline entries of a run's findings, sorted so that the file diffs well. */
export function entriesOf(baselineFile: string, results: readonly FileResult[], cwd: string = process.cwd()): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  for (const result of results) {
    const path = baselinePath(baselineFile, result.path, cwd);
    result.findings.forEach((finding, i) => entries.push({ path, rule: `${finding.check}/${finding.ruleId}`, context: result.contexts[i] ?? '' }));
  }
  return entries.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/**
 * Reads a baseline file.
 * @throws UsageError when it is missing or not a Plain IG baseline
 */
export function readBaseline(file: string): BaselineEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: baseline file not found (create it with --update-baseline)`);
    throw new UsageError(`${file}: cannot read the baseline (${code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${file}: the baseline is not valid JSON (recreate it with --update-baseline)`);
  }
  const findings = (data as Partial<BaselineFile> | null)?.findings;
  if (!Array.isArray(findings) || (data as BaselineFile).version !== 1) {
    throw new UsageError(`${file}: not a Plain IG baseline (expected "version": 1 and a "findings" list)`);
  }
  return findings.filter(
    (entry): entry is BaselineEntry =>
      typeof entry === 'object' && entry !== null && typeof entry.path === 'string' && typeof entry.rule === 'string' && typeof entry.context === 'string',
  );
}

/** Writes a baseline file atomically. */
export function writeBaseline(file: string, entries: readonly BaselineEntry[]): void {
  const data: BaselineFile = { version: 1, note: NOTE, findings: [...entries] };
  writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * Removes the findings the baseline already records from each result.
 * @returns how many findings the baseline absorbed
 */
export function applyBaseline(baselineFile: string, entries: readonly BaselineEntry[], results: FileResult[], cwd: string = process.cwd()): number {
  const remaining = new Map<string, number>();
  for (const entry of entries) remaining.set(keyOf(entry), (remaining.get(keyOf(entry)) ?? 0) + 1);
  let absorbed = 0;
  for (const result of results) {
    const path = baselinePath(baselineFile, result.path, cwd);
    const keep: number[] = [];
    result.findings.forEach((finding, i) => {
      const key = keyOf({ path, rule: `${finding.check}/${finding.ruleId}`, context: result.contexts[i] ?? '' });
      const left = remaining.get(key) ?? 0;
      if (left > 0) {
        remaining.set(key, left - 1);
        absorbed++;
      } else {
        keep.push(i);
      }
    });
    if (keep.length !== result.findings.length) {
      result.findings = keep.map((i) => result.findings[i]!);
      result.contexts = keep.map((i) => result.contexts[i]!);
    }
  }
  return absorbed;
}
