/**
 * The `plain-ig` command line. Exit codes: 0 nothing at or above the fail
 * level, 1 findings at or above it, 2 usage, config or input errors (with a
 * one-line reason on stderr).
 */
import { parseArgs } from 'node:util';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ConfigError, loadConfigFor } from '../core/config.ts';
import { DictionaryError } from '../core/dictionaries.ts';
import { checkText } from '../core/run.ts';
import { applySettings, defaultSettings } from '../core/settings.ts';
import { SEVERITIES, type Finding, type Settings, type Severity } from '../core/types.ts';
import { formatOf, InputError, readTextFile } from './files.ts';
import { formatJson, formatStylish, type FileReport } from './format.ts';

const USAGE = `Usage: plain-ig check [options] FILES...
       plain-ig lsp --stdio | --node-ipc

Checks information-governance writing for IT jargon, risk-averse wording,
wordy phrases, undefined acronyms and outdated names.

Options for check:
  --format stylish|json   output format (default: stylish)
  --config FILE           use this config file instead of looking for .plain-ig.yml
  --audience staff|public who the documents are for (default: from config, else staff)
  --nation NAME           england, wales, scotland or northern-ireland
  --fail-on LEVEL         error, warning, info or hint (default: error)
  -h, --help              show this help`;

/** A problem that ends the run with exit code 2 and a one-line reason. */
export class UsageError extends Error {}

function collectFiles(inputs: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (formatOf(path)) files.push(path);
    }
  };
  for (const input of inputs) {
    if (!existsSync(input)) throw new UsageError(`${input}: no such file or folder`);
    if (statSync(input).isDirectory()) walk(input);
    else files.push(input);
  }
  return files;
}

function settingsFor(file: string, base: Settings, explicitConfig: Settings | undefined): Settings {
  if (explicitConfig) return explicitConfig;
  return loadConfigFor(file, base)?.settings ?? base;
}

/** Runs the CLI. Returns the exit code; writes only to the given streams. */
export async function main(argv: string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  try {
    return await run(argv, out, err);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof DictionaryError) {
      err.write(`plain-ig: ${error.message}\n`);
      return 2;
    }
    err.write(`plain-ig: unexpected error: ${(error as Error).message}\n`);
    return 2;
  }
}

async function run(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    out.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === 'lsp') {
    const { startServer } = await import('../lsp/server.ts');
    startServer();
    return -1;
  }
  if (command === 'report') {
    const { runReport } = await import('../report/command.ts');
    return runReport(rest, out, err);
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try plain-ig --help)`);
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        config: { type: 'string' },
        audience: { type: 'string' },
        nation: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (!['stylish', 'json'].includes(values.format)) throw new UsageError(`unknown format "${values.format}" (use stylish or json)`);
  const failOn = values['fail-on'] as Severity;
  if (!SEVERITIES.includes(failOn)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
  if (positionals.length === 0) throw new UsageError('no files given (try plain-ig check examples/)');

  const overrides: Record<string, unknown> = {};
  if (values.audience) overrides['audience'] = values.audience;
  if (values.nation) overrides['nation'] = values.nation;
  const { settings: base, problems } = applySettings(defaultSettings(), overrides);
  const bad = problems.find((problem) => problem.level === 'error');
  if (bad) throw new UsageError(bad.message);
  let explicit: Settings | undefined;
  if (values.config) {
    const file = resolve(values.config);
    if (!existsSync(file)) throw new UsageError(`${values.config}: config file not found`);
    explicit = loadConfigFor(file, base)?.settings;
  }

  const files = collectFiles(positionals);
  const reports: FileReport[] = [];
  let failed = false;
  let inputErrors = 0;
  for (const file of files) {
    const path = relative(process.cwd(), file) || file;
    const format = formatOf(file) ?? 'plaintext';
    let text: string;
    try {
      text = readTextFile(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      err.write(`plain-ig: ${path} ${error.message}\n`);
      inputErrors++;
      continue;
    }
    const settings = settingsFor(file, base, explicit);
    const { findings, stats } = checkText(text, { format, settings });
    if (findings.some((finding: Finding) => SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf(failOn))) failed = true;
    reports.push({ path, findings, words: stats.words });
  }
  out.write(values.format === 'json' ? formatJson(reports) : formatStylish(reports, { color: Boolean((out as NodeJS.WriteStream).isTTY) }));
  if (inputErrors > 0) return 2;
  return failed ? 1 : 0;
}
