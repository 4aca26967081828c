/**
 * Code actions built in this process from real findings (the wire tests in
 * code-actions.test.ts drive the bundled server, which mutation testing cannot
 * see). The point here: `isPreferred` — the fix an editor applies with one
 * key — is true only for a safe fix with one clear alternative, never for an
 * unsafe one, whatever its kind.
 */
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../server/src/core/types.ts';
import { codeActionsFor, FIX_ALL_KIND, type CodeActionContext } from '../../server/src/lsp/code-actions.ts';
import { toDiagnostic } from '../../server/src/lsp/diagnostics.ts';
import { findings } from '../helpers.ts';

const TEXT = 'We value interoperability between teams.\n\nThe firewall protects us.\n';

function contextFor(document: TextDocument, current: Finding[]): CodeActionContext {
  return { document, format: 'markdown', allowList: () => undefined, currentFindings: () => current };
}

function actionsFor(finding: Finding, others: Finding[] = [finding], only?: string[]): CodeAction[] {
  const document = TextDocument.create('file:///doc.md', 'markdown', 1, TEXT);
  const diagnostic: Diagnostic = toDiagnostic(finding);
  const params: CodeActionParams = {
    textDocument: { uri: document.uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic], ...(only ? { only } : {}) },
  };
  return codeActionsFor(params, contextFor(document, others));
}

/**
 * A real finding from the core for its place and metadata; its fix is set here
 * so the tests do not depend on what the dictionaries say today.
 */
const real = (ruleId: string): Finding => {
  const found = findings(TEXT).find((f) => f.ruleId === ruleId);
  if (!found) throw new Error(`no finding ${ruleId} in the sample`);
  return ruleId === 'interoperability' ? { ...found, fixKind: 'replace', safe: true, expected: ['systems working together'] } : { ...found, safe: true };
};

const edits = (action: CodeAction) => action.edit?.changes?.['file:///doc.md'] ?? [];

describe('isPreferred', () => {
  it('a safe replacement with one alternative is preferred, and replaces exactly the flagged words', () => {
    const finding = real('interoperability');
    const [replace] = actionsFor(finding);
    expect(replace).toMatchObject({ title: 'Replace ‘interoperability’ with ‘systems working together’', isPreferred: true });
    expect(edits(replace!)).toEqual([{ range: { start: { line: 0, character: 9 }, end: { line: 0, character: 25 } }, newText: 'systems working together' }]);
  });

  it('the same replacement marked unsafe is offered but not preferred', () => {
    const [replace] = actionsFor({ ...real('interoperability'), safe: false, unsafeReason: 'depends on the sentence' });
    expect(replace).toMatchObject({ title: 'Replace ‘interoperability’ with ‘systems working together’', isPreferred: false });
  });

  it('an unsafe removal is not preferred; a safe one is', () => {
    const removal = { ...real('interoperability'), expected: [] };
    expect(actionsFor({ ...removal, safe: false })[0]).toMatchObject({ title: 'Remove ‘interoperability’', isPreferred: false });
    expect(actionsFor({ ...removal, safe: true })[0]).toMatchObject({ title: 'Remove ‘interoperability’', isPreferred: true });
  });

  it('an unsafe explanation is not preferred; a safe one is', () => {
    const finding = real('firewall');
    expect(finding.fixKind).toBe('explain');
    const title = 'Explain ‘firewall’ on first use';
    expect(actionsFor({ ...finding, safe: false })[0]).toMatchObject({ title, isPreferred: false });
    expect(actionsFor({ ...finding, safe: true })[0]).toMatchObject({ title, isPreferred: true });
  });

  it('an unsafe acronym expansion is not preferred', () => {
    const finding: Finding = { ...real('interoperability'), fixKind: 'expand', safe: false };
    expect(actionsFor(finding)[0]!.isPreferred).toBe(false);
  });

  it('a reframe is never preferred, even if marked safe', () => {
    const finding: Finding = { ...real('interoperability'), fixKind: 'reframe', safe: true, expected: ['Teams work together.'] };
    expect(actionsFor(finding)[0]).toMatchObject({ title: 'Use suggested wording: ‘Teams work together.’', isPreferred: false });
  });

  it('two alternatives: neither is preferred, even when safe', () => {
    const finding: Finding = { ...real('interoperability'), safe: true, expected: ['systems working together', 'joined-up systems'] };
    expect(actionsFor(finding).slice(0, 2).map((a) => [a.title, a.isPreferred])).toEqual([
      ['Replace ‘interoperability’ with ‘systems working together’', false],
      ['Replace ‘interoperability’ with ‘joined-up systems’', false],
    ]);
  });
});

describe('fix-all', () => {
  it('applies only the safe fixes, and names how many', () => {
    const safe = real('interoperability');
    const unsafe: Finding = { ...real('firewall'), safe: false };
    const [all] = actionsFor(safe, [safe, unsafe], [FIX_ALL_KIND]);
    expect(all).toMatchObject({ title: 'Fix the 1 safe problem in this file', kind: FIX_ALL_KIND });
    expect(edits(all!).map((edit) => edit.newText)).toEqual(['systems working together']);
  });

  it('offers nothing when no finding is safe', () => {
    const unsafe: Finding = { ...real('interoperability'), safe: false };
    expect(actionsFor(unsafe, [unsafe], [FIX_ALL_KIND])).toEqual([]);
  });
});
