/**
 * The status item's counts and wording, with a fake `vscode` (see
 * fake-vscode.ts): only Plain IG diagnostics count, each severity in its own
 * bucket, and the item says when the checker is starting or stopped.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => import('./fake-vscode.ts'));
vi.mock('vscode-languageclient/node', () => ({ State: { Stopped: 1, Running: 2, Starting: 3 } }));

const vscode = await import('./fake-vscode.ts');
const { countFindings, describeCounts, StatusItem, DIAGNOSTIC_SOURCE } = await import('../../client/src/status.ts');

const { DiagnosticSeverity: S, fake, Uri } = vscode;
const diag = (severity: number, source = 'plain-ig') => ({ severity, source, message: 'x', range: {} }) as never;

beforeEach(() => fake.reset());

describe('countFindings', () => {
  it('counts only Plain IG diagnostics, errors, warnings and the rest apart', () => {
    expect(DIAGNOSTIC_SOURCE).toBe('plain-ig');
    const list = [diag(S.Error), diag(S.Warning), diag(S.Warning), diag(S.Information), diag(S.Hint), diag(S.Error, 'eslint'), diag(S.Warning, '')];
    expect(countFindings(list)).toEqual({ total: 5, errors: 1, warnings: 2, other: 2 });
    expect(countFindings([])).toEqual({ total: 0, errors: 0, warnings: 0, other: 0 });
  });
});

describe('describeCounts', () => {
  it.each([
    [{ total: 0, errors: 0, warnings: 0, other: 0 }, 'No findings in this document'],
    [{ total: 1, errors: 1, warnings: 0, other: 0 }, '1 finding in this document: 1 error'],
    [{ total: 3, errors: 0, warnings: 1, other: 2 }, '3 findings in this document: 1 warning, 2 suggestions'],
    [{ total: 6, errors: 2, warnings: 3, other: 1 }, '6 findings in this document: 2 errors, 3 warnings, 1 suggestion'],
  ])('%j → %s', (counts, text) => {
    expect(describeCounts(counts)).toBe(text);
  });
});

describe('StatusItem', () => {
  const selector = [{ language: 'markdown', scheme: 'file' }];
  const open = (path: string, languageId = 'markdown') => {
    fake.activeDocument = { uri: Uri.file(path), languageId };
  };

  it('shows "starting" until the client runs', () => {
    new StatusItem(selector as never);
    const item = fake.items[0]!;
    expect(item.text).toBe('$(sync~spin) Plain IG');
    expect(item.visible).toBe(true);
  });

  it('when running, shows the count for the active document and an icon by the worst severity', () => {
    open('/w/policy.md');
    fake.diagnostics.set('file:///w/policy.md', [diag(S.Warning), diag(S.Information), diag(S.Error, 'other-tool')]);
    const status = new StatusItem(selector as never);
    status.setState(2 as never);
    const item = fake.items[0]!;
    expect(item.text).toBe('$(warning) Plain IG: 2');
    expect(item.tooltip).toBe('2 findings in this document: 1 warning, 1 suggestion. Click to see the Plain IG log.');
    expect(item.accessibilityInformation).toEqual({ label: 'Plain IG: 2 findings in this document: 1 warning, 1 suggestion' });
    fake.diagnostics.set('file:///w/policy.md', [diag(S.Error), diag(S.Warning)]);
    status.setState(2 as never);
    expect(item.text).toBe('$(error) Plain IG: 2');
    fake.diagnostics.set('file:///w/policy.md', []);
    status.setState(2 as never);
    expect(item.text).toBe('$(check) Plain IG: 0');
    expect(item.backgroundColor).toBeUndefined();
  });

  it('hides for documents it does not check', () => {
    open('/w/code.ts', 'typescript');
    const status = new StatusItem(selector as never);
    status.setState(2 as never);
    expect(fake.items[0]!.visible).toBe(false);
  });

  it('says "stopped" with the error colour, and why, when stopped or given up after crashes', () => {
    open('/w/policy.md');
    const status = new StatusItem(selector as never);
    const item = fake.items[0]!;
    status.setState(1 as never);
    expect(item.text).toBe('$(error) Plain IG: stopped');
    expect(String(item.tooltip)).toContain('is not running');
    expect(item.backgroundColor).toEqual(new vscode.ThemeColor('statusBarItem.errorBackground'));
    status.setState('crashed');
    expect(item.text).toBe('$(error) Plain IG: stopped');
    expect(String(item.tooltip)).toContain('stopped several times, so it was not restarted');
    expect(item.visible).toBe(true);
  });
});
