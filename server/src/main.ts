/**
 * The `plain-ig` command line: `check`, `report`, `init`, `serve` and `lsp`. Exit codes: 0
 * nothing at or above the fail level, 1 findings at or above it, 2 usage,
 * config or input errors (with a one-line reason on stderr).
 */
import { relative } from 'node:path';
import { ConfigError } from './core/config.ts';
import { InputsError } from './sources/input-error.ts';
import { ConfigFileUnreadable } from './sources/settings.ts';
import { DictionaryError } from './core/dictionaries.ts';
import { parseCheckArgs, USAGE, UsageError } from './cli/args.ts';
import { WorkerFailure } from './cli/workers.ts';

export { UsageError } from './cli/args.ts';

/** Optional streams for tests: standard input and the working folder. */
export interface MainOptions {
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

/** Runs the CLI. Returns the exit code (-1 while the language server runs); writes only to the given streams. */
export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  options: MainOptions = {},
): Promise<number> {
  const cwd = options.cwd ?? process.cwd();
  if (out === process.stdout) {
    // A closed pipe (plain-ig check ... | head) is not an error worth a stack trace.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  try {
    return await run(argv, out, err, { stdin: options.stdin ?? process.stdin, cwd, env: options.env ?? process.env });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DictionaryError) {
      err.write(`plain-ig: ${shownPath(error.file, cwd)}${error.line ? `:${error.line}` : ''}: ${error.reason}\n`);
      return 2;
    }
    if (error instanceof UsageError || error instanceof WorkerFailure || error instanceof ConfigFileUnreadable || error instanceof InputsError) {
      err.write(`plain-ig: ${error.message}\n`);
      return 2;
    }
    err.write(`plain-ig: unexpected error: ${(error as Error).message}\n`);
    return 2;
  }
}

async function run(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream, io: Required<MainOptions>): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    (command ? out : err).write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    const { default: packageJson } = await import('../../package.json', { with: { type: 'json' } });
    out.write(`${packageJson.version}\n`);
    return 0;
  }
  if (command === 'lsp') {
    const { startServer } = await import('./lsp/server.ts');
    startServer();
    return -1;
  }
  if (command === 'init') {
    const { runInit } = await import('./cli/init.ts');
    return runInit(rest, out, io.cwd);
  }
  if (command === 'report') {
    const { runReport } = await import('./report/command.ts');
    return runReport(rest, out, err);
  }
  if (command === 'serve') {
    const { runServe } = await import('./cli/serve.ts');
    return runServe(rest, out);
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (try plain-ig --help)`);
  const args = parseCheckArgs(rest);
  if (args.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const { runCheck } = await import('./cli/check.ts');
  return runCheck(args, { out, err, ...io });
}
