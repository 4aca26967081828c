/**
 * Plain IG in a workspace the writer has not trusted (VS Code's Restricted Mode): it
 * still checks documents, but ignores the extra dictionary named in the workspace
 * settings (`plainIg.dictionaries` is a restricted setting) and creates no files.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { poll, useVsCode } from './session.ts';
import type { VsCode } from './vscode.ts';

describe('Plain IG in VS Code (untrusted workspace)', () => {
  const session = useVsCode(false);
  let vscode: VsCode;

  beforeAll(() => {
    vscode = session();
  });

  it('asks about trust, and opens in Restricted Mode when the writer says no', async () => {
    const dialog = vscode.page.locator('.monaco-dialog-box', { hasText: 'trust the authors' });
    await dialog.waitFor();
    await vscode.screenshot('trust-dialog');
    await dialog.getByRole('button', { name: /No, I don.t trust the authors/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await vscode.page.locator('.part.statusbar', { hasText: 'Restricted Mode' }).waitFor();
  });

  it('still checks documents, without the workspace dictionary', async () => {
    await vscode.openFile('policy.md', 'If in doubt');
    await expect.poll(() => vscode.squigglesUnder('interoperability'), poll).not.toEqual([]);
    await expect.poll(() => vscode.squigglesUnder('do not share'), poll).not.toEqual([]);
    // Every finding for a document arrives together: once the others are shown, the
    // word from the workspace's extra dictionary must not be.
    expect(await vscode.squigglesUnder('zorblex')).toEqual([]);
    await expect.poll(async () => (await vscode.statusItem().innerText()).trim(), poll).toMatch(/Plain IG: [1-9]\d*/);
    await vscode.screenshot('restricted-mode-checking');
  });

  it('does not create a config file in Restricted Mode', async () => {
    await vscode.runCommand('Plain IG: Open the config file (.plain-ig.yml)');
    await vscode.page.locator('.notifications-toasts', { hasText: 'Restricted Mode' }).waitFor();
    expect(existsSync(join(vscode.workspace, '.plain-ig.yml'))).toBe(false);
    await vscode.screenshot('no-config-created');
  });
});
