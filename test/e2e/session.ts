/**
 * One VS Code (code-server) per suite: started before the suite with the fixture
 * workspace, a screenshot on every failed step, dialogs dismissed between steps,
 * and stopped after the suite.
 */
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { FIXTURES } from './paths.ts';
import { VsCode } from './vscode.ts';

/** How long a DOM condition may take to hold, and how often it is checked. */
export const poll = { timeout: 60_000, interval: 250 };

/**
 * Registers the suite's hooks and returns a getter for its VS Code.
 * @param trusted whether the writer trusts the workspace
 */
export function useVsCode(trusted: boolean): () => VsCode {
  let vscode: VsCode | undefined;

  beforeAll(async () => {
    vscode = await VsCode.start({
      name: trusted ? 'trusted' : 'untrusted',
      fixture: join(FIXTURES, 'workspace'),
      trusted,
      codeServerEntry: inject('codeServerEntry'),
      extensionsDir: inject('extensionsDir'),
    });
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await vscode?.screenshot('FAILED');
    await vscode?.dismiss();
  });

  afterAll(async () => {
    await vscode?.stop();
  });

  return () => {
    if (!vscode) throw new Error('VS Code has not started');
    return vscode;
  };
}
