/**
 * Before the end-to-end tests: build and package the .vsix exactly as a user gets it,
 * install code-server (cached outside the repository; from scratch on a fresh machine),
 * and install the .vsix into a fresh extensions folder with code-server's own installer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { REPO, RESULTS, VSIX } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** code-server's entry.js. */
    codeServerEntry: string;
    /** The extensions folder with Plain IG installed from the .vsix. */
    extensionsDir: string;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync(command, args, { cwd: REPO, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
}

export default function setup(project: TestProject): void {
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });

  process.stderr.write('e2e: building and packaging the .vsix\n');
  rmSync(VSIX, { force: true });
  run('npm', ['run', '--silent', 'package']);
  if (!existsSync(VSIX)) throw new Error(`npm run package did not produce ${VSIX}`);

  process.stderr.write('e2e: installing code-server (cached after the first run)\n');
  const entry = run('bash', [join(REPO, 'scripts', 'install-code-server.sh')]).trim().split('\n').pop() ?? '';
  if (!existsSync(entry)) throw new Error(`scripts/install-code-server.sh printed "${entry}", which does not exist`);

  process.stderr.write('e2e: installing the .vsix into code-server\n');
  const home = join(RESULTS, 'install-home');
  const extensionsDir = join(RESULTS, 'extensions');
  mkdirSync(join(home, 'user-data'), { recursive: true });
  const output = run(
    process.execPath,
    [entry, '--user-data-dir', join(home, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', VSIX],
    { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data') },
  );
  if (!/successfully installed/i.test(output)) throw new Error(`installing the .vsix failed:\n${output}`);

  project.provide('codeServerEntry', entry);
  project.provide('extensionsDir', extensionsDir);
}
