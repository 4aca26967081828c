/**
 * The options of `plain-ig check`, parsed and checked. Every wrong option ends
 * the run with exit code 2 and a one-line reason (a {@link UsageError}).
 */
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from '../core/types.ts';
import { DEFAULT_MAX_ANNOTATIONS } from './formats/github.ts';

/** The output formats of `plain-ig check`. */
export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

/** One output format. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A problem that ends the run with exit code 2 and a one-line reason. */
export class UsageError extends Error {}

/** The help text of the command. */
export const USAGE = `Usage: plain-ig check [options] FILES, FOLDERS or GLOBS...
       plain-ig check --stdin [--stdin-filename NAME]
       plain-ig report [options] FILES or FOLDERS... --out report.html
       plain-ig init [FOLDER]      write a commented starter .plain-ig.yml
       plain-ig lsp --stdio | --node-ipc
       plain-ig serve [--port N]   (the checker as a web page, on this computer only)

Checks information-governance writing (Markdown, text, Word and PDF files)
for IT jargon, risk-averse wording, wordy phrases, undefined acronyms and
outdated names. Folders are searched for .md, .txt, .docx, .doc and .pdf
files; files named in .gitignore or .plain-ig-ignore are left out.

Options for check:
  --format NAME           stylish (default), json, sarif, github or junit
  --annotate-all          github: annotate info and hint findings too (default:
                          warnings and errors only)
  --max-annotations N     github: at most N annotations per file (default: 10);
                          the job summary still counts every finding
  -o, --output FILE       write the results to FILE instead of the screen
  --config FILE           use this config file instead of looking for .plain-ig.yml
  --audience staff|public|auto who the documents are for (default: from config, else auto:
                          staff for the wording checks, inferred per document for leadership)
  --nation NAME           england, wales, scotland or northern-ireland
  --fail-on LEVEL         fail (exit 1) on findings at or above error, warning,
                          info or hint (default: error)
  --max-warnings N        also fail when there are more than N warnings
  --fix                   apply the safe fixes to the files (never to Word or PDF files)
  --fix-dry-run           show the safe fixes as a unified diff; change nothing
  --baseline FILE         fail only on findings that are not in FILE
  --update-baseline       record today's findings in the baseline FILE
  --since REF             check only files changed since the git ref REF
  --stdin                 check text read from standard input
  --stdin-filename NAME   the name to report (and to find the config) for --stdin
  --jobs N                files checked at once (default: one per processor core)
  --no-progress           do not show the progress bar
  -h, --help              show this help

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it
(or more warnings than --max-warnings), 2 a problem with the options, a
config file or an input file (the reason is on the error output).`;

/** The parsed options of `plain-ig check`. */
export interface CheckArgs {
  /** Files, folders and globs; empty with `--stdin`. */
  inputs: string[];
  /** Default: `stylish`. */
  format: OutputFormat;
  /** `--format github`: annotate info and hint findings too. Default: false. */
  annotateAll: boolean;
  /** `--format github`: most annotations per file. Default: 10. */
  maxAnnotations: number;
  output: string | undefined;
  config: string | undefined;
  audience: string | undefined;
  nation: string | undefined;
  /** Default: `error`. */
  failOn: Severity;
  /** Default: no limit. */
  maxWarnings: number | undefined;
  fix: 'off' | 'write' | 'dry-run';
  baseline: string | undefined;
  updateBaseline: boolean;
  since: string | undefined;
  stdin: boolean;
  stdinFilename: string | undefined;
  /** Files checked at once; undefined means one per core. */
  jobs: number | undefined;
  progress: boolean;
  help: boolean;
}

function wholeNumber(value: string | undefined, option: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`${option} needs a whole number of ${min} or more, not "${value}"`);
  return Number(value);
}

/**
 * Parses the arguments after `check`.
 * @throws UsageError for unknown options and wrong values
 */
export function parseCheckArgs(args: string[]): CheckArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        'annotate-all': { type: 'boolean' },
        'max-annotations': { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        audience: { type: 'string' },
        nation: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        'max-warnings': { type: 'string' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        baseline: { type: 'string' },
        'update-baseline': { type: 'boolean' },
        since: { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        jobs: { type: 'string' },
        'no-progress': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(((error as Error).message.split('\n')[0] ?? 'bad option').replace(/\. To specify a positional.*$/, ''));
  }
  const { values, positionals } = parsed;
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (use ${OUTPUT_FORMATS.join(', ')})`);
  const failOn = values['fail-on'] as Severity;
  if (!SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
  if (values.fix && values['fix-dry-run']) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (values['update-baseline'] && !values.baseline) throw new UsageError('--update-baseline needs --baseline FILE');
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename only works with --stdin');
  if (values.stdin && positionals.length > 0) throw new UsageError('give either --stdin or files, not both');
  if (values.stdin && values.fix) throw new UsageError('--fix cannot change standard input; use --fix-dry-run to see the changes');
  if (values.stdin && values.since) throw new UsageError('--since cannot be used with --stdin');
  if ((values['annotate-all'] || values['max-annotations'] !== undefined) && format !== 'github') {
    throw new UsageError(`${values['annotate-all'] ? '--annotate-all' : '--max-annotations'} only works with --format github`);
  }
  const fix = values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : 'off';
  return {
    inputs: positionals,
    format,
    annotateAll: values['annotate-all'] ?? false,
    maxAnnotations: wholeNumber(values['max-annotations'], '--max-annotations', 0) ?? DEFAULT_MAX_ANNOTATIONS,
    output: values.output,
    config: values.config,
    audience: values.audience,
    nation: values.nation,
    failOn,
    maxWarnings: wholeNumber(values['max-warnings'], '--max-warnings', 0),
    fix,
    baseline: values.baseline,
    updateBaseline: values['update-baseline'] ?? false,
    since: values.since,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    jobs: wholeNumber(values.jobs, '--jobs', 1),
    progress: !values['no-progress'],
    help: values.help ?? false,
  };
}
