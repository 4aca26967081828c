/**
 * `npm run test:mutation`: mutation testing with Stryker over the configured
 * folders (or some groups or files of them), incrementally (only mutants whose
 * code or covering tests changed since the last run are tested again), then
 * the summary per folder written into docs/testing.md with the date and commit.
 *
 *   npm run test:mutation                      every group
 *   npm run test:mutation -- core checks       some groups (core, checks, fix, formats, code-actions)
 *   npm run test:mutation -- --only server/src/core/positions.ts --only server/src/checks/acronym.ts
 *                                              some files (each in its group)
 *   npm run test:mutation -- --summary         only rewrite the summary from the last reports
 *   npm run test:mutation -- --survivors       list the mutants no test noticed (from the same reports)
 *   npm run test:mutation -- --sample 0.2 --seed 1 checks
 *                                              a seeded random fifth of each file's mutants, as exact ranges
 *                                              (scripts/mutation-sample.ts); the summary shows estimates
 *   --concurrency N                            test runners at once (default 1, from stryker.config.mjs)
 *   --timeout-ms N                             Stryker's timeoutMS (default 20000): shorter for code whose mutants loop
 *
 * Reports: reports/mutation/<run>.json (mutation-testing-report schema) and
 * reports/mutation/<run>.incremental.json (what the next run of the same
 * files reuses), where <run> is `all`, `subset-<hash of the file list>` or
 * `sample-<hash of the ranges>` (a sampled run: scripts/mutation-sample.ts).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';
import { drawSample, enumerateMutants, estimate, mutantKey, rangesFor, type Estimate, type FilePart, type MutantId } from './mutation-sample.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the runs' results are kept (another folder only in the script's own tests). */
const REPORTS = process.env.PLAIN_IG_MUTATION_REPORTS ?? join(ROOT, 'reports/mutation');
const DOC = join(ROOT, 'docs/testing.md');
const START = '<!-- mutation-summary:start (written by scripts/mutation.ts) -->';
const END = '<!-- mutation-summary:end -->';

/** The configured groups: what `mutate` covers in each (keep in step with stryker.config.mjs). */
export const GROUPS: Record<string, string[]> = {
  core: ['server/src/core/**/*.ts'],
  checks: ['server/src/checks/**/*.ts'],
  engine: ['server/src/engine/**/*.ts'],
  fix: ['server/src/cli/fix.ts'],
  formats: ['server/src/cli/formats/**/*.ts'],
  'code-actions': ['server/src/lsp/code-actions.ts'],
};

/** The group a source file belongs to, by its path. */
function groupOf(file: string): string | undefined {
  if (file.startsWith('server/src/core/')) return 'core';
  if (file.startsWith('server/src/checks/')) return 'checks';
  if (file.startsWith('server/src/engine/')) return 'engine';
  if (file === 'server/src/cli/fix.ts') return 'fix';
  if (file.startsWith('server/src/cli/formats/')) return 'formats';
  if (file === 'server/src/lsp/code-actions.ts') return 'code-actions';
  return undefined;
}

/** Counts of one folder or file. */
interface Counts {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
}

const empty = (): Counts => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, errors: 0, ignored: 0 });

function add(counts: Counts, status: string): void {
  if (status === 'Killed') counts.killed++;
  else if (status === 'Timeout') counts.timeout++;
  else if (status === 'Survived') counts.survived++;
  else if (status === 'NoCoverage') counts.noCoverage++;
  else if (status === 'Ignored') counts.ignored++;
  else counts.errors++; // CompileError, RuntimeError
}

/** Stryker's mutation score: detected / (detected + undetected); errors and ignored mutants do not count. */
function score(c: Counts): string {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? '–' : `${((100 * (c.killed + c.timeout)) / valid).toFixed(1)}%`;
}

function row(name: string, c: Counts): string {
  return `| ${name} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.errors} | ${c.ignored} | ${score(c)} |`;
}

/** A sampled run's draw, as its `.run.json` records it. */
interface SampleInfo {
  seed: number;
  fraction: number;
  /** Per file: how many mutants it has, and the keys (`mutantKey`) of the ones drawn. */
  files: Record<string, { population: number; sampled: string[] }>;
}

/** What a run's `.run.json` holds: when, on what commit, and (since the third session) what it mutated. */
interface RunInfo {
  date: string;
  commit: string;
  /** The `mutate` patterns of the run; absent in runs before this was recorded. */
  mutate?: string[];
  /** Present when the run was a random sample (fifth session on). */
  sample?: SampleInfo;
}

function runInfo(reportPath: string): RunInfo | undefined {
  const run = reportPath.replace(/(\.incremental)?\.json$/, '.run.json');
  return existsSync(run) ? (JSON.parse(readFileSync(run, 'utf8')) as RunInfo) : undefined;
}

/** A `mutate` pattern's line range (`:5-9`, `:5:2-9:14`), which Stryker reads off its end. */
const RANGE = /:\d+(?::\d+)?-\d+(?::\d+)?$/;

/** A `mutate` pattern as a test of a path: `**` any folders, `*` any name part (all our patterns need). */
function patternTest(pattern: string): (path: string) => boolean {
  const source = pattern
    .replace(RANGE, '')
    .split('**/')
    .map((part) => part.split('*').map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('(?:.*/)?');
  const regex = new RegExp(`^${source}$`);
  return (path) => regex.test(path);
}

/**
 * True when the run of `reportPath` tested `file` (all of it or part). A report also carries the
 * results of every other file it was given from earlier runs (Stryker keeps
 * them, dropping the mutants whose code has changed since): those are not
 * measurements of this run, and a file changed since its own run would look
 * measured with fewer mutants. Runs that did not record what they mutated
 * count for every file in them, as before.
 */
function measuredIn(reportPath: string, file: string): boolean {
  const mutate = runInfo(reportPath)?.mutate;
  return !mutate || mutate.some((pattern) => patternTest(pattern)(file));
}

/** True when the run of `reportPath` tested every mutant of `file`: not a sample, and a pattern without a line range matched it. */
function measuredWhole(reportPath: string, file: string): boolean {
  const info = runInfo(reportPath);
  if (!info?.mutate) return true;
  if (info.sample) return false;
  return info.mutate.some((pattern) => !RANGE.test(pattern) && patternTest(pattern)(file));
}

/** When a report's run was made: from its `.run.json` (file times are checkout times in a clone). */
function runTime(path: string): number {
  const run = path.replace(/(\.incremental)?\.json$/, '.run.json');
  return existsSync(run) ? Date.parse(`${(JSON.parse(readFileSync(run, 'utf8')) as { date: string }).date}Z`) : statSync(path).mtimeMs;
}

/**
 * One report per run, oldest first. The incremental files are committed (the
 * reports beside them are not) and hold the same results, so a run is read
 * from its incremental file, or from its report where there is none.
 */
function reportsNewestLast(): string[] {
  if (!existsSync(REPORTS)) return [];
  // An incremental file without its `.run.json` is a run that has not finished (or was
  // stopped): it holds only the merged copy written before the run, so it is skipped.
  const finished = (n: string): boolean => existsSync(join(REPORTS, n.replace(/\.incremental\.json$/, '.run.json')));
  const names = readdirSync(REPORTS).filter(
    (n) => (n.endsWith('.incremental.json') && finished(n)) || (n.endsWith('.json') && !n.endsWith('.run.json') && !n.endsWith('.incremental.json') && !existsSync(join(REPORTS, n.replace(/\.json$/, '.incremental.json')))),
  );
  return names.map((n) => join(REPORTS, n)).sort((a, b) => runTime(a) - runTime(b));
}

interface IncrementalTest {
  id: string;
  name: string;
}

/** A mutant as a report (or an incremental file) holds it. */
interface ReportMutant {
  id?: string;
  status: string;
  mutatorName: string;
  replacement?: string;
  location: MutantId['location'];
  killedBy?: string[];
  coveredBy?: string[];
}

interface ReportFileResult {
  language?: string;
  source: string;
  mutants: ReportMutant[];
}

interface IncrementalReport {
  files: Record<string, ReportFileResult>;
  testFiles?: Record<string, { tests: IncrementalTest[] }>;
}

/** A path as the summary names it: relative to the repository, with forward slashes. */
const repoPath = (path: string): string => relative(ROOT, resolve(ROOT, path)).split('\\').join('/');

/** One source file's results, merged over every run that measured it. */
export interface MergedFile {
  /** The file as the newest run that measured it saw it. */
  source: string;
  language?: string;
  /** Its mutants by key (`mutantKey`), each from the newest run that tested it. */
  mutants: Map<string, ReportMutant>;
  /** Some run tested every mutant of it (on this source). */
  whole: boolean;
  /** The sampled mutants' keys, over every sampled run of it (on this source), and its mutant count. */
  sample?: { keys: Set<string>; population: number };
}

/**
 * Every source file's results, merged over the runs oldest to newest: a
 * file's mutants are joined by key, the newest result of each mutant kept,
 * so a run of a line range or a sample adds to what was known of the file
 * instead of standing for all of it. A run that saw the file with other
 * source starts it afresh (its older mutants' places are no longer right).
 * `rename` rewrites a run's mutants (the test ids, for the incremental file).
 */
function mergedFiles(rename?: (run: IncrementalReport) => (mutant: ReportMutant) => ReportMutant): { files: Map<string, MergedFile>; runs: Array<{ path: string; report: IncrementalReport; info: RunInfo | undefined }> } {
  const runs = reportsNewestLast().map((path) => ({ path, report: JSON.parse(readFileSync(path, 'utf8')) as IncrementalReport, info: runInfo(path) }));
  const files = new Map<string, MergedFile>();
  for (const { path, report, info } of runs) {
    const rewrite = rename?.(report) ?? ((mutant: ReportMutant) => mutant);
    for (const [name, result] of Object.entries(report.files)) {
      const file = repoPath(name);
      if (!measuredIn(path, file)) continue;
      let merged = files.get(file);
      if (!merged || merged.source !== result.source) {
        merged = { source: result.source, mutants: new Map(), whole: false, ...(result.language ? { language: result.language } : {}) };
        files.set(file, merged);
      }
      for (const mutant of result.mutants) merged.mutants.set(mutantKey({ file, mutatorName: mutant.mutatorName, replacement: mutant.replacement ?? '', location: mutant.location }), rewrite(mutant));
      if (measuredWhole(path, file)) merged.whole = true;
      const drawn = info?.sample?.files[file];
      if (drawn) {
        const keys = merged.sample?.keys ?? new Set<string>();
        for (const key of drawn.sampled) keys.add(key);
        merged.sample = { keys, population: drawn.population };
      }
    }
  }
  return { files, runs };
}

/**
 * Every earlier run's results in one incremental report: each source file's
 * mutants merged over the runs that tested it (`mergedFiles`), each test file
 * from the newest run, so a run of any subset reuses what any earlier run
 * measured (Stryker reuses a result only when the mutant's code and its
 * tests are unchanged).
 *
 * Test ids are numbers given afresh in each run, and a mutant names the tests
 * that covered and killed it by id. So the ids are made one set here: each
 * test (its file and name) gets one id, and every mutant's ids are rewritten
 * from its own run's numbering; a test that is gone from the newest version of
 * its file is dropped from the mutants that named it. Before this, a mutant
 * from an older run pointed at whichever test had its number in the newest
 * run (the formats and code-actions run of 2 December reused 1 of 787
 * results, most likely for this reason). Checked: every `killedBy` of the
 * SARIF, JUnit and code-action mutants (394) names the same test after the
 * merge as in its own run. Exported for that check.
 */
export function mergedIncremental(): IncrementalReport | undefined {
  const all = reportsNewestLast().filter((p) => p.endsWith('.incremental.json'));
  if (all.length === 0) return undefined;
  // The newest version of each test file, with one id per test.
  const testFiles: Record<string, { tests: IncrementalTest[] }> = {};
  const reports = all.map((path) => JSON.parse(readFileSync(path, 'utf8')) as IncrementalReport);
  for (const report of reports) Object.assign(testFiles, report.testFiles ?? {});
  const idOf = new Map<string, string>();
  const key = (file: string, name: string): string => `${file}\u0000${name}`;
  for (const [file, testFile] of Object.entries(testFiles)) {
    testFiles[file] = {
      ...testFile,
      tests: testFile.tests.map((test) => {
        const id = String(idOf.size);
        idOf.set(key(file, test.name), id);
        return { ...test, id };
      }),
    };
  }
  const { files, runs } = mergedFiles((report) => {
    const own = new Map<string, string>();
    for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
      for (const test of testFile.tests) {
        const id = idOf.get(key(file, test.name));
        if (id !== undefined) own.set(test.id, id);
      }
    }
    const renameIds = (ids: string[]): string[] => ids.flatMap((id) => own.get(id) ?? []);
    return (mutant) => ({
      ...mutant,
      ...(mutant.killedBy ? { killedBy: renameIds(mutant.killedBy) } : {}),
      ...(mutant.coveredBy ? { coveredBy: renameIds(mutant.coveredBy) } : {}),
    });
  });
  const out: IncrementalReport['files'] = {};
  for (const [file, merged] of files) out[file] = { ...(merged.language ? { language: merged.language } : {}), source: merged.source, mutants: [...merged.mutants.values()] };
  const newest = runs.filter((run) => run.path.endsWith('.incremental.json')).at(-1)!.report;
  return { ...newest, files: out, testFiles };
}

/** The configured source files (tracked by git), so the summary can say which have no result. */
function configuredFiles(): string[] {
  const patterns = Object.values(GROUPS).flat().map(patternTest);
  const tracked = execFileSync('git', ['ls-files', 'server/src'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
  return tracked.filter((file) => file.endsWith('.ts') && patterns.some((test) => test(file)));
}

const percent = (x: number): string => (Number.isNaN(x) ? '–' : `${(100 * x).toFixed(1)}%`);

/** Counts of the listed mutants of a file. */
function countOf(mutants: Iterable<ReportMutant | undefined>): Counts {
  const counts = empty();
  for (const mutant of mutants) if (mutant) add(counts, mutant.status);
  return counts;
}

/** A file's part of a folder's estimate: its exact counts when measured whole, else its sample's. */
function partOf(merged: MergedFile): FilePart | undefined {
  if (merged.whole) {
    const c = countOf(merged.mutants.values());
    return { kind: 'full', detected: c.killed + c.timeout, valid: c.killed + c.timeout + c.survived + c.noCoverage };
  }
  if (!merged.sample) return undefined;
  const c = countOf([...merged.sample.keys].map((key) => merged.mutants.get(key)));
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return { kind: 'sample', detected: c.killed + c.timeout, valid, sampled: valid + c.errors + c.ignored, population: merged.sample.population };
}

const interval = (e: Estimate): string => (Number.isNaN(e.score) ? '–' : e.exact ? 'exact' : `${percent(e.low)} to ${percent(e.high)}`);

/**
 * The summary of every run in reports/mutation: files measured in full
 * (exact, per folder and per file, as before); sampled files as estimates
 * with a 95% interval and the sample size; per folder and overall an
 * estimate that joins both (`estimate` in scripts/mutation-sample.ts);
 * files measured only in part (a line range, not a sample) listed apart
 * and counted nowhere.
 */
export function summary(): string {
  const { files, runs } = mergedFiles();
  const dates = runs.map(({ path, info }) => (info ? `${info.date} UTC, commit \`${info.commit}\`${info.sample ? ` (sample ${info.sample.fraction}, seed ${info.sample.seed})` : ''}` : `${statSync(path).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`));
  const whole = [...files].filter(([, m]) => m.whole).sort(([a], [b]) => a.localeCompare(b));
  const sampled = [...files].filter(([, m]) => !m.whole && m.sample).sort(([a], [b]) => a.localeCompare(b));
  const partly = [...files].filter(([, m]) => !m.whole && !m.sample).map(([file, m]) => `\`${file}\` (${m.mutants.size} mutants)`).sort();
  const none = configuredFiles().filter((file) => !files.has(file));

  const byFolder = new Map<string, Counts>();
  const total = empty();
  for (const [file, merged] of whole) {
    const counts = countOf(merged.mutants.values());
    const folder = byFolder.get(dirname(file)) ?? empty();
    for (const key of Object.keys(counts) as Array<keyof Counts>) {
      folder[key] += counts[key];
      total[key] += counts[key];
    }
    byFolder.set(dirname(file), folder);
  }
  const parts = new Map<string, FilePart[]>();
  for (const [file, merged] of [...whole, ...sampled]) {
    const part = partOf(merged);
    if (part) parts.set(dirname(file), [...(parts.get(dirname(file)) ?? []), part]);
  }
  const estimateRow = (name: string, list: FilePart[]): string => {
    const e = estimate(list);
    const full = list.filter((p) => p.kind === 'full').length;
    const samples = list.filter((p): p is Extract<FilePart, { kind: 'sample' }> => p.kind === 'sample');
    return `| ${name} | ${full} | ${samples.length} | ${samples.reduce((n, p) => n + p.valid, 0)} | ${Math.round(e.mutants)} | ${e.exact ? '' : '≈ '}${percent(e.score)} | ${interval(e)} |`;
  };
  const header = '| | killed | timeout | survived | no coverage | errors | ignored | score |\n|---|---:|---:|---:|---:|---:|---:|---:|';
  const sampleRows = sampled.map(([file, merged]) => {
    const keys = [...merged.sample!.keys];
    const c = countOf(keys.map((key) => merged.mutants.get(key)));
    const e = estimate([partOf(merged)!]);
    const missing = keys.filter((key) => !merged.mutants.has(key)).length;
    return `| \`${file}\` | ${merged.sample!.population} | ${keys.length}${missing ? ` (${missing} without a result)` : ''} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored + c.errors} | ${Number.isNaN(e.score) ? '–' : `≈ ${percent(e.score)}`} | ${interval(e)} |`;
  });
  return [
    START,
    `Runs: ${dates.join('; ') || 'nothing yet'}.`,
    '',
    `**Measured in full** (every mutant tested; ${whole.length} files):`,
    '',
    header,
    ...[...byFolder].sort(([a], [b]) => a.localeCompare(b)).map(([folder, c]) => row(`\`${folder}/\``, c)),
    row('**all measured in full**', total),
    '',
    `**Estimate** (files measured in full count exactly; ${sampled.length} sampled files count as estimates, each weighted by its`,
    'number of mutants that count in a score; 95% interval: Wilson per sampled file, joined as independent strata).',
    'An estimate, not a measurement:',
    '',
    '| folder | files in full | files sampled | sampled mutants that count | mutants (est.) | score | 95% interval |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...[...parts].sort(([a], [b]) => a.localeCompare(b)).map(([folder, list]) => estimateRow(`\`${folder}/\``, list)),
    estimateRow('`server/src/core/` and `server/src/checks/` (with `risk/`)', [...parts].filter(([folder]) => /^server\/src\/(core|checks)(\/|$)/.test(folder)).flatMap(([, list]) => list)),
    estimateRow('**all**', [...parts.values()].flat()),
    '',
    ...(none.length > 0 ? [`No result yet (${none.length} files): ${none.map((file) => `\`${file}\``).join(', ')}.`, ''] : []),
    ...(partly.length > 0 ? [`Measured only in part (a line range; counted nowhere above): ${partly.join(', ')}.`, ''] : []),
    '<details><summary>Per file, measured in full</summary>',
    '',
    header,
    ...whole.map(([file, merged]) => row(`\`${file}\``, countOf(merged.mutants.values()))),
    '',
    '</details>',
    '',
    '<details><summary>Per file, sampled (counts of the drawn mutants only)</summary>',
    '',
    '| | mutants | sampled | killed | timeout | survived | no coverage | ignored or error | score (est.) | 95% interval |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...sampleRows,
    '',
    '</details>',
    END,
  ].join('\n');
}

/** Puts the summary between the markers in docs/testing.md (the rest of the page is kept). */
function writeSummary(): void {
  const text = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Testing\n\n## Mutation score\n\n${START}\n${END}\n`;
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  const next = from >= 0 && to > from ? text.slice(0, from) + summary() + text.slice(to + END.length) : `${text.trimEnd()}\n\n${summary()}\n`;
  writeFileSync(DOC, next);
}

/** The configured files that `patterns` (groups' globs or single files) name. */
function filesOf(patterns: readonly string[]): string[] {
  const tests = patterns.map(patternTest);
  return configuredFiles().filter((file) => tests.some((test) => test(file)));
}

/** Options of one run, from the command line. */
interface RunOptions {
  concurrency?: number;
  timeoutMS?: number;
  sample?: SampleInfo;
}

/**
 * Mutation-tests what `mutate` selects. A run over a subset has its own
 * report and incremental file (named by a hash of the subset), so it does not
 * overwrite the full run's; the summary merges each file's mutants over the runs.
 * After the run its incremental file keeps only the source files it tested
 * (the rest is a copy of earlier runs' files, which are kept already).
 */
async function runMutants(mutate: string[], subset: boolean, options: RunOptions): Promise<void> {
  mkdirSync(REPORTS, { recursive: true });
  // When and on what the report is made, for the summary (the commit the run starts from).
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const hash = createHash('sha1').update(mutate.join('\n')).digest('hex').slice(0, 8);
  const name = options.sample ? `sample-${hash}` : subset ? `subset-${hash}` : 'all';
  const previous = mergedIncremental();
  const incremental = join(REPORTS, `${name}.incremental.json`);
  if (previous) writeFileSync(incremental, JSON.stringify(previous));
  // A sample: the ignorer and the checker (scripts/mutation-sample-ignorer.mjs) leave out the mutants not drawn
  // (nested in a sampled range, or on a sampled node).
  const sampleKeys = new Set(Object.values(options.sample?.files ?? {}).flatMap((file) => file.sampled));
  if (options.sample) {
    const spans: Record<string, string[]> = {};
    for (const range of mutate) {
      const match = /^(.*):(\d+:\d+-\d+:\d+)$/.exec(range)!;
      (spans[join(ROOT, match[1]!)] ??= []).push(match[2]!);
    }
    const spansFile = join(tmpdir(), `plain-ig-mutation-${name}.sample.json`);
    writeFileSync(spansFile, JSON.stringify({ spans, keys: [...sampleKeys] }));
    process.env.PLAIN_IG_MUTATION_SAMPLE = spansFile;
  }
  await new Stryker({
    configFile: 'stryker.config.mjs',
    mutate,
    incremental: true,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.timeoutMS ? { timeoutMS: options.timeoutMS } : {}),
    ...(options.sample ? { plugins: ['@stryker-mutator/vitest-runner', join(ROOT, 'scripts/mutation-sample-ignorer.mjs')], ignorers: ['plain-ig-sample'], checkers: ['plain-ig-sample'] } : {}),
  }).runMutationTest();
  // Keep only the files this run tested, and of a sample, not the mutants the ignorer left out.
  const report = JSON.parse(readFileSync(incremental, 'utf8')) as IncrementalReport;
  const tested = (file: string): boolean => mutate.some((pattern) => patternTest(pattern)(repoPath(file)));
  const kept = (file: string, mutant: ReportMutant): boolean =>
    !options.sample || (mutant.status !== 'Ignored' && mutant.status !== 'CompileError') || sampleKeys.has(mutantKey({ file, mutatorName: mutant.mutatorName, replacement: mutant.replacement ?? '', location: mutant.location }));
  report.files = Object.fromEntries(
    Object.entries(report.files)
      .filter(([file]) => tested(file))
      .map(([file, result]) => [file, { ...result, mutants: result.mutants.filter((mutant) => kept(repoPath(file), mutant)) }]),
  );
  writeFileSync(incremental, JSON.stringify(report));
  const info: RunInfo = { date: new Date().toISOString().slice(0, 16).replace('T', ' '), commit, mutate, ...(options.sample ? { sample: options.sample } : {}) };
  writeFileSync(join(REPORTS, `${name}.run.json`), `${JSON.stringify(info)}\n`);
}

/** Every mutant no test noticed (survived or not covered), merged over the runs: `file:line:column  mutator  original → replacement`. */
export function survivors(): string[] {
  const { files } = mergedFiles();
  const out: string[] = [];
  for (const [path, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = file.source.split('\n');
    const list = [...file.mutants.values()].sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    for (const m of list.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
      const { start, end } = m.location;
      const original = start.line === end.line ? lines[start.line - 1]!.slice(start.column - 1, end.column - 1) : `${lines[start.line - 1]!.slice(start.column - 1)}…`;
      const flat = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text).replace(/\s+/g, ' ');
      out.push(`${path}:${start.line}:${start.column}  ${m.status === 'NoCoverage' ? 'no coverage' : 'survived'}  ${m.mutatorName}  ${flat(original)} → ${flat(m.replacement ?? '')}`);
    }
  }
  return out;
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--survivors')) {
    process.stdout.write(`${survivors().join('\n')}\n`);
    return;
  }
  if (!argv.includes('--summary')) {
    const only: string[] = [];
    const groups: string[] = [];
    const options: RunOptions = {};
    let fraction: number | undefined;
    let seed = 1;
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === '--only') only.push(argv[++i] ?? '');
      else if (argv[i] === '--concurrency') options.concurrency = Number(argv[++i]);
      else if (argv[i] === '--timeout-ms') options.timeoutMS = Number(argv[++i]);
      else if (argv[i] === '--sample') fraction = Number(argv[++i]);
      else if (argv[i] === '--seed') seed = Number(argv[++i]);
      else groups.push(argv[i]!);
    }
    for (const group of groups) if (!GROUPS[group]) throw new Error(`unknown group ${group}; the groups are ${Object.keys(GROUPS).join(', ')}`);
    for (const file of only) if (!groupOf(file.replace(RANGE, ''))) throw new Error(`${file} is not in a configured folder`);
    const asked = [...groups.flatMap((group) => GROUPS[group]!), ...only];
    if (fraction !== undefined) {
      // A sample: every mutant of the files asked, a seeded draw per file, the draw as exact ranges.
      if (only.some((file) => RANGE.test(file))) throw new Error('--sample takes whole files (a group or --only file), not line ranges');
      const files = filesOf(asked.length > 0 ? asked : Object.values(GROUPS).flat());
      const drawn = drawSample(await enumerateMutants(ROOT, files), fraction, seed);
      const sample: SampleInfo = { seed, fraction, files: {} };
      const mutate: string[] = [];
      for (const [file, { population, sampled }] of drawn) {
        sample.files[file] = { population, sampled: sampled.map(mutantKey) };
        mutate.push(...rangesFor(sampled));
      }
      process.stdout.write(`Sample ${fraction} (seed ${seed}): ${[...drawn].map(([file, d]) => `${file} ${d.sampled.length} of ${d.population}`).join(', ')}\n`);
      await runMutants(mutate, true, { ...options, sample });
    } else if (asked.length > 0) {
      // One Stryker run for everything asked: its first, full test run is the slow part.
      // Groups and single files can be asked together.
      await runMutants(asked, true, options);
    } else await runMutants(Object.values(GROUPS).flat(), false, options);
  }
  writeSummary();
  process.stdout.write(`${summary()}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
