/**
 * Plain IG in a real VS Code (code-server), installed from the packaged .vsix, in a
 * trusted workspace: squiggles, hover, quick fix, fix all, the status item, fix on save,
 * and a change to .plain-ig.yml. The steps share one VS Code and run in order.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { poll, useVsCode } from './session.ts';
import type { VsCode } from './vscode.ts';

describe('Plain IG in VS Code (trusted workspace)', () => {
  const session = useVsCode(true);
  let vscode: VsCode;

  beforeAll(() => {
    vscode = session();
  });

  it('underlines jargon and risk-averse wording in a policy', async () => {
    await vscode.openFile('policy.md', 'If in doubt');
    await expect.poll(() => vscode.squigglesUnder('interoperability'), poll).not.toEqual([]);
    await expect.poll(() => vscode.squigglesUnder('leverage'), poll).not.toEqual([]);
    await expect.poll(() => vscode.squigglesUnder('do not share'), poll).not.toEqual([]);
    // The workspace's extra dictionary (plainIg.dictionaries) is used in a trusted workspace.
    await expect.poll(() => vscode.squigglesUnder('zorblex'), poll).not.toEqual([]);
    // Words nobody flags stay clean.
    expect(await vscode.squigglesUnder('partners')).toEqual([]);
    await vscode.screenshot('squiggles');
  });

  it('shows the count for the active document in the status bar', async () => {
    await expect.poll(async () => (await vscode.statusItem().innerText()).trim(), poll).toMatch(/Plain IG: [1-9]\d*/);
    await vscode.screenshot('status-item');
  });

  it('explains a finding on hover', async () => {
    const hover = await vscode.hover('interoperability', 'Why it matters');
    const text = await hover.innerText();
    expect(text).toMatch(/interoperability/i);
    expect(text).toContain('jargon/');
    await vscode.screenshot('hover');
    await vscode.dismiss();
  });

  it('replaces a word with the quick fix', async () => {
    await vscode.clickWord('leverage');
    await vscode.page.keyboard.press('Control+.');
    const fix = vscode.page.locator('.action-widget').getByRole('option', { name: /Replace .leverage. with/ }).first();
    await fix.waitFor();
    await vscode.screenshot('quick-fix-menu');
    const title = (await fix.getAttribute('aria-label')) ?? '';
    const replacement = /with .(.+).$/.exec(title.trim())?.[1];
    expect(replacement).toBeTruthy();
    // The first "Replace" is highlighted; Enter applies it, as a writer would.
    await expect.poll(() => fix.getAttribute('class'), poll).toContain('focused');
    await vscode.page.keyboard.press('Enter');
    await expect.poll(() => vscode.editorText(), poll).not.toMatch(/\bleverage\b/);
    expect(await vscode.editorText()).toContain(`will ${replacement}`);
    await vscode.screenshot('quick-fix-applied');
  });

  it('fixes every safe finding with "Fix all"', async () => {
    const before = await vscode.editorText();
    expect(before).toContain('In order to');
    await vscode.runCommand('Plain IG: Fix all safe findings in this document');
    await expect.poll(() => vscode.editorText(), poll).not.toContain('In order to');
    const after = await vscode.editorText();
    // An old name is left for the writer: the sentence may be about the past.
    expect(after).toContain('IG Toolkit');
    // Risk wording is a suggestion for a person to read: fix all never rewrites it.
    expect(after).toContain('If in doubt, do not share.');
    await expect.poll(() => vscode.squigglesUnder('do not share'), poll).not.toEqual([]);
    await vscode.screenshot('fix-all');
  });

  it('applies safe fixes on save with source.fixAll.plain-ig', async () => {
    await vscode.openFile('notes.md', 'Team notes');
    await expect.poll(() => vscode.squigglesUnder('in order to'), poll).not.toEqual([]);
    // Type a space at the end so the file is dirty, then save.
    await vscode.page.keyboard.press('Control+End');
    await vscode.page.keyboard.type(' ');
    await vscode.page.keyboard.press('Control+S');
    await expect.poll(() => readFileSync(join(vscode.workspace, 'notes.md'), 'utf8'), poll).toContain('every Monday to plan');
    // Only the safe fix was made: the heading, the citation of an old Act and "an audit trail"
    // (whose plain alternative is long) are exactly as written.
    const saved = readFileSync(join(vscode.workspace, 'notes.md'), 'utf8');
    expect(saved).toContain('# Team notes: the DPIA for the ICB\n');
    expect(saved).toContain('under section 7 of the Data Protection Act 1998 until 2018.');
    expect(saved).toContain('The new record system keeps an audit trail.');
    await vscode.screenshot('fix-on-save');
  });

  it('opens the config file, creating a commented starter file', async () => {
    const config = join(vscode.workspace, '.plain-ig.yml');
    expect(existsSync(config)).toBe(false);
    await vscode.runCommand('Plain IG: Open the config file (.plain-ig.yml)');
    await vscode.page.locator('.part.editor .view-lines', { hasText: 'Plain IG settings' }).waitFor();
    expect(readFileSync(config, 'utf8')).toMatch(/^# Plain IG settings/);
    await vscode.screenshot('config-file');
  });

  it('stops flagging a term once .plain-ig.yml allows it', async () => {
    await vscode.openFile('policy.md', 'If in doubt');
    await expect.poll(() => vscode.squigglesUnder('interoperability'), poll).not.toEqual([]);
    const before = await vscode.squiggleCount();
    const config = join(vscode.workspace, '.plain-ig.yml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}\nallow:\n  - interoperability\n`);
    await expect.poll(() => vscode.squigglesUnder('interoperability'), poll).toEqual([]);
    expect(await vscode.squiggleCount()).toBeLessThan(before);
    // Other findings are still there.
    expect(await vscode.squigglesUnder('do not share')).not.toEqual([]);
    await vscode.screenshot('allowed-term');
  });

  it('restarts the checker after a crash, and on request', async () => {
    const [first] = vscode.serverPids();
    expect(first).toBeDefined();
    process.kill(first!, 'SIGKILL');
    await expect.poll(() => vscode.serverPids().filter((pid) => pid !== first), poll).toHaveLength(1);
    await expect.poll(() => vscode.squigglesUnder('do not share'), poll).not.toEqual([]);
    await expect.poll(async () => (await vscode.statusItem().innerText()).trim(), poll).toMatch(/Plain IG: [1-9]\d*/);

    const [second] = vscode.serverPids();
    await vscode.runCommand('Plain IG: Restart the checker');
    await expect.poll(() => vscode.serverPids().filter((pid) => pid !== second), poll).toHaveLength(1);
    await expect.poll(() => vscode.squigglesUnder('do not share'), poll).not.toEqual([]);
    await vscode.screenshot('restarted');
  });
});
