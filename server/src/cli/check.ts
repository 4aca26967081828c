/**
 * `plain-ig check`: find the files, check them (on every core when there are
 * many), apply the baseline, write the report and work out the exit code.
 */
import { appendFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { applySettings } from '../core/settings.ts';
import { defaultSettings } from '../engine/settings.ts';
import { readExplicitConfig, SettingsResolver } from '../sources/settings.ts';
import { UsageError, type CheckArgs } from './args.ts';
import { applyBaseline, entriesOf, readBaseline, writeBaseline, type BaselineEntry } from './baseline.ts';
import { CLI_BLOCK_CACHE, type FileJob, type FileResult } from './check-file.ts';
import { MAX_FILE_BYTES } from '../sources/files.ts';
import { KIND_NAMES, type ReadOnlyKind } from '../sources/read-only-documents.ts';
import { writeFileAtomic } from './fix.ts';
import { formatGithubSummary } from './formats/github.ts';
import { formatReport } from './formats/index.ts';
import { failsAt, type RunReport } from './formats/report.ts';
import { changedSinceIn, collectInputs, type InputProblem } from '../sources/inputs.ts';
import { Progress } from './progress.ts';
import { runJobs, workerCount } from './workers.ts';
import { setBlockCacheLimit } from '../core/run.ts';



/** The streams and folder a run uses (tests pass their own). */
export interface CheckIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The path shown for a file: relative to the working folder when inside it, else absolute; forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
  return shown.split(sep).join('/');
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_FILE_BYTES) throw new UsageError(`standard input is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function realpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The files to check, as jobs, and the inputs that gave none. */
async function planJobs(args: CheckArgs, io: CheckIo, settings: SettingsResolver): Promise<{ jobs: FileJob[]; problems: InputProblem[] }> {
  if (args.stdin) {
    const bytes = await readStdin(io.stdin);
    const name = args.stdinFilename ?? '<stdin>';
    const file = resolve(io.cwd, args.stdinFilename ?? 'stdin.md');
    return {
      jobs: [{ index: 0, file, path: args.stdinFilename ? displayPath(file, io.cwd) : name, settings: settings.settingsFor(file), fix: args.fix, bytes }],
      problems: [],
    };
  }
  const inputs = args.inputs.length > 0 ? args.inputs : args.since ? ['.'] : [];
  if (inputs.length === 0) throw new UsageError('no files given (try: plain-ig check policies/)');
  const { files: found, problems } = await collectInputs(inputs, io.cwd);
  let files = found;
  if (args.since) {
    const given = inputs.map((input) => ({ given: input, path: resolve(io.cwd, input) }));
    const changed = new Set([...changedSinceIn(args.since, given, found)].map(realpath));
    files = files.filter((file) => changed.has(realpath(file)));
  }
  const jobs = files.map((file, index) => ({ index, file, path: displayPath(file, io.cwd), settings: settings.settingsFor(file), fix: args.fix }));
  return { jobs, problems };
}

/**
 * With `--format github` in GitHub Actions: appends the Markdown job summary to
 * the file named in `GITHUB_STEP_SUMMARY` (nothing is written without it).
 * @throws UsageError when that file cannot be written
 */
function writeJobSummary(report: RunReport, io: CheckIo): void {
  const file = io.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  try {
    appendFileSync(file, formatGithubSummary(report));
  } catch (error) {
    throw new UsageError(`GITHUB_STEP_SUMMARY: cannot write the job summary to ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Runs `plain-ig check`.
 * @returns the exit code: 0 clean, 1 findings at or above the fail level (or too many warnings), 2 input errors
 * @throws UsageError, ConfigError or DictionaryError for problems that stop the run before any file is checked
 */
export async function runCheck(args: CheckArgs, io: CheckIo): Promise<number> {
  const overrides: Record<string, unknown> = {};
  if (args.audience) overrides['audience'] = args.audience;
  if (args.nation) overrides['nation'] = args.nation;
  const { settings: base, problems: settingProblems } = applySettings(defaultSettings(), overrides);
  const bad = settingProblems.find((problem) => problem.level === 'error');
  if (bad) throw new UsageError(bad.message);

  const warn = (line: string): void => void io.err.write(`${line}\n`);
  const explicit = args.config ? readExplicitConfig(resolve(io.cwd, args.config), args.config, base) : undefined;
  const resolver = new SettingsResolver(base, explicit, (loaded) => {
    for (const warning of loaded.warnings) warn(`plain-ig: ${displayPath(loaded.file, io.cwd)}: ${warning.message}`);
  });

  const baselineFile = args.baseline ? resolve(io.cwd, args.baseline) : undefined;
  let baseline: BaselineEntry[] | undefined;
  if (baselineFile && !args.updateBaseline) baseline = readBaseline(baselineFile);

  setBlockCacheLimit(CLI_BLOCK_CACHE);
  const { jobs, problems } = await planJobs(args, io, resolver);
  const errors: InputProblem[] = [...problems];
  for (const problem of problems) warn(`plain-ig: ${problem.path} ${problem.message}`);

  const results: FileResult[] = [];
  const workers = workerCount(jobs.length, args.jobs);
  const progress = new Progress(io.err, jobs.length, args.progress && Boolean((io.err as NodeJS.WriteStream).isTTY) && jobs.length > 1);
  try {
    await runJobs(jobs, workers, (result) => {
      progress.tick();
      if (result.error !== undefined) {
        progress.finish();
        warn(`plain-ig: ${result.path} ${result.error}`);
        errors.push({ path: result.path, message: result.error });
      } else {
        if (result.readOnly) {
          progress.finish();
          warn(`plain-ig: ${result.path} is a ${KIND_NAMES[result.kind as ReadOnlyKind]}, which Plain IG only reads: no fixes were made (make them in the original)`);
        }
        results.push(result);
      }
    });
  } finally {
    progress.finish();
  }

  let baselined: number | undefined;
  if (baselineFile && args.updateBaseline) {
    const entries = entriesOf(baselineFile, results, io.cwd);
    writeBaseline(baselineFile, entries);
    warn(`plain-ig: recorded ${entries.length} finding${entries.length === 1 ? '' : 's'} in ${displayPath(baselineFile, io.cwd)}`);
    baselined = applyBaseline(baselineFile, entries, results, io.cwd);
  } else if (baselineFile && baseline) {
    baselined = applyBaseline(baselineFile, baseline, results, io.cwd);
  }

  const fixesApplied = args.fix === 'off' ? undefined : results.reduce((sum, result) => sum + result.fixesApplied, 0);
  const report: RunReport = { results, errors, failOn: args.failOn, baselined, fixesApplied };
  let output: string;
  if (args.fix === 'dry-run') {
    output = results.map((result) => result.patch ?? '').join('');
    const changed = results.filter((result) => result.patch !== undefined).length;
    warn(`plain-ig: ${fixesApplied} safe fix${fixesApplied === 1 ? '' : 'es'} would change ${changed} file${changed === 1 ? '' : 's'} (nothing was written)`);
  } else {
    const color = !args.output && Boolean((io.out as NodeJS.WriteStream).isTTY) && !io.env['NO_COLOR'];
    output = formatReport(args.format, report, {
      color: color || Boolean(io.env['FORCE_COLOR'] && io.env['FORCE_COLOR'] !== '0'),
      cwd: io.cwd,
      github: { all: args.annotateAll, maxPerFile: args.maxAnnotations },
    });
    if (args.format === 'github') writeJobSummary(report, io);
  }
  if (args.output) {
    try {
      writeFileAtomic(resolve(io.cwd, args.output), output);
    } catch (error) {
      throw new UsageError(`${args.output}: cannot write the output (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    io.out.write(output);
  }

  if (errors.length > 0) return 2;
  const findings = results.flatMap((result) => result.findings);
  if (findings.some((finding) => failsAt(finding, args.failOn))) return 1;
  if (args.maxWarnings !== undefined) {
    const warnings = findings.filter((finding) => finding.severity === 'warning').length;
    if (warnings > args.maxWarnings) {
      warn(`plain-ig: ${warnings} warnings is more than --max-warnings ${args.maxWarnings}`);
      return 1;
    }
  }
  return 0;
}
