/**
 * `plain-ig report`: a policy library report for the people who approve
 * policies. Exit codes: 0 the report was written (files that could not be
 * checked are listed in it as "not checked"), 2 usage or input errors, with a
 * one-line reason on stderr. The report is not a gate: findings never change
 * the exit code.
 */
import { writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../core/config.ts';
import { DictionaryError } from '../core/dictionaries.ts';
import { applySettings } from '../core/settings.ts';
import { defaultSettings } from '../engine/settings.ts';
import { ConfigFileUnreadable, readExplicitConfig, SettingsResolver } from '../sources/settings.ts';
import { BaselineError, readBaseline, summaryJson } from './baseline.ts';
import { collectDocuments, MissingPathError } from './collect.ts';
import { listFiles } from './list-files.ts';
import { renderHtml } from './html.ts';
import { renderMarkdown } from './markdown.ts';
import { buildReport, type Baseline } from './model.ts';

/** The help text of `plain-ig report`. */
export const REPORT_USAGE = `Usage: plain-ig report [options] PATHS...

Makes a report on a policy library for an IG steering group, Caldicott
Guardian or SIRO: how plain and how sharing-positive each document is, which
need work first, and what has changed since an earlier run.

Options:
  --out FILE               write the report to FILE (default: print it)
  --format html|markdown   report format (default: html, or markdown when
                           --out ends in .md)
  --json FILE              also write a JSON summary, for --compare next time
  --compare FILE           show the change since the last report (its --json
                           summary, or the output of check --format json)
  --title TEXT             the report's heading
  --config FILE            use this config file instead of looking for .plain-ig.yml
  --audience staff|public|auto  who the documents are for (auto: inferred per document)
  --nation NAME            england, wales, scotland or northern-ireland
  -h, --help               show this help

Examples:
  plain-ig report policies/ --out report.html --json summary.json
  plain-ig report policies/ --out report.html --compare last-quarter.json
  plain-ig report policies/ --format markdown > board-paper.md`;

class ReportUsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        json: { type: 'string' },
        compare: { type: 'string' },
        title: { type: 'string' },
        config: { type: 'string' },
        audience: { type: 'string' },
        nation: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new ReportUsageError((error as Error).message);
  }
}

function write(file: string, text: string, what: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new ReportUsageError(`${file}: cannot write the ${what} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Runs `plain-ig report` with the arguments after `report`.
 * @returns the exit code: 0 written, 2 usage or input error
 */
export async function runReport(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  try {
    return await reportCommand(argv, out, err);
  } catch (error) {
    if (error instanceof ReportUsageError || error instanceof ConfigFileUnreadable || error instanceof MissingPathError || error instanceof BaselineError || error instanceof ConfigError || error instanceof DictionaryError) {
      err.write(`plain-ig: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function reportCommand(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    out.write(`${REPORT_USAGE}\n`);
    return 0;
  }
  const format = values.format ?? (values.out && ['.md', '.markdown'].includes(extname(values.out).toLowerCase()) ? 'markdown' : 'html');
  if (format !== 'html' && format !== 'markdown') throw new ReportUsageError(`unknown format "${format}" (use html or markdown)`);
  if (positionals.length === 0) throw new ReportUsageError('no files or folders given (try plain-ig report examples/ --out report.html)');

  const overrides: Record<string, unknown> = {};
  if (values.audience) overrides['audience'] = values.audience;
  if (values.nation) overrides['nation'] = values.nation;
  const { settings: base, problems } = applySettings(defaultSettings(), overrides);
  const bad = problems.find((problem) => problem.level === 'error');
  if (bad) throw new ReportUsageError(bad.message);
  const explicit = values.config ? readExplicitConfig(resolve(values.config), values.config, base) : undefined;
  // Read the baseline before the slow part, so a wrong path fails at once.
  const baseline: Baseline | undefined = values.compare ? readBaseline(values.compare) : undefined;

  const files = listFiles(positionals);
  const collected = await collectDocuments(files, { settings: new SettingsResolver(base, explicit) });
  const model = buildReport(collected, { title: values.title, baseline });
  for (const file of model.notChecked) err.write(`plain-ig: ${file.path} not checked: ${file.reason}\n`);

  const text = format === 'markdown' ? renderMarkdown(model) : renderHtml(model);
  if (values.json) write(values.json, summaryJson(model), 'JSON summary');
  if (values.out) {
    write(values.out, text, 'report');
    const { library } = model;
    const count = (n: number, one: string): string => `${n.toLocaleString('en-GB')} ${one}${n === 1 ? '' : 's'}`;
    err.write(`plain-ig: wrote ${values.out} (${count(library.documents, 'document')}, ${count(library.words, 'word')}, ${count(library.findings, 'finding')})\n`);
  } else {
    out.write(text);
  }
  return 0;
}
