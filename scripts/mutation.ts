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
 *   --concurrency N                            test runners at once (default 1, from stryker.config.mjs)
 *
 * Reports: reports/mutation/<run>.json (mutation-testing-report schema) and
 * reports/mutation/<run>.incremental.json (what the next run of the same
 * files reuses), where <run> is `all` or `subset-<hash of the file list>`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stryker } from '@stryker-mutator/core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = join(ROOT, 'reports/mutation');
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

interface ReportFile {
  mutants: Array<{ status: string }>;
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

/** What a run's `.run.json` holds: when, on what commit, and (since the third session) what it mutated. */
interface RunInfo {
  date: string;
  commit: string;
  /** The `mutate` patterns of the run; absent in runs before this was recorded. */
  mutate?: string[];
}

function runInfo(reportPath: string): RunInfo | undefined {
  const run = reportPath.replace(/(\.incremental)?\.json$/, '.run.json');
  return existsSync(run) ? (JSON.parse(readFileSync(run, 'utf8')) as RunInfo) : undefined;
}

/** A `mutate` pattern as a test of a path: `**` any folders, `*` any name part (all our patterns need). */
function patternTest(pattern: string): (path: string) => boolean {
  const source = pattern
    .replace(/:\d+-\d+$/, '')
    .split('**/')
    .map((part) => part.split('*').map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('(?:.*/)?');
  const regex = new RegExp(`^${source}$`);
  return (path) => regex.test(path);
}

/**
 * True when the run of `reportPath` tested `file`. A report also carries the
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

interface IncrementalMutant {
  killedBy?: string[];
  coveredBy?: string[];
}

interface IncrementalReport {
  files: Record<string, { mutants: IncrementalMutant[] }>;
  testFiles?: Record<string, { tests: IncrementalTest[] }>;
}

/**
 * Every earlier run's results in one incremental report, the newest for each
 * source and test file, so a run of any subset reuses what any earlier run
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
  const runs = reportsNewestLast()
    .filter((p) => p.endsWith('.incremental.json'))
    .map((path) => ({ path, report: JSON.parse(readFileSync(path, 'utf8')) as IncrementalReport }));
  if (runs.length === 0) return undefined;
  // The newest version of each test file, with one id per test.
  const testFiles: Record<string, { tests: IncrementalTest[] }> = {};
  for (const { report } of runs) Object.assign(testFiles, report.testFiles ?? {});
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
  const files: IncrementalReport['files'] = {};
  for (const { path, report } of runs) {
    const own = new Map<string, string>();
    for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
      for (const test of testFile.tests) {
        const id = idOf.get(key(file, test.name));
        if (id !== undefined) own.set(test.id, id);
      }
    }
    const rename = (ids: string[]): string[] => ids.flatMap((id) => own.get(id) ?? []);
    // Each source file from the newest run that tested it (not a later run that only carried it).
    for (const [file, result] of Object.entries(report.files)) {
      if (!measuredIn(path, relative(ROOT, resolve(ROOT, file)).split('\\').join('/'))) continue;
      files[file] = {
        ...result,
        mutants: result.mutants.map((mutant) => ({
          ...mutant,
          ...(mutant.killedBy ? { killedBy: rename(mutant.killedBy) } : {}),
          ...(mutant.coveredBy ? { coveredBy: rename(mutant.coveredBy) } : {}),
        })),
      };
    }
  }
  return { ...runs.at(-1)!.report, files, testFiles };
}

/** The summary table of every report in reports/mutation, per folder and per file. */
export function summary(): string {
  // Each file counts once, from the newest report that measured it.
  const byFile = new Map<string, Counts>();
  const runs = new Set<string>();
  if (existsSync(REPORTS)) {
    for (const reportPath of reportsNewestLast()) {
      const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { files: Record<string, ReportFile> };
      const run = reportPath.replace(/(\.incremental)?\.json$/, '.run.json');
      if (existsSync(run)) {
        const { date, commit } = JSON.parse(readFileSync(run, 'utf8')) as { date: string; commit: string };
        runs.add(`${date} UTC, commit \`${commit}\``);
      } else {
        runs.add(`${statSync(reportPath).mtime.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
      }
      for (const [path, file] of Object.entries(report.files)) {
        if (!measuredIn(reportPath, relative(ROOT, resolve(ROOT, path)).split('\\').join('/'))) continue;
        const counts = empty();
        for (const mutant of file.mutants) add(counts, mutant.status);
        byFile.set(relative(ROOT, resolve(ROOT, path)).split('\\').join('/'), counts);
      }
    }
  }
  const byFolder = new Map<string, Counts>();
  const total = empty();
  for (const [file, counts] of byFile) {
    const folder = byFolder.get(dirname(file)) ?? empty();
    for (const key of Object.keys(counts) as Array<keyof Counts>) {
      folder[key] += counts[key];
      total[key] += counts[key];
    }
    byFolder.set(dirname(file), folder);
  }
  const header = '| | killed | timeout | survived | no coverage | errors | ignored | score |\n|---|---:|---:|---:|---:|---:|---:|---:|';
  return [
    START,
    `Measured: ${[...runs].join('; ') || 'nothing yet'} (files measured: ${byFile.size}).`,
    '',
    header,
    ...[...byFolder].sort(([a], [b]) => a.localeCompare(b)).map(([folder, c]) => row(`\`${folder}/\``, c)),
    row('**all measured**', total),
    '',
    '<details><summary>Per file</summary>',
    '',
    header,
    ...[...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([file, c]) => row(`\`${file}\``, c)),
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

/**
 * Mutation-tests the files `mutate` matches. A run over a subset has its own
 * report and incremental file (named by a hash of the subset), so it does not
 * overwrite the full run's; the summary takes each file from its newest report.
 */
async function runMutants(mutate: string[], subset: boolean, concurrency: number | undefined): Promise<void> {
  mkdirSync(REPORTS, { recursive: true });
  // When and on what the report is made, for the summary (the commit the run starts from).
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const name = subset ? `subset-${createHash('sha1').update(mutate.join('\n')).digest('hex').slice(0, 8)}` : 'all';
  const previous = mergedIncremental();
  if (previous) writeFileSync(join(REPORTS, `${name}.incremental.json`), JSON.stringify(previous));
  await new Stryker({
    configFile: 'stryker.config.mjs',
    mutate,
    incremental: true,
    incrementalFile: `reports/mutation/${name}.incremental.json`,
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    ...(concurrency ? { concurrency } : {}),
  }).runMutationTest();
  const info: RunInfo = { date: new Date().toISOString().slice(0, 16).replace('T', ' '), commit, mutate };
  writeFileSync(join(REPORTS, `${name}.run.json`), `${JSON.stringify(info)}\n`);
}

interface ReportMutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** Every mutant no test noticed (survived or not covered), newest report per file: `file:line:column  mutator  original → replacement`. */
export function survivors(): string[] {
  const byFile = new Map<string, { source: string; mutants: ReportMutant[] }>();
  for (const reportPath of reportsNewestLast()) {
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { files: Record<string, { source: string; mutants: ReportMutant[] }> };
    for (const [path, file] of Object.entries(report.files)) {
      const name = relative(ROOT, resolve(ROOT, path)).split('\\').join('/');
      if (measuredIn(reportPath, name)) byFile.set(name, file);
    }
  }
  const out: string[] = [];
  for (const [path, file] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = file.source.split('\n');
    for (const m of file.mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
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
    let concurrency: number | undefined;
    for (let i = 0; i < argv.length; i++) {
      if (argv[i] === '--only') only.push(argv[++i] ?? '');
      else if (argv[i] === '--concurrency') concurrency = Number(argv[++i]);
      else groups.push(argv[i]!);
    }
    for (const group of groups) if (!GROUPS[group]) throw new Error(`unknown group ${group}; the groups are ${Object.keys(GROUPS).join(', ')}`);
    for (const file of only) if (!groupOf(file.replace(/:\d+-\d+$/, ''))) throw new Error(`${file} is not in a configured folder`);
    // One Stryker run for everything asked: its first, full test run is the slow part.
    // Groups and single files can be asked together.
    if (only.length > 0 || groups.length > 0) await runMutants([...groups.flatMap((group) => GROUPS[group]!), ...only], true, concurrency);
    else await runMutants(Object.values(GROUPS).flat(), false, concurrency);
  }
  writeSummary();
  process.stdout.write(`${summary()}\n`);
}

await main(process.argv.slice(2));
